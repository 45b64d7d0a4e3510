package org.mdlab.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ValueDistribution} obeys, run by one subclass per implementation (as
 * Hipparchus tests its distributions): {@code F} runs from 0 at the lower end to 1 at the upper end and
 * never decreases, the quantile inverts it, the density is positive and integrates to the increments of
 * {@code F}, the virtual value is {@code v - (1 - F)/f}, and seeded sampling is reproducible and stays in
 * the support.
 */
abstract class ValueDistributionContract {

    /** @return the distribution under test */
    abstract ValueDistribution distribution();

    private double at(double t) {
        ValueDistribution d = distribution();
        return d.lower() + t * (d.upper() - d.lower());
    }

    @Test
    void cdfRunsFromZeroToOneAndNeverDecreases() {
        ValueDistribution d = distribution();
        assertEquals(0, d.cdf(d.lower()), 1e-12);
        assertEquals(1, d.cdf(d.upper()), 1e-12);
        double previous = 0;
        for (int k = 0; k <= 400; k++) {
            double f = d.cdf(at(k / 400.0));
            assertTrue(f >= previous - 1e-15 && f <= 1 + 1e-15, "F not monotone at " + at(k / 400.0));
            previous = f;
        }
    }

    @Test
    void quantileInvertsTheCdf() {
        ValueDistribution d = distribution();
        for (int k = 0; k <= 64; k++) {
            double u = k / 64.0;
            assertEquals(u, d.cdf(d.quantile(u)), 1e-12, "F(F^-1(" + u + "))");
        }
    }

    @Test
    void densityIsPositiveAndIntegratesToTheCdf() {
        // Simpson's rule on 2000 cells of each of 8 sub-intervals: error far below 1e-6 for smooth pieces;
        // piecewise-uniform densities are integrated exactly cell by cell except at breakpoints (1e-4 total).
        ValueDistribution d = distribution();
        for (int j = 0; j < 8; j++) {
            double a = at(j / 8.0 + 1e-9);
            double b = at((j + 1) / 8.0 - 1e-9);
            int cells = 2000;
            double h = (b - a) / cells;
            double sum = 0;
            for (int c = 0; c < cells; c++) {
                double x = a + c * h;
                sum += h / 6 * (d.density(x) + 4 * d.density(x + h / 2) + d.density(x + h));
                assertTrue(d.density(x + h / 2) > 0);
            }
            assertEquals(d.cdf(b) - d.cdf(a), sum, 1e-4, "∫f on [" + a + ", " + b + "]");
        }
    }

    @Test
    void virtualValueIsValueMinusInverseHazardRate() {
        ValueDistribution d = distribution();
        for (int k = 1; k < 10; k++) {
            double v = at(k / 10.0);
            assertEquals(v - (1 - d.cdf(v)) / d.density(v), d.virtualValue(v), 1e-12 * (1 + Math.abs(v)));
        }
    }

    @Test
    void seededSamplesAreReproducibleAndInTheSupport() {
        ValueDistribution d = distribution();
        SplittableRandom a = new SplittableRandom(7);
        SplittableRandom b = new SplittableRandom(7);
        for (int k = 0; k < 200; k++) {
            double x = d.sample(a);
            assertEquals(x, d.sample(b), 0);
            assertTrue(x >= d.lower() && x <= d.upper());
        }
    }
}
