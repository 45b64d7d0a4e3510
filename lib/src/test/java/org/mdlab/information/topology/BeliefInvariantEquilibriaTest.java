package org.mdlab.information.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

class BeliefInvariantEquilibriaTest {

    private static final SolverOptions OPTIONS = SolverOptions.defaults();
    private static final FiniteGame ATTACK = FiniteGame.coordinatedAttack(1, 2);

    private static double maxJointAttack(TypeSpace space) {
        double[] d = new double[ATTACK.outcomeDimension()];
        d[ATTACK.outcomeIndex(1, 1, 1)] = 1;
        Solution<EquilibriumOutcome> s = BeliefInvariantEquilibria.of(ATTACK, space).maximise(d, OPTIONS);
        assertTrue(s.isOptimal(), s::toString);
        return s.value().value();
    }

    @Test
    void underCommonKnowledgeBothAttackInTheAttackState() {
        // (attack, attack) in state 1 and (wait, wait) in state 0 is an equilibrium when both know the state.
        assertEquals(0.3, maxJointAttack(TypeSpace.commonKnowledge(new double[] {0.7, 0.3})), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.1, 6", "0.5, 0.1, 7", "0.3, 0.2, 10", "0.5, 0.05, 20", "0.4, 0.3, 9"})
    void inTheCappedEmailGameOnlyTheLastProfileAttacks(double mu, double eps, int messages) {
        // Iterated dominance (Rubinstein 1989, loss 2 >= gain 1): every type below the last profile waits, since it
        // gives probability 1/(2-ε) > 1/2 to an opponent one step lower. The last profile (probability μ(1-ε)^(K-1))
        // attacks when the uncertain top type, sure of the attack state but giving ε to the lower opponent, gains
        // (1-ε)·1 - ε·2 >= 0, that is ε <= 1/3.
        double expected = eps <= 1.0 / 3 ? mu * Math.pow(1 - eps, messages - 1) : 0;
        TypeSpace space = new EmailGame(mu, eps, messages).typeSpace();
        assertEquals(expected, maxJointAttack(space), 1e-8);
        double[] d = new double[ATTACK.outcomeDimension()];
        d[ATTACK.outcomeIndex(1, 1, 1)] = 1;
        assertEquals(expected, BeliefInvariantEquilibria.unrestricted(ATTACK, space).maximise(d, OPTIONS).value().value(), 1e-8);
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.1", "0.5, 0.02", "0.3, 0.05"})
    void aPublicSignalAttacksWhenItSaysSo(double mu, double eps) {
        // On signal 1 the posterior of the attack state is q = μ(1-ε)/(μ(1-ε)+(1-μ)ε) >= 2/3 = loss/(gain+loss) here,
        // so both attack; on signal 0 it is below 2/3 and attacking loses. Joint attack in state 1: μ(1-ε).
        assertEquals(mu * (1 - eps), maxJointAttack(TypeSpace.publicSignal(new double[] {1 - mu, mu}, eps)), 1e-8);
    }

    @Property(tries = 25)
    void recommendationsStayInsideTheIteratedDominanceSurvivors(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        TypeSpace space = RandomSpaces.typeSpace(rng, 2, 3, 3);
        FiniteGame game = RandomSpaces.game(rng, 2, 2, 2);
        IteratedDominance survivors = IteratedDominance.of(game, space);
        BeliefInvariantEquilibria set = BeliefInvariantEquilibria.unrestricted(game, space);
        for (int s = 0; s < 2; s++) {
            for (int a1 = 0; a1 < 2; a1++) {
                for (int a2 = 0; a2 < 2; a2++) {
                    double bound = 0;
                    for (int t1 = 0; t1 < 3; t1++) {
                        for (int t2 = 0; t2 < 3; t2++) {
                            if (survivors.survives(1, t1, a1) && survivors.survives(2, t2, a2)) {
                                bound += space.probability(s, t1, t2);
                            }
                        }
                    }
                    double[] d = new double[game.outcomeDimension()];
                    d[game.outcomeIndex(s, a1, a2)] = 1;
                    double lp = set.maximise(d, OPTIONS).value().value();
                    assertTrue(lp <= bound + 1e-8, "LP " + lp + " > dominance bound " + bound);
                }
            }
        }
    }

    @Property(tries = 25)
    void eliminatingDominatedActionsFirstLeavesTheOutcomeSetAlone(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        TypeSpace space = RandomSpaces.sparseTypeSpace(rng, 2, 3, 2);
        FiniteGame game = RandomSpaces.game(rng, 2, 3, 3);
        double[][] d = OutcomeSet.directions(game.outcomeDimension(), 6, seed);
        OutcomeSet restricted = BeliefInvariantEquilibria.of(game, space).outcomeSet(d, OPTIONS).value();
        OutcomeSet all = BeliefInvariantEquilibria.unrestricted(game, space).outcomeSet(d, OPTIONS).value();
        assertEquals(0, restricted.hausdorffLowerBound(all), 1e-7);
    }

    @Property(tries = 25)
    void outcomesKeepThePriorOfTheState(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        TypeSpace space = RandomSpaces.typeSpace(rng, 3, 2, 3);
        FiniteGame game = RandomSpaces.game(rng, 3, 2, 3);
        double[] d = OutcomeSet.directions(game.outcomeDimension(), 1, seed)[2 * game.outcomeDimension()];
        EquilibriumOutcome o = BeliefInvariantEquilibria.of(game, space).maximise(d, OPTIONS).value();
        for (int s = 0; s < 3; s++) {
            double mass = 0;
            double prior = 0;
            for (int a1 = 0; a1 < 2; a1++) {
                for (int a2 = 0; a2 < 3; a2++) {
                    mass += o.probability(game, s, a1, a2);
                }
            }
            for (int t1 = 0; t1 < 2; t1++) {
                for (int t2 = 0; t2 < 3; t2++) {
                    prior += space.probability(s, t1, t2);
                }
            }
            assertEquals(prior, mass, 1e-8);
        }
    }

    @Property(tries = 20)
    void splittingATypeIntoRedundantCopiesChangesNoOutcome(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // Liu (2015): the belief-invariant BCE outcomes depend on the belief hierarchies only; a redundant copy of a
        // type (same beliefs, the mass split in the ratio λ : 1-λ) is one, so the support function must not move.
        SplittableRandom rng = new SplittableRandom(seed);
        TypeSpace space = RandomSpaces.typeSpace(rng, 2, 2, 2);
        FiniteGame game = RandomSpaces.game(rng, 2, 2, 2);
        double lambda = 0.1 + 0.8 * rng.nextDouble();
        double[][][] split = new double[2][3][2];
        for (int s = 0; s < 2; s++) {
            for (int t2 = 0; t2 < 2; t2++) {
                split[s][0][t2] = space.probability(s, 0, t2);
                split[s][1][t2] = lambda * space.probability(s, 1, t2);
                split[s][2][t2] = (1 - lambda) * space.probability(s, 1, t2);
            }
        }
        double[][] d = OutcomeSet.directions(game.outcomeDimension(), 8, seed);
        OutcomeSet a = BeliefInvariantEquilibria.of(game, space).outcomeSet(d, OPTIONS).value();
        OutcomeSet b = BeliefInvariantEquilibria.of(game, TypeSpace.of(split)).outcomeSet(d, OPTIONS).value();
        assertEquals(0, a.hausdorffLowerBound(b), 1e-7);
    }

    @Test
    void aPublicSignalConvergesToCommonKnowledgeAtRateOne() {
        // The support function of the public-signal set is a rational function of ε, equal to the common-knowledge
        // one at ε = 0 and differentiable there, so the distance bound falls like cε: the fitted log-log slope on
        // ε = 0.02·2^-k must be 1 (within 0.1, the O(ε) relative curvature over this range).
        double[] mu = {0.6, 0.4};
        double[][] d = OutcomeSet.directions(ATTACK.outcomeDimension(), 16, 7);
        OutcomeSet limit = BeliefInvariantEquilibria.of(ATTACK, TypeSpace.commonKnowledge(mu)).outcomeSet(d, OPTIONS).value();
        double[] logEps = new double[5];
        double[] logDistance = new double[5];
        for (int k = 0; k < 5; k++) {
            double eps = 0.02 / Math.pow(2, k);
            OutcomeSet s = BeliefInvariantEquilibria.of(ATTACK, TypeSpace.publicSignal(mu, eps)).outcomeSet(d, OPTIONS).value();
            logEps[k] = Math.log(eps);
            logDistance[k] = Math.log(s.hausdorffLowerBound(limit));
        }
        assertEquals(1, slope(logEps, logDistance), 0.1);
    }

    static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int k = 0; k < x.length; k++) {
            mx += x[k] / x.length;
            my += y[k] / x.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < x.length; k++) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
        }
        return sxy / sxx;
    }
}
