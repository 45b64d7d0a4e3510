package org.mdlab.information;

import static org.mdlab.market.Attacks.rejects;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Bad input at every public entry point of {@code org.mdlab.information}: each property generates
 * arguments that break a documented rule and asserts an {@link IllegalArgumentException} whose message
 * names the argument.
 */
class InformationAttackTest {

    private static final double[][] JUDGE = {{1, 0}, {0, 1}};
    private static final double[][] PROSECUTOR = {{1, 1}, {0, 0}};


    @Provide
    Arbitrary<double[]> badDistribution() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(1.01, 5).map(sum -> new double[] {sum / 2, sum / 2}),
                Arbitraries.doubles().between(0.01, 0.99).map(p -> new double[] {-p, 1 + p}),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY).map(x -> new double[] {x, 0.5}),
                Arbitraries.just(new double[0]));
    }

    @Property(tries = 30)
    void persuasionRefusesPriorsThatAreNotDistributions(@ForAll("badDistribution") double[] prior) {
        rejects("prior", () -> BayesianPersuasion.of(prior, JUDGE, PROSECUTOR));
    }

    @Property(tries = 10)
    void persuasionRefusesBadUtilities(@ForAll @DoubleRange(min = -1, max = 1) double x) {
        double[] prior = {0.3, 0.7};
        rejects("receiverUtility", () -> BayesianPersuasion.of(prior, null, PROSECUTOR));
        rejects("senderUtility", () -> BayesianPersuasion.of(prior, JUDGE, new double[][] {{x, Double.NaN}, {0, 0}}));
        rejects("receiverUtility", () -> BayesianPersuasion.of(prior, new double[][] {{x}}, PROSECUTOR));
        rejects("options", () -> BayesianPersuasion.of(prior, JUDGE, PROSECUTOR).solve(null));
    }

    @Property(tries = 30)
    void concavificationRefusesBadBeliefsAndPriors(@ForAll("badDistribution") double[] bad) {
        double[][] grid = SimplexConcavification.grid(2, 4);
        rejects("prior", () -> SimplexConcavification.solve(grid, b -> 1, bad));
        rejects("beliefs[1]", () -> SimplexConcavification.solve(new double[][] {{1, 0}, bad}, b -> 1, new double[] {0.5, 0.5}));
        rejects("value", () -> SimplexConcavification.solve(grid, null, new double[] {0.5, 0.5}));
        rejects("value", () -> SimplexConcavification.solve(grid, b -> Double.NaN, new double[] {0.5, 0.5}));
        rejects("beliefs", () -> SimplexConcavification.solve(null, b -> 1, new double[] {0.5, 0.5}));
    }

    @Property(tries = 10)
    void gridsAreRefusedBeyondTheirLimit(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 0) int bad,
                                         @ForAll @IntRange(min = 2_000, max = 1_000_000) int resolution) {
        rejects("states", () -> SimplexConcavification.grid(bad, 4));
        rejects("resolution", () -> SimplexConcavification.grid(3, bad));
        rejects("grid points", () -> SimplexConcavification.grid(3, resolution));
    }

    @Property(tries = 20)
    void anEnvelopeMustBeConcave(@ForAll @DoubleRange(min = 0.01, max = 10) double dip) {
        rejects("concave", () -> new ConcaveEnvelope(new double[] {0, 0.5, 1}, new double[] {1, 1 - dip, 1}));
        rejects("beliefs", () -> new ConcaveEnvelope(new double[] {0, 0.5, 0.5, 1}, new double[] {0, 1, 1, 0}));
        rejects("grid", () -> ConcaveEnvelope.ofGrid(null, new double[] {0, 1}));
        rejects("points", () -> ConcaveEnvelope.ofFunction(mu -> mu, 1));
        rejects("function", () -> ConcaveEnvelope.ofFunction(null, 3));
    }

    @Property(tries = 10)
    void disclosureRefusesBadArguments(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 1) int small) {
        rejects("cells", () -> AuctionDisclosure.of(q -> q, small, 3));
        rejects("bidders", () -> AuctionDisclosure.of(q -> q, 10, small));
        rejects("bidders", () -> AuctionDisclosure.criticalQuantile(small));
        rejects("inverseCdf", () -> AuctionDisclosure.of(null, 10, 3));
        rejects("inverseCdf", () -> AuctionDisclosure.of(q -> 1 - q, 10, 3));
        rejects("cells", () -> AuctionDisclosure.of(q -> q, AuctionDisclosure.MAX_CELLS + 1, 3));
        AuctionDisclosure problem = AuctionDisclosure.of(q -> q, 10, 3);
        rejects("quantiles", () -> problem.revenue(null));
        rejects("quantiles", () -> problem.revenue(new double[] {Double.NaN, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        rejects("quantiles", () -> problem.bidderSurplus(new double[] {1}));
        rejects("quantiles", () -> problem.poolingQuantile(new double[] {1}));
        rejects("quantiles", () -> problem.bottomPoolingQuantile(new double[] {1}));
        rejects("quantiles", () -> problem.bottomPoolingQuantile(null));
        rejects("bidders", () -> AuctionDisclosure.bidderOptimalQuantile(small));
        rejects("pooledCells", () -> problem.bottomPool(small - 2));
        rejects("pooledCells", () -> problem.topPool(small - 2));
        rejects("pooledCells", () -> problem.bottomPool(11));
        rejects("pooledCells", () -> problem.topPool(12 - small));
        rejects("objective", () -> problem.bestBottomPool(null));
        rejects("objective", () -> problem.bestTopPool(null));
        rejects("objective", () -> problem.value(null, problem.bottomPool(2)));
        rejects("policy", () -> problem.value(AuctionDisclosure.Objective.REVENUE, null));
        rejects("quantiles", () -> problem.value(AuctionDisclosure.Objective.REVENUE, new DisclosurePolicy(new double[] {1, 2})));
    }

    @Property(tries = 5)
    void theCriticalQuantileStaysInTheUnitIntervalForManyBidders(@ForAll @IntRange(min = 46_341, max = 100_000) int n) {
        double q = AuctionDisclosure.criticalQuantile(n);
        assertTrue(q > 0.99 && q < 1, () -> "q*(" + n + ") = " + q);
    }

    @Property(tries = 10)
    void policiesRefuseIndicesOutOfRange(@ForAll @IntRange(min = 2, max = Integer.MAX_VALUE) int action) {
        PersuasionPolicy policy = new PersuasionPolicy(new double[][] {{1, 0.5}, {0, 0.5}}, 0);
        rejects("a", () -> policy.actionProbability(new double[] {0.3, 0.7}, action));
        rejects("a", () -> policy.actionProbability(new double[] {0.3, 0.7}, -action));
        rejects("prior", () -> policy.actionProbability(new double[] {0.3, 4.7}, 0));
    }
}
