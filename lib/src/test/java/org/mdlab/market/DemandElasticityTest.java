package org.mdlab.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DemandElasticityTest {

    @Test
    void oneTwoThreeHasInverseHazardRatesTwoOneZero() {
        // h_1 = (2-1) * (2/3) / (1/3) = 2, h_2 = (3-2) * (1/3) / (1/3) = 1, h_3 = 0;
        // elasticities v/h = 1/2, 2, +infinity.
        Market m = Market.uniform(1, 2, 3);
        assertArrayEquals(new double[] {2, 1, 0}, DemandElasticity.inverseHazardRates(m), 1e-12);
        assertArrayEquals(new double[] {0.5, 2, Double.POSITIVE_INFINITY}, DemandElasticity.of(m), 1e-12);
        assertEquals(0.5, DemandElasticity.minimum(m), 1e-12);
    }

    @Test
    void aValueWithoutMassBelowTheTopHasInfiniteInverseHazardRate() {
        Market m = Market.of(new double[] {1, 2, 3}, new double[] {0.5, 0, 0.5});
        double[] h = DemandElasticity.inverseHazardRates(m);
        assertEquals(Double.POSITIVE_INFINITY, h[1]);
        assertEquals(0.0, DemandElasticity.of(m)[1]);
    }

    @Test
    void constantElasticityOnTwoValuesMatchesTheHandComputation() {
        // Values {1, 2}, eps = 2: x_1 / x_2 = eps (2 - 1) / 1 = 2, so x = (2/3, 1/3); h_1 = 1 * (1/3) / (2/3) = 1/2.
        Market m = DemandElasticity.constant(new double[] {1, 2}, 2);
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3}, m.probabilities(), 1e-12);
        assertEquals(2.0, DemandElasticity.of(m)[0], 1e-12);
    }

    @Property(tries = 100)
    void constantElasticityMarketsHaveTheRequestedElasticityBelowTheTop(
            @ForAll @DoubleRange(min = 0.2, max = 6) double elasticity,
            @ForAll @DoubleRange(min = 1.05, max = 2) double ratio, @ForAll @IntRange(min = 2, max = 12) int k) {
        double[] values = new double[k];
        for (int i = 0; i < k; i++) {
            values[i] = Math.pow(ratio, i);
        }
        double[] e = DemandElasticity.of(DemandElasticity.constant(values, elasticity));
        for (int i = 0; i < k - 1; i++) {
            assertEquals(elasticity, e[i], 1e-9 * elasticity);
        }
        assertTrue(Double.isInfinite(e[k - 1]));
    }

    @Test
    void badArgumentsAreRejectedWithTheRuleNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DemandElasticity.constant(new double[] {1}, 2))
                .getMessage().contains("at least 2"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DemandElasticity.constant(new double[] {1, 2}, Double.NaN)).getMessage().contains("elasticity"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DemandElasticity.constant(new double[] {2, 1}, 2)).getMessage().contains("strictly increasing"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DemandElasticity.constant(new double[] {0, 1}, 2)).getMessage().contains("> 0"));
    }
}
