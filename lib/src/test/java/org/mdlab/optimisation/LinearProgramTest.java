package org.mdlab.optimisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class LinearProgramTest {

    @Test
    void aTwoVariableProgramReachesTheVertexFoundByHand() {
        // max 3x + 2y s.t. x + y <= 4, x + 3y <= 6, x <= 3, x, y >= 0.
        // Vertices: (0,0)=0, (3,0)=9, (3,1)=11, (0,2)=4; the optimum is (3, 1) with value 11.
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable x = lp.variable("x").lower(0).upper(3).weight(3);
        LinearProgram.Variable y = lp.variable("y").lower(0).weight(2);
        lp.constraint("a").upper(4).add(x, 1).add(y, 1);
        lp.constraint("b").upper(6).add(x, 1).add(y, 3);
        Solution<LinearProgram.Point> solution = lp.maximise(SolverOptions.defaults());
        assertEquals(Status.OPTIMAL, solution.status());
        assertEquals(3, solution.value().value(x), 1e-9);
        assertEquals(1, solution.value().value(y), 1e-9);
        assertEquals(11, solution.value().objective(), 1e-9);
    }

    @Test
    void coefficientsAddedTwiceAccumulate() {
        // min x s.t. (1 + 1) x >= 3: x = 3/2.
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable x = lp.variable("x").weight(1);
        lp.constraint("c").lower(3).add(x, 1).add(x, 1);
        assertEquals(1.5, lp.minimise(SolverOptions.defaults()).value().value(x), 1e-9);
    }

    @Test
    void contradictoryBoundsAreInfeasibleWithoutAPayload() {
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable x = lp.variable("x").lower(0).upper(1).weight(1);
        lp.constraint("c").lower(2).add(x, 1);
        Solution<LinearProgram.Point> solution = lp.maximise(SolverOptions.defaults());
        assertEquals(Status.INFEASIBLE, solution.status());
        assertTrue(solution.payload().isEmpty());
        IllegalStateException e = assertThrows(IllegalStateException.class, solution::value);
        assertTrue(e.getMessage().contains("INFEASIBLE"), e.getMessage());
    }

    @Test
    void anUnboundedObjectiveIsReportedAsSuch() {
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable x = lp.variable("x").lower(0).weight(1);
        lp.constraint("c").lower(1).add(x, 1);
        assertEquals(Status.UNBOUNDED, lp.maximise(SolverOptions.defaults()).status());
    }

    @Test
    void aVariableOfAnotherProgramIsRejected() {
        LinearProgram a = LinearProgram.create();
        LinearProgram b = LinearProgram.create();
        LinearProgram.Variable x = a.variable("x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.constraint("c").add(x, 1));
        assertTrue(e.getMessage().contains("another linear program"), e.getMessage());
    }

    @Test
    void nonFiniteCoefficientsAndBoundsNameTheArgument() {
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable x = lp.variable("x");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> x.weight(Double.NaN)).getMessage().contains("weight"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> lp.constraint("c").add(x, Double.POSITIVE_INFINITY))
                .getMessage().contains("coefficient"));
    }

    @Test
    void aRequestedCancellationStopsBeforeTheSolve() {
        LinearProgram lp = LinearProgram.create();
        lp.variable("x").lower(0).upper(1).weight(1);
        SolverOptions cancelled = SolverOptions.defaults().withCancellation(() -> true);
        assertThrows(CancellationException.class, () -> lp.maximise(cancelled));
    }

    @Property(tries = 50)
    void aKnapsackRelaxationEqualsTheGreedyFractionalFill(@ForAll @DoubleRange(min = 0.1, max = 10) double v1,
                                                          @ForAll @DoubleRange(min = 0.1, max = 10) double v2,
                                                          @ForAll @DoubleRange(min = 0.1, max = 2) double capacity) {
        // max v1 x1 + v2 x2 s.t. x1 + x2 <= capacity, 0 <= x <= 1: fill the better item first (Dantzig 1957).
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable x1 = lp.variable("x1").lower(0).upper(1).weight(v1);
        LinearProgram.Variable x2 = lp.variable("x2").lower(0).upper(1).weight(v2);
        lp.constraint("capacity").upper(capacity).add(x1, 1).add(x2, 1);
        double best = Math.max(v1, v2);
        double other = Math.min(v1, v2);
        double expected = best * Math.min(1, capacity) + other * Math.max(0, capacity - 1);
        Solution<LinearProgram.Point> solution = lp.maximise(SolverOptions.defaults());
        assertTrue(solution.isOptimal());
        assertEquals(expected, solution.value().objective(), 1e-9 * (1 + expected));
        assertFalse(solution.value().values().length != 2);
    }
}
