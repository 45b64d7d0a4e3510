package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;

class TokenPlansTest {

    private static final TokenTechnology SQUARE_ROOT = TokenTechnology.of(0.5, 1, 100);

    @Test
    void twoTypePlansMatchTheClosedForm() {
        // Menu of TokenMenuTest: X = (1/9, 1). p_i = α θ_i X_i^(-1/2) = (1/2 · 1 · 3, 1/2 · 2 · 1) = (3/2, 1);
        // W_θ(p) = θ²/(4p): F_1 = W_1(3/2) = 1/6; F_2 = F_1 + W_2(1) - W_2(3/2) = 1/6 + 1 - 2/3 = 1/2.
        TokenPlans plans = TokenMenuTest.twoTypes().plans();
        assertEquals(2, plans.size());
        assertEquals(1.0 / 6, plans.plans().get(0).fixedFee(), 1e-9);
        assertEquals(1.5, plans.plans().get(0).pricePerToken(), 1e-9);
        assertEquals(0.5, plans.plans().get(1).fixedFee(), 1e-9);
        assertEquals(1, plans.plans().get(1).pricePerToken(), 1e-9);
        assertEquals(1.5, plans.markups()[0], 1e-9);
    }

    @Test
    void eachTypeChoosesItsOwnPlanAndPackage() {
        // θ = 1 is indifferent between plan 0 and leaving (ties go to the larger usage): X = 1/9, bill 1/6 + 1/6.
        TokenPlans plans = TokenMenuTest.twoTypes().plans();
        TokenPlans.Choice low = plans.choice(1);
        assertEquals(0, low.plan());
        assertEquals(1.0 / 9, low.tokens(), 1e-9);
        assertEquals(1.0 / 3, low.payment(), 1e-9);
        TokenPlans.Choice high = plans.choice(2);
        assertEquals(1, high.plan());
        assertEquals(1, high.tokens(), 1e-9);
        // θ = 0.5 would get W = 0.25/6 - 1/6 < 0 on plan 0: it stays out.
        assertEquals(-1, plans.choice(0.5).plan());
    }

    @Test
    void pooledPackagesCannotBeImplementedAndSaySo() {
        // indices {4, 5, 6} with masses (0.45, 0.10, 0.45): ironing pools the two low types
        // (NonlinearPricingTest), so they share a package and one per-token price cannot give it to both.
        TokenMenu pooled = TokenMenu.optimal(Market.of(new double[] {4, 5, 6}, new double[] {0.45, 0.10, 0.45}),
                SQUARE_ROOT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, pooled::plans);
        assertTrue(e.getMessage().contains("pooling"), e.getMessage());
    }

    @Test
    void aMenuServingNobodyHasNoPlans() {
        // one index 1 with c = 10 and α = 1/2: X = (θ/(2c))² = 1/400 > 0 is served; with θ = 0 nothing is.
        TokenMenu none = TokenMenu.optimal(Market.uniform(0), SQUARE_ROOT);
        assertThrows(IllegalArgumentException.class, none::plans);
        assertThrows(IllegalArgumentException.class, () -> new TokenPlans(List.of(), SQUARE_ROOT));
    }

    @Property(tries = 200)
    void perTokenPricesNeverFallBelowMarginalCost(
            @ForAll @IntRange(min = 1, max = 12) int k, @ForAll @LongRange(min = 0, max = 10_000) long seed,
            @ForAll @DoubleRange(min = 0.1, max = 0.9) double alpha) {
        // p_i = α θ_i X_i^(α-1) = c θ_i / φ̄_i at an interior package, and φ̄_i <= θ_i
        // (ironing averages φ over blocks whose first element has the largest prefix mean); at the cap it is larger.
        TokenMenu menu = TokenMenu.optimal(Market.random(k, seed), TokenTechnology.of(alpha, 1, 1000));
        try {
            for (double markup : menu.plans().markups()) {
                assertTrue(markup >= 1 - 1e-9, "markup " + markup);
            }
        } catch (IllegalArgumentException pooled) {
            assertTrue(pooled.getMessage().contains("pooling") || pooled.getMessage().contains("serves no type"));
        }
    }
}
