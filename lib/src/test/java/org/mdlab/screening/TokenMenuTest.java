package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;

class TokenMenuTest {

    private static final TokenTechnology SQUARE_ROOT = TokenTechnology.of(0.5, 1, 100);

    /** θ ∈ {1, 2} with masses (3/4, 1/4), α = 1/2, c = 1. */
    static TokenMenu twoTypes() {
        return TokenMenu.optimal(Market.of(new double[] {1, 2}, new double[] {0.75, 0.25}), SQUARE_ROOT);
    }

    @Test
    void twoTypeMenuMatchesTheClosedForm() {
        // φ = (1 - (2-1)·0.25/0.75, 2) = (2/3, 2); X = (α φ / c)^(1/(1-α)) = (φ/2)² = (1/9, 1);
        // precision q = √X = (1/3, 1); T_1 = θ_1 q_1 = 1/3, T_2 = T_1 + θ_2 (q_2 - q_1) = 5/3;
        // profit 0.75 (1/3 - 1/9) + 0.25 (5/3 - 1) = 1/3.
        TokenMenu menu = twoTypes();
        assertArrayEquals(new double[] {1.0 / 9, 1}, menu.tokens(), 1e-9);
        assertArrayEquals(new double[] {1.0 / 3, 5.0 / 3}, menu.payments(), 1e-9);
        assertEquals(1.0 / 3, menu.profit(), 1e-9);
        // first best X = (θ/2)² = (1/4, 1).
        assertArrayEquals(new double[] {0.25, 1}, menu.firstBestTokens(), 1e-9);
        assertTrue(menu.audit().holds(1e-12));
    }

    @Test
    void uniformGridGivesTheSquaredDistanceToTheExclusionIndex() {
        // θ_i = 1 + i/(n-1), mass 1/n: φ_i = θ_i - (1/(n-1))(n-1-i) = 2 θ_i - 2, so X_i = (θ_i - 1)².
        TokenMenu menu = TokenMenu.optimal(Market.uniformOn(1, 2, 11), SQUARE_ROOT);
        double[] theta = menu.indices();
        double[] x = menu.tokens();
        for (int i = 0; i < theta.length; i++) {
            assertEquals((theta[i] - 1) * (theta[i] - 1), x[i], 1e-8, "X at " + theta[i]);
        }
    }

    @Test
    void zeroMassIndicesAreDropped() {
        TokenMenu menu = TokenMenu.optimal(Market.of(new double[] {1, 1.5, 2}, new double[] {0.75, 0, 0.25}), SQUARE_ROOT);
        assertArrayEquals(new double[] {1, 2}, menu.indices(), 0);
        assertEquals(twoTypes().profit(), menu.profit(), 1e-12);
    }

    @Test
    void marginPerBuyerRisesWithUsage() {
        // T_{i+1} - T_i = θ_{i+1}(q_{i+1} - q_i) >= C'(q_{i+1})(q_{i+1} - q_i) >= C(q_{i+1}) - C(q_i) since
        // C'(q_{i+1}) = φ̄_{i+1} <= θ_{i+1} and C is convex; on the uniform grid of 11 points of [1, 2].
        TokenMenu menu = TokenMenu.optimal(Market.uniformOn(1, 2, 11), SQUARE_ROOT);
        double[] x = menu.tokens();
        double[] t = menu.payments();
        for (int i = 1; i < x.length; i++) {
            assertTrue(t[i] - x[i] >= t[i - 1] - x[i - 1] - 1e-12, "margin at " + i);
        }
    }

    @Test
    void nonDistributionsNeverReachTheSolver() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TokenMenu.optimal(Market.of(new double[] {1, 2}, new double[] {0.5, 0.47}), SQUARE_ROOT));
        assertTrue(e.getMessage().contains("sum to 1") && e.getMessage().contains("0.97"), e.getMessage());
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TokenMenu.optimal(null, SQUARE_ROOT));
        assertThrows(IllegalArgumentException.class, () -> TokenMenu.optimal(Market.uniform(1), null));
    }

    @Property(tries = 200)
    void optimalMenusAreIncentiveCompatibleAndIndividuallyRational(
            @ForAll @IntRange(min = 1, max = 12) int k, @ForAll @LongRange(min = 0, max = 10_000) long seed,
            @ForAll @DoubleRange(min = 0.1, max = 0.9) double alpha, @ForAll @DoubleRange(min = 0.2, max = 3) double cost) {
        TokenMenu menu = TokenMenu.optimal(Market.random(k, seed), TokenTechnology.of(alpha, cost, 1000));
        assertTrue(menu.audit().holds(1e-9), menu.audit().toString());
        double[] x = menu.tokens();
        double[] fb = menu.firstBestTokens();
        for (int i = 0; i < x.length; i++) {
            assertTrue(x[i] <= fb[i] * (1 + 1e-9) + 1e-12, "no type gets more than its first best");
        }
        assertEquals(fb[x.length - 1], x[x.length - 1], 1e-6 * Math.max(1, fb[x.length - 1]), "no distortion at the top");
    }
}
