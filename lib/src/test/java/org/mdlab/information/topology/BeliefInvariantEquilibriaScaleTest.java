package org.mdlab.information.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.mdlab.optimisation.SolverOptions;

/**
 * Payoffs × s for s from 1e-12 to 1e12 change no best reply, so the equilibrium outcome set, its support function
 * and the surviving actions must not move.
 */
class BeliefInvariantEquilibriaScaleTest {

    @Property(tries = 30)
    void scalingPayoffsLeavesTheOutcomeSetAndTheSurvivorsAlone(@ForAll @DoubleRange(min = -12, max = 12) double u,
                                                             @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        double s = Math.pow(10, u);
        SplittableRandom rng = new SplittableRandom(seed);
        TypeSpace space = RandomSpaces.typeSpace(rng, 2, 2, 3);
        FiniteGame game = RandomSpaces.game(rng, 2, 2, 2);
        double[][] d = OutcomeSet.directions(game.outcomeDimension(), 4, seed);
        OutcomeSet base = BeliefInvariantEquilibria.of(game, space).outcomeSet(d, SolverOptions.defaults()).value();
        OutcomeSet scaled = BeliefInvariantEquilibria.of(game.scaled(s), space).outcomeSet(d, SolverOptions.defaults()).value();
        assertEquals(0, base.hausdorffLowerBound(scaled), 1e-8);
        IteratedDominance a = IteratedDominance.of(game, space);
        IteratedDominance b = IteratedDominance.of(game.scaled(s), space);
        for (int t = 0; t < 3; t++) {
            for (int act = 0; act < 2; act++) {
                assertEquals(a.survives(2, t, act), b.survives(2, t, act));
            }
        }
    }
}
