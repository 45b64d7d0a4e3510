package org.mdlab.mechanism;

import static org.mdlab.market.Attacks.rejects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mdlab.market.Market;
import org.mdlab.market.ValueDistribution;

/**
 * Bad input at every public entry point of {@code org.mdlab.mechanism}: each property generates
 * arguments that break a documented rule and asserts an {@link IllegalArgumentException} whose message
 * names the argument (never a NullPointerException, an index that wraps, or NaN in a result).
 */
class MechanismAttackTest {

    private static final Market TWO = Market.uniform(1, 2);


    @Provide
    Arbitrary<Double> notFinite() {
        return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    @Provide
    Arbitrary<Double> negativeOrNotFinite() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-12, 12).map(e -> -Math.pow(10, e)), notFinite());
    }

    @Provide
    Arbitrary<double[]> badProbabilities() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(1.01, 5).map(sum -> new double[] {sum / 2, sum / 2}),
                Arbitraries.doubles().between(0.01, 0.99).map(p -> new double[] {-p, 1 + p}),
                notFinite().map(x -> new double[] {x, 1}));
    }

    // A negative index as generated; a non-negative one moved to at least size, so never inside [0, size).
    private static int outside(int index, int size) {
        return index < 0 ? index : (int) Math.min(Integer.MAX_VALUE, (long) size + index);
    }

    @Provide
    Arbitrary<Integer> badIndex() {
        return Arbitraries.oneOf(Arbitraries.integers().between(Integer.MIN_VALUE, -1),
                Arbitraries.integers().between(2, Integer.MAX_VALUE));
    }

    @Property(tries = 30)
    void agentRejectsProbabilitiesThatAreNotADistribution(@ForAll("badProbabilities") double[] p) {
        rejects("typeProbabilities", () -> new Agent("a", p, new double[][] {{0, 1}, {0, 2}}));
    }

    @Property(tries = 30)
    void agentAccessorsRejectIndicesOutOfRange(@ForAll("badIndex") int index) {
        Agent a = Agent.singleItemBidder(0, 1, TWO);
        rejects("type", () -> a.value(index, 0));
        rejects("outcome", () -> a.value(0, index));
        rejects("type", () -> a.probability(index));
    }

    @Property(tries = 30)
    void environmentAccessorsRejectIndicesOutOfRange(@ForAll("badIndex") int index) {
        Environment env = Environment.singleItem(List.of(TWO));
        rejects("profile", () -> env.profile(index));
        rejects("agent", () -> env.agent(index));
        rejects("profile", () -> env.probability(index));
        rejects("outcome", () -> env.welfare(0, index));
        rejects("type", () -> env.replace(0, 0, index));
        rejects("types[0]", () -> env.index(new int[] {index}));
    }

    @Property(tries = 5)
    void singleItemRefusesNullAndTooManyBidders(@ForAll @IntRange(min = 2_001, max = 46_341) int bidders) {
        rejects("bidders", () -> Environment.singleItem(Collections.nCopies(bidders, TWO)));
        rejects("bidders", () -> Environment.singleItem(null));
        List<Market> withNull = new ArrayList<>(List.of(TWO));
        withNull.add(null);
        rejects("bidders[1]", () -> Environment.singleItem(withNull));
        rejects("bidders", () -> MyersonAuction.optimal(List.of()));
    }

    @Property(tries = 5)
    void profileCountsThatOverflowAreRefusedUpFront(@ForAll @IntRange(min = 25, max = 40) int agents) {
        Market big = Market.uniform(1, 2, 3, 4, 5, 6, 7, 8);
        rejects("type profiles", () -> Environment.singleItem(Collections.nCopies(agents, big)));
    }

    @Property(tries = 30)
    void secondPriceRejectsNegativeOrNonFiniteReserves(@ForAll("negativeOrNotFinite") double reserve) {
        rejects("reserve", () -> SecondPriceAuction.withReserve(List.of(TWO, TWO), reserve));
    }

    @Property(tries = 30)
    void perClickAuctionRejectsBadProfiles(@ForAll("negativeOrNotFinite") double value, @ForAll("badIndex") int winner) {
        PerClickAuction auction = new PerClickAuction(new double[][] {{1}, {2}}, new double[][] {{0.5}, {0.5}});
        rejects("values[1]", () -> auction.winner(new double[] {1, value}, new double[] {0.5, 0.5}));
        rejects("rates[0]", () -> auction.winner(new double[] {1, 2}, new double[] {Math.abs(value) + 1, 0.5}));
        rejects("values", () -> auction.winner(null, new double[] {0.5, 0.5}));
        rejects("winner", () -> auction.pricePerClick(winner, new double[] {1, 2}, new double[] {0.5, 0.5}));
        rejects("estimator", () -> auction.epsilon(null));
    }

    @Property(tries = 20)
    void continuousMyersonRejectsNullAndBadCells(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 3) int cells) {
        rejects("d", () -> ContinuousMyerson.of(null));
        ValueDistribution uniform = ValueDistribution.piecewiseUniform(new double[] {0, 1}, new double[] {1});
        rejects("cells", () -> ContinuousMyerson.of(uniform, cells));
        rejects("cells", () -> ContinuousMyerson.of(uniform, ContinuousMyerson.MAX_CELLS + 1));
    }

    @Property(tries = 10)
    void sealedBidSimulationRejectsNullStreamsAndValuesOutsideTheSupport(@ForAll("negativeOrNotFinite") double v) {
        SealedBidSimulation auction = new SealedBidSimulation(
                ValueDistribution.piecewiseUniform(new double[] {0, 1}, new double[] {1}), 3, 0.5);
        rejects("random", () -> auction.secondPrice(null));
        rejects("random", () -> auction.firstPrice(null));
        rejects("v", () -> auction.equilibriumBid(v));
    }

    @Property(tries = 20)
    void linearProgramsRejectNullArguments(@ForAll("badIndex") int typeProfile) {
        rejects("env", () -> RevenueLp.solve(null));
        rejects("env", () -> MessageDrivenLp.solve(null));
        DataDrivenEnvironment env = DataDrivenExamples.messageDrivenImpossibility();
        rejects("options", () -> MessageDrivenLp.solve(env, null));
        rejects("typeProfile", () -> DataDrivenVcg.efficientOutcome(env, outside(typeProfile, env.typeProfiles()), 0));
        rejects("signal profile", () -> env.signalProbability(outside(typeProfile, env.signalProfiles())));
    }

    @Property(tries = 10)
    void auditsRejectNegativeTolerances(@ForAll("negativeOrNotFinite") double tolerance) {
        DirectMechanism vcg = Vcg.clarkePivot(Environment.singleItem(List.of(TWO, TWO)));
        rejects("tolerance", () -> IncentiveAudit.dominantStrategy(vcg).holds(tolerance));
        rejects("tolerance", () -> IncentiveAudit.expostParticipation(vcg).holds(tolerance));
    }
}
