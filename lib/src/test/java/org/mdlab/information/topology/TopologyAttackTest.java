package org.mdlab.information.topology;

import static org.mdlab.market.Attacks.rejects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.mdlab.optimisation.SolverOptions;

/**
 * Bad input at every public entry point of {@code org.mdlab.information.topology}: each property breaks one
 * documented rule and expects an {@link IllegalArgumentException} naming the argument.
 */
class TopologyAttackTest {

    private static final TypeSpace SPACE = new EmailGame(0.5, 0.1, 4).typeSpace();
    private static final FiniteGame GAME = FiniteGame.coordinatedAttack(1, 2);

    @Provide
    Arbitrary<Double> notFinite() {
        return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    @Provide
    Arbitrary<Double> outsideOpenUnit() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-10, 0), Arbitraries.doubles().between(1, 10),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY));
    }

    @Property(tries = 40)
    void priorsThatAreNotProbabilitiesAreRefused(@ForAll @DoubleRange(min = 0.01, max = 0.5) double off,
                                                  @ForAll("notFinite") double bad) {
        rejects("sum to 1", () -> TypeSpace.of(new double[][][] {{{0.5 + off, 0.5}}}));
        rejects("sum to 1", () -> TypeSpace.of(new double[][][] {{{0.5 - off, 0.5}}}));
        rejects(">= 0", () -> TypeSpace.of(new double[][][] {{{-off, 1 + off}}}));
        rejects("finite", () -> TypeSpace.of(new double[][][] {{{bad, 1}}}));
        rejects("every type", () -> TypeSpace.of(new double[][][] {{{1, 0}, {0, 0}}}));
        rejects("rectangular", () -> TypeSpace.of(new double[][][] {{{0.5}, {0.25, 0.25}}}));
        rejects("prior", () -> TypeSpace.of(null));
        rejects("prior", () -> TypeSpace.of(new double[0][][]));
        rejects("statePrior", () -> TypeSpace.commonKnowledge(new double[] {0.5 + off, 0.5}));
        rejects("statePrior", () -> TypeSpace.publicSignal(new double[] {1}, 0.1));
    }

    @Property(tries = 30)
    void probabilitiesOutsideTheirRangesAreRefused(@ForAll("outsideOpenUnit") double x) {
        rejects("loss", () -> new EmailGame(0.5, x, 4));
        rejects("attackPrior", () -> new EmailGame(x, 0.1, 4));
        rejects("eta", () -> EmailGame.withTruncationMass(0.5, 0.1, x));
        rejects("error", () -> TypeSpace.publicSignal(new double[] {0.5, 0.5}, x));
        if (!(x >= 0 && x <= 1)) {
            rejects("p", () -> CommonBelief.of(BeliefEvent.state(SPACE, 1), x));
            rejects("p", () -> BeliefEvent.state(SPACE, 1).believedBy(1, x));
            rejects("weight", () -> SPACE.mix(SPACE, x));
        }
    }

    @Property(tries = 20)
    void sizesAndIndicesOutOfRangeAreRefused(@ForAll @IntRange(min = -5, max = 0) int messages,
                                             @ForAll @IntRange(min = 3, max = 9) int player) {
        rejects("messages", () -> new EmailGame(0.5, 0.1, messages));
        rejects("messages", () -> new EmailGame(0.5, 0.1, EmailGame.MESSAGE_LIMIT + 1));
        rejects("messages", () -> EmailGame.withTruncationMass(0.5, 1e-9, 1e-300));
        rejects("player", () -> SPACE.types(player));
        rejects("player", () -> GAME.actions(player));
        rejects("state", () -> BeliefEvent.state(SPACE, player));
        rejects("positive probability", () -> CommonBelief.threshold(BeliefEvent.state(SPACE, 1), 0, 1, 1));
        rejects("type1", () -> CommonBelief.threshold(BeliefEvent.state(SPACE, 1), 1, player, 0));
    }

    @Property(tries = 20)
    void gamesWithoutActionsOrWithBadPayoffsAreRefused(@ForAll("notFinite") double bad,
                                                       @ForAll @DoubleRange(min = -10, max = 0) double notPositive) {
        rejects("payoff1", () -> FiniteGame.of(new double[][][] {{{}}}, new double[][][] {{{}}}));
        rejects("payoff1", () -> FiniteGame.of(new double[][][] {{}}, new double[][][] {{}}));
        rejects("payoff1", () -> FiniteGame.of(new double[][][] {{{bad}}}, new double[][][] {{{0}}}));
        rejects("payoff2", () -> FiniteGame.of(new double[][][] {{{0}}}, null));
        rejects("payoff2", () -> FiniteGame.of(new double[][][] {{{0, 1}}}, new double[][][] {{{0}}}));
        rejects("payoff1", () -> FiniteGame.of(new double[][][] {{{0, 1}, {2}}}, new double[][][] {{{0, 1}, {2}}}));
        rejects("gain", () -> FiniteGame.coordinatedAttack(notPositive, 1));
        rejects("loss", () -> FiniteGame.coordinatedAttack(1, bad));
        rejects("factor", () -> GAME.scaled(notPositive));
    }

    @Property(tries = 20)
    void mismatchedEquilibriumInputsAreRefused(@ForAll("notFinite") double bad,
                                               @ForAll @DoubleRange(min = 0.5, max = 2) double notUnit) {
        BeliefInvariantEquilibria set = BeliefInvariantEquilibria.of(GAME, SPACE);
        rejects("space", () -> BeliefInvariantEquilibria.of(GAME, TypeSpace.of(new double[][][] {{{1}}})));
        rejects("space", () -> IteratedDominance.of(GAME, TypeSpace.of(new double[][][] {{{1}}})));
        rejects("game", () -> BeliefInvariantEquilibria.of(null, SPACE));
        rejects("direction", () -> set.maximise(new double[3], SolverOptions.defaults()));
        rejects("direction", () -> set.maximise(new double[] {bad, 0, 0, 0, 0, 0, 0, 0}, SolverOptions.defaults()));
        rejects("options", () -> set.maximise(new double[8], null));
        rejects("directions", () -> set.outcomeSet(new double[0][], SolverOptions.defaults()));
        rejects("directions", () -> set.outcomeSet(new double[][] {{1, 0}}, SolverOptions.defaults()));
        if (Math.abs(notUnit - 1) > 1e-6) {
            rejects("unit", () -> set.outcomeSet(new double[][] {{notUnit, 0, 0, 0, 0, 0, 0, 0}}, SolverOptions.defaults()));
        }
        rejects("variables", () -> BeliefInvariantEquilibria.of(GAME, new EmailGame(0.5, 0.1, 20_000).typeSpace()));
    }

    @Property(tries = 10)
    void outcomeSetsOnDifferentDirectionsOrWithBadSupportAreRefused(@ForAll("notFinite") double bad) {
        OutcomeSet a = new OutcomeSet(OutcomeSet.directions(2, 0, 1), new double[] {0, 0, 0, 0});
        OutcomeSet b = new OutcomeSet(OutcomeSet.directions(2, 1, 1), new double[] {0, 0, 0, 0, 0});
        rejects("other", () -> a.hausdorffLowerBound(b));
        rejects("support", () -> new OutcomeSet(OutcomeSet.directions(2, 0, 1), new double[] {0, 0, bad, 0}));
        rejects("support", () -> new OutcomeSet(OutcomeSet.directions(2, 0, 1), new double[] {0}));
        rejects("dimension", () -> OutcomeSet.directions(0, 3, 1));
        rejects("random", () -> OutcomeSet.directions(2, -1, 1));
        BeliefEvent other = BeliefEvent.state(new EmailGame(0.5, 0.2, 4).typeSpace(), 1);
        rejects("other", () -> BeliefEvent.state(SPACE, 1).intersect(other));
    }
}
