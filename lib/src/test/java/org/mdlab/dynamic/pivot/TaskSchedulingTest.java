package org.mdlab.dynamic.pivot;

import org.mdlab.dynamic.MarkovDecisionProblem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TaskSchedulingTest {

    @Test
    void typesAreGoneOrAValueOfTheInstance() {
        TaskScheduling instance = TaskScheduling.of(0.9, 3, 1, 3);
        assertArrayEquals(new double[] {1, 3}, instance.grid(), 0);
        DynamicEnvironment env = instance.environment();
        assertEquals(27, env.stateCount());
        int s = instance.initialState();
        assertEquals(2, env.type(s, 0));
        assertEquals(1, env.type(s, 1));
        assertEquals(3, env.value(0, s, 0), 0);
        assertEquals(0, env.value(0, s, 1), 0);
    }

    @Test
    void servingAnAgentRemovesItAndNobodyElse() {
        TaskScheduling instance = TaskScheduling.of(0.9, 3, 2);
        DynamicEnvironment env = instance.environment();
        MarkovDecisionProblem mdp = env.socialProblem(-1);
        int s = instance.initialState();
        double[] indicator = new double[env.stateCount()];
        indicator[env.withType(s, 0, 0)] = 1;
        assertEquals(1, mdp.expectation(s, 0, indicator), 0);
        assertEquals(0, mdp.expectation(s, 2, indicator), 0);
    }
}
