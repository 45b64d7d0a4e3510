package org.mdlab.information;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Scale equivariance of the information-design models: multiplying every value by
 * {@code s = 10^u}, {@code u ∈ [-12, 12]}, multiplies revenue, surplus and the sender's value by
 * {@code s} and leaves the pooling quantile and the recommendation policy unchanged. Expected side: the
 * unscaled run times {@code s}.
 */
class InformationScaleTest {

    private static void assertScaled(double expected, double actual, double s, double relative) {
        assertEquals(expected * s, actual, relative * Math.max(Math.abs(expected * s), Double.MIN_NORMAL));
    }

    @Property(tries = 20)
    void revenueOptimalDisclosureIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double u,
                                                    @ForAll @IntRange(min = 2, max = 6) int bidders) {
        double s = Math.pow(10, u);
        AuctionDisclosure base = AuctionDisclosure.of(q -> q, 40, bidders);
        AuctionDisclosure big = AuctionDisclosure.of(q -> s * q, 40, bidders);
        double[] g = base.solveRevenue().value().quantiles();
        double[] h = big.solveRevenue().value().quantiles();
        assertScaled(base.revenue(g), big.revenue(h), s, 1e-7);
        assertEquals(base.poolingQuantile(g), big.poolingQuantile(h), 1e-12);
        double[] b = base.solveBidderSurplus().value().quantiles();
        double[] c = big.solveBidderSurplus().value().quantiles();
        assertScaled(base.bidderSurplus(b), big.bidderSurplus(c), s, 1e-7);
    }

    @Property(tries = 20)
    void bestPoolsAreScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double u,
                                      @ForAll @IntRange(min = 2, max = 6) int bidders) {
        double s = Math.pow(10, u);
        AuctionDisclosure base = AuctionDisclosure.of(q -> q * q, 40, bidders);
        AuctionDisclosure big = AuctionDisclosure.of(q -> s * q * q, 40, bidders);
        for (AuctionDisclosure.Objective objective : AuctionDisclosure.Objective.values()) {
            DisclosurePolicy a = base.bestBottomPool(objective);
            DisclosurePolicy b = big.bestBottomPool(objective);
            assertScaled(base.value(objective, a), big.value(objective, b), s, 1e-12);
            assertEquals(base.bottomPoolingQuantile(a.quantiles()), big.bottomPoolingQuantile(b.quantiles()), 0);
            DisclosurePolicy c = base.bestTopPool(objective);
            DisclosurePolicy d = big.bestTopPool(objective);
            assertScaled(base.value(objective, c), big.value(objective, d), s, 1e-12);
            assertEquals(base.poolingQuantile(c.quantiles()), big.poolingQuantile(d.quantiles()), 0);
        }
    }

    @Property(tries = 30)
    void persuasionIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double u,
                                      @ForAll @DoubleRange(min = 0.05, max = 0.45) double guilty) {
        double s = Math.pow(10, u);
        // prosecutor and judge (Kamenica and Gentzkow 2011, Section I): value 2μ for μ <= 1/2, unique policy
        double[] prior = {guilty, 1 - guilty};
        BayesianPersuasion base = BayesianPersuasion.of(prior, new double[][] {{1, 0}, {0, 1}}, new double[][] {{1, 1}, {0, 0}});
        BayesianPersuasion big = BayesianPersuasion.of(prior, new double[][] {{s, 0}, {0, s}}, new double[][] {{s, s}, {0, 0}});
        PersuasionPolicy a = base.solve().value();
        PersuasionPolicy b = big.solve().value();
        assertScaled(2 * guilty, b.senderValue(), s, 1e-7);
        assertScaled(a.senderValue(), b.senderValue(), s, 1e-7);
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(a.recommendation()[k], b.recommendation()[k], 1e-7);
        }
    }

    @Property(tries = 20)
    void concavificationIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double u,
                                           @ForAll @DoubleRange(min = 1, max = 9) double frequency) {
        double s = Math.pow(10, u);
        double[][] beliefs = SimplexConcavification.grid(2, 20);
        double[] prior = {0.35, 0.65};
        BeliefSplit a = SimplexConcavification.solve(beliefs, b -> Math.sin(frequency * b[0]), prior).value();
        BeliefSplit b = SimplexConcavification.solve(beliefs, x -> s * Math.sin(frequency * x[0]), prior).value();
        assertScaled(a.value(), b.value(), s, 1e-7);
        ConcaveEnvelope exact = ConcaveEnvelope.ofFunction(mu -> s * Math.sin(frequency * mu), 21);
        assertScaled(exact.value(0.35), b.value(), 1, 1e-7);
    }
}
