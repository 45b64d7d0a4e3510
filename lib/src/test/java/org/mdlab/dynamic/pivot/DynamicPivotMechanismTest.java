package org.mdlab.dynamic.pivot;

import org.mdlab.optimisation.Status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class DynamicPivotMechanismTest {

    @Test
    void iterationLimitDoesNotOverflowForDiscountsNearOne() {
        // ln(1e-12 · 1e-15) / ln(1 − 1e-15) ≈ 6.2e16 sweeps; the former 10 · (int) ceil(...) saturated the
        // cast at Integer.MAX_VALUE and wrapped the product to a negative limit.
        long limit = DynamicPivotMechanism.iterationLimit(1e-12, 1 - 1e-15);
        assertTrue(limit > Integer.MAX_VALUE && limit < Long.MAX_VALUE, "limit " + limit);
        assertEquals(Long.MAX_VALUE, DynamicPivotMechanism.iterationLimit(Double.MIN_VALUE, 1 - 1e-16));
    }

    @Test
    void aTruncatedSolveIsFlaggedAndACancelledOneStops() {
        // Serving three tasks takes three periods, so value iteration from 0 needs four applications of T to
        // reach residual 0; with a limit of two the iterate V_1 still has a positive residual.
        org.mdlab.optimisation.SolverOptions two = org.mdlab.optimisation.SolverOptions.defaults().withTolerance(1e-12)
                .withIterationLimit(2);
        assertEquals(Status.ITERATION_LIMIT, DynamicPivotMechanism.of(SCHEDULING.environment(), two).status());
        org.mdlab.optimisation.SolverOptions cancelled = two.withCancellation(() -> true);
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> DynamicPivotMechanism.of(SCHEDULING.environment(), cancelled));
    }

    @Test
    void typeProfileCountsAreMultipliedWithoutOverflow() {
        // 1000³ = 1e9 joint states exceeds the documented limit; an int product of 2000³ would wrap around.
        double[][] values = new double[2000][1];
        double[][][] transitions = new double[1][2000][2000];
        for (int t = 0; t < 2000; t++) {
            transitions[0][t][t] = 1;
        }
        AgentProcess agent = new AgentProcess(values, transitions);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DynamicEnvironment(List.of(agent, agent, agent), 0.9));
        assertTrue(e.getMessage().contains(String.valueOf(DynamicEnvironment.MAX_STATES)), e.getMessage());
    }

    private static final TaskScheduling SCHEDULING = TaskScheduling.of(0.9, 3, 2, 1);

    @Test
    void schedulingWelfareIs561() {
        // Serve in order of value: W = 3 + 0.9·2 + 0.81·1 = 5.61 (papers.md §6, derived).
        DynamicPivotMechanism pivot = DynamicPivotMechanism.of(SCHEDULING.environment(), 1e-12);
        assertEquals(5.61, pivot.welfare(SCHEDULING.initialState()), 1e-10);
    }

    @Test
    void servedAgentsPay029Then010ThenZero() {
        // p_i = v_i - (M_i - δ M_i(next)); a served agent leaves, so M_i(next) = 0 (papers.md §6, derived).
        // Period 1, agent with 3: W_{-1} = 2 + 0.9 = 2.9, M = 5.61 - 2.9 = 2.71 -> p = 3 - 2.71 = 0.29.
        // Period 2, agent with 2: W = 2.9, W_{-2} = 1, M = 1.9 -> p = 2 - 1.9 = 0.10.
        // Period 3, agent with 1: W = 1, W_{-3} = 0, M = 1 -> p = 1 - 1 = 0.
        DynamicPivotMechanism pivot = DynamicPivotMechanism.of(SCHEDULING.environment(), 1e-12);
        DynamicEnvironment env = SCHEDULING.environment();
        int s0 = SCHEDULING.initialState();
        assertEquals(0, pivot.allocation(s0));
        assertEquals(0.29, pivot.payment(0, s0), 1e-9);
        int s1 = env.withType(s0, 0, 0);
        assertEquals(1, pivot.allocation(s1));
        assertEquals(0.10, pivot.payment(1, s1), 1e-9);
        int s2 = env.withType(s1, 1, 0);
        assertEquals(2, pivot.allocation(s2));
        assertEquals(0.0, pivot.payment(2, s2), 1e-9);
    }

    @Test
    void waitingAgentsPayNothingInTheSchedulingExample() {
        // Agent 2 in period 1: W_{-2} = 3 + 0.9 = 3.9, W_{-2}(next) = 1, Σ_{j≠2} v_j(x*) = 3 -> 3.9 - 0.9 - 3 = 0.
        DynamicPivotMechanism pivot = DynamicPivotMechanism.of(SCHEDULING.environment(), 1e-12);
        int s0 = SCHEDULING.initialState();
        assertEquals(0.0, pivot.payment(1, s0), 1e-9);
        assertEquals(0.0, pivot.payment(2, s0), 1e-9);
    }

    @Test
    void truthfulUtilityEqualsTheMarginalContribution() {
        // Bergemann–Välimäki Theorem 1: the pivot payments leave each agent exactly M_i.
        DynamicPivotMechanism pivot = DynamicPivotMechanism.of(SCHEDULING.environment(), 1e-12);
        for (int s = 0; s < SCHEDULING.environment().stateCount(); s++) {
            for (int i = 0; i < 3; i++) {
                assertEquals(pivot.marginalContribution(i, s), pivot.truthfulUtility(i, s), 1e-8);
            }
        }
    }

    @Property(tries = 25)
    void schedulingIsOneShotIncentiveCompatibleAndIndividuallyRational(
            @ForAll @DoubleRange(min = 0.5, max = 9) double v1, @ForAll @DoubleRange(min = 0.5, max = 9) double v2,
            @ForAll @DoubleRange(min = 0.5, max = 9) double v3, @ForAll @DoubleRange(min = 0.2, max = 0.95) double d) {
        DynamicPivotMechanism pivot = DynamicPivotMechanism.of(TaskScheduling.of(d, v1, v2, v3).environment(), 1e-11);
        assertTrue(pivot.largestDeviationGain() <= 1e-7, "gain " + pivot.largestDeviationGain());
        assertTrue(pivot.smallestTruthfulUtility() >= -1e-7);
    }

    @Test
    void overbiddingIsUnprofitableButWouldWinTheSlot() {
        // The agent valued 2 reporting 3 is served first but pays enough to make the gain non-positive.
        TaskScheduling instance = TaskScheduling.of(0.9, 3, 2);
        DynamicPivotMechanism pivot = DynamicPivotMechanism.of(instance.environment(), 1e-12);
        DynamicEnvironment env = instance.environment();
        int s0 = instance.initialState();
        int reportThree = env.type(s0, 0);
        assertTrue(pivot.deviationGain(1, s0, reportThree) <= 1e-9);
    }

    @Test
    void learningAllocationServesTheHigherGittinsIndex() {
        // Uncertain arm Beta(1,1) (mean 0.5) against a well-known arm Beta(30,20) (mean 0.6): the efficient
        // policy of the truncated model is the index policy of the truncated arms (Gittins' theorem);
        // indices computed independently by the restart-in-state problem of each arm alone.
        BetaBernoulliBeliefs uncertain = new BetaBernoulliBeliefs(1, 1, 12);
        BetaBernoulliBeliefs known = new BetaBernoulliBeliefs(30, 20, 12);
        LearningAllocation model = new LearningAllocation(List.of(uncertain, known), 0.9);
        DynamicEnvironment env = model.environment();
        DynamicPivotMechanism pivot = DynamicPivotMechanism.of(env, 1e-11);
        int checked = 0;
        for (int k1 = 0; k1 + 0 < 12; k1++) {
            for (int f1 = 0; k1 + f1 < 12; f1++) {
                for (int k2 = 0; k2 < 2; k2++) {
                    double g1 = GittinsIndex.ofBelief(uncertain, k1, f1, 0.9, 1e-12).index();
                    double g2 = GittinsIndex.ofBelief(known, k2, 0, 0.9, 1e-12).index();
                    if (Math.abs(g1 - g2) > 1e-6) {
                        int s = env.state(uncertain.state(k1, f1), known.state(k2, 0));
                        assertEquals(g1 > g2 ? 0 : 1, pivot.allocation(s), "k1=" + k1 + " f1=" + f1 + " k2=" + k2);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 100);
        assertEquals(0, pivot.allocation(model.initialState()));
    }

    @Test
    void learningAllocationIsIncentiveCompatibleAndIndividuallyRational() {
        LearningAllocation model = new LearningAllocation(List.of(new BetaBernoulliBeliefs(1, 1, 8),
                new BetaBernoulliBeliefs(2, 1, 8)), 0.85);
        DynamicPivotMechanism pivot = DynamicPivotMechanism.of(model.environment(), 1e-11);
        assertTrue(pivot.largestDeviationGain() <= 1e-7, "gain " + pivot.largestDeviationGain());
        assertTrue(pivot.smallestTruthfulUtility() >= -1e-7);
        assertEquals(Status.OPTIMAL, pivot.status());
        assertTrue(pivot.largestResidual() <= 1e-11);
    }

    @Test
    void simulatedSchedulingPathServesInOrderOfValue() {
        DynamicPivotMechanism pivot = DynamicPivotMechanism.of(SCHEDULING.environment(), 1e-12);
        PivotPath path = pivot.simulate(SCHEDULING.initialState(), 3, new SplittableRandom(1));
        assertEquals(0, path.allocation(0));
        assertEquals(1, path.allocation(1));
        assertEquals(2, path.allocation(2));
        assertEquals(0.29, path.payment(0, 0), 1e-9);
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DynamicPivotMechanism.of(SCHEDULING.environment(), 0));
        DynamicPivotMechanism pivot = DynamicPivotMechanism.of(SCHEDULING.environment(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> pivot.simulate(-1, 3, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> pivot.simulate(0, 0, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> TaskScheduling.of(1.0, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> TaskScheduling.of(0.9, 3, -2));
    }
}
