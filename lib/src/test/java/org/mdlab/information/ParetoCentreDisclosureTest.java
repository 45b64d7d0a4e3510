package org.mdlab.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverOptions;

class ParetoCentreDisclosureTest {

    /**
     * The Roesler–Szentes price for U[0,1], derived on its own: the equal-revenue quantile p/(1-q) must keep
     * ∫_0^q p/(1-u) du = -p ln(1-q) above ∫_0^q u du = q²/2; at the tangency p/(1-q) = q, i.e. p = s(1-s)
     * with s = 1-q, and the two integrals meet, s(1-s) ln(1/s) = (1-s)²/2. Bisection on s.
     */
    private static double tangencyShare() {
        double lo = 0.1;
        double hi = 0.45;
        for (int i = 0; i < 200; i++) {
            double s = (lo + hi) / 2;
            double f = s * (1 - s) * Math.log(1 / s) - (1 - s) * (1 - s) / 2;
            if (f < 0) {
                lo = s;
            } else {
                hi = s;
            }
        }
        return (lo + hi) / 2;
    }

    @Test
    void uniformValuesWithThreeBiddersGetTheEqualRevenueCentreThroughTheTangency() {
        double s = tangencyShare();
        ParetoCentrePolicy policy = ParetoCentreDisclosure.of(q -> q, 3, 20_000).solve(1e-4, SolverOptions.defaults()).value();
        // the objective is flat (second order) at the optimum, so the pattern search may stop a few dozen
        // steps of 1/20000 away: 1e-3 on the quantile, the scale and the virtual value
        assertEquals(0, policy.lowerQuantile(), 1e-3);
        assertEquals(1 - s, policy.upperQuantile(), 1e-3);
        assertEquals(s * (1 - s), policy.scale(), 1e-3);
        assertEquals(0, policy.virtualValue(), 1e-3);
    }

    @Test
    void revenueEqualsMyersonsExpectedPositiveVirtualValue() {
        // U[0,1]: φ = c on the centre, φ(v) = 2v - 1 = 2q - 1 above b, and Myerson's revenue is
        // E[max φ⁺] = c (b^n - a^n) + ∫_b^1 (2q - 1) n q^{n-1} dq = c (b^n - a^n) + [2n q^{n+1}/(n+1) - q^n]_b^1;
        // the policy computes revenue from the second-highest order statistic instead.
        for (int n = 2; n <= 4; n++) {
            ParetoCentrePolicy p = ParetoCentreDisclosure.of(q -> q, n, 4000).solve(1e-3, SolverOptions.defaults()).value();
            double a = p.lowerQuantile();
            double b = p.upperQuantile();
            double top = 2.0 * n / (n + 1) - 1 - (2.0 * n / (n + 1) * Math.pow(b, n + 1) - Math.pow(b, n));
            double expected = p.virtualValue() * (Math.pow(b, n) - Math.pow(a, n)) + top;
            // Simpson per step of 1/4000 on smooth integrands: error far below 1e-9
            assertEquals(expected, p.revenue(), 1e-9, "n = " + n);
        }
    }

    @Test
    void linearProgramConvergesToTheFamilyAtFirstOrder() {
        // The LP on N cells of the prior's cell means is a restriction of the continuous problem; its bidder
        // surplus approaches the family's from below with error ∝ 1/N (one cell of rent lost at the reserve).
        double family = ParetoCentreDisclosure.of(q -> q, 3, 20_000).solve(1e-4, SolverOptions.defaults()).value()
                .bidderSurplus();
        int[] sizes = {10, 20, 40};
        double[] errors = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            errors[i] = family - OptimalAuctionDisclosure.of(q -> q, sizes[i], 3).solve(SolverOptions.defaults()).value()
                    .bidderSurplus();
            assertTrue(errors[i] > 0, "LP below the family at N = " + sizes[i]);
        }
        double rate = Math.log(errors[0] / errors[2]) / Math.log(4);
        assertTrue(rate > 0.9 && rate < 1.6, "rate " + rate);
    }

    @Property(tries = 8)
    void optimumIsAMeanPreservingContractionAndItsSurplusAddsUp(@ForAll @DoubleRange(min = 0, max = 1) double w0,
                                                                  @ForAll @DoubleRange(min = 0.1, max = 1) double w1,
                                                                  @ForAll @DoubleRange(min = 0, max = 1) double w3,
                                                                  @ForAll @IntRange(min = 2, max = 4) int n) {
        DoubleUnaryOperator prior = q -> w0 + w1 * q + w3 * q * q * q;
        ParetoCentreDisclosure family = ParetoCentreDisclosure.of(prior, n, 2000);
        ParetoCentrePolicy p = family.solve(1e-3, SolverOptions.defaults()).value();
        // independent quadrature: midpoints of 8192 equal steps; error O(h) at the jump at a, h = 1/8192
        int m = 8192;
        double[] g = new double[m];
        double[] f = new double[m];
        for (int i = 0; i < m; i++) {
            double q = (i + 0.5) / m;
            g[i] = family.quantile(p, q);
            f[i] = prior.applyAsDouble(q);
        }
        double tolerance = 10.0 / m * (w0 + w1 + w3);
        double tailG = 0;
        double tailF = 0;
        double served = 0;
        for (int i = m - 1; i >= 0; i--) {
            tailG += g[i] / m;
            tailF += f[i] / m;
            assertTrue(tailG <= tailF + tolerance, "tail at " + (double) i / m);
            if (i > 0) {
                assertTrue(g[i] >= g[i - 1] - 1e-12, "monotone at " + (double) i / m);
            }
            double q = (i + 0.5) / m;
            if (q >= p.lowerQuantile()) {
                served += g[i] * n * Math.pow(q, n - 1) / m;
            }
        }
        assertEquals(tailF, tailG, tolerance);
        // total surplus is the expected highest interim value among the served, E[G⁻¹(max) 1{max >= a}]
        assertEquals(served, p.totalSurplus(), tolerance);
        assertTrue(p.bidderSurplus() >= -1e-12);
    }
}
