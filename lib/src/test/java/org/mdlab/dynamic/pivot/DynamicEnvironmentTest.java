package org.mdlab.dynamic.pivot;

import org.mdlab.dynamic.MarkovDecisionProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DynamicEnvironmentTest {

    private static AgentProcess coin(double stay) {
        return new AgentProcess(new double[][] {{0, 1}, {2, 0}},
                new double[][][] {{{stay, 1 - stay}, {1 - stay, stay}}, {{1, 0}, {0, 1}}});
    }

    @Test
    void statesNumberTypeProfilesInMixedRadix() {
        DynamicEnvironment env = new DynamicEnvironment(List.of(coin(0.5), coin(0.7)), 0.9);
        assertEquals(4, env.stateCount());
        int s = env.state(1, 0);
        assertEquals(1, env.type(s, 0));
        assertEquals(0, env.type(s, 1));
        assertEquals(env.state(1, 1), env.withType(s, 1, 1));
    }

    @Test
    void jointTransitionIsTheProductOfTheAgentsTransitions() {
        // From (0, 0) under action 0: P((1, 1)) = (1 - 0.5)(1 - 0.7) = 0.15.
        DynamicEnvironment env = new DynamicEnvironment(List.of(coin(0.5), coin(0.7)), 0.9);
        MarkovDecisionProblem mdp = env.socialProblem(-1);
        double[] indicator = new double[4];
        indicator[env.state(1, 1)] = 1;
        assertEquals(0.15, mdp.expectation(env.state(0, 0), 0, indicator), 1e-15);
        // Social reward at (1, 0), action 0: v_0(1, 0) + v_1(0, 0) = 2 + 0.
        assertEquals(2, mdp.reward(env.state(1, 0), 0), 0);
        assertEquals(0, env.socialProblem(0).reward(env.state(1, 0), 0), 0);
    }

    @Test
    void inconsistentAgentsAreRejected() {
        AgentProcess threeActions = new AgentProcess(new double[][] {{0, 0, 0}},
                new double[][][] {{{1}}, {{1}}, {{1}}});
        assertThrows(IllegalArgumentException.class, () -> new DynamicEnvironment(List.of(coin(0.5), threeActions), 0.9));
        assertThrows(IllegalArgumentException.class, () -> new DynamicEnvironment(List.of(), 0.9));
        assertThrows(IllegalArgumentException.class, () -> new DynamicEnvironment(List.of(coin(0.5)), 1.5));
        assertThrows(IllegalArgumentException.class, () -> new AgentProcess(new double[][] {{0}},
                new double[][][] {{{0.9}}}));
    }
}
