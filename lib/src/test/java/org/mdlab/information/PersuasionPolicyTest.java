package org.mdlab.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersuasionPolicyTest {

    @Test
    void recommendationsAreProbabilities() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new PersuasionPolicy(new double[][] {{1.5}}, 1)).getMessage().contains("recommendation[0][0]"));
    }

    @Test
    void actionProbabilityAveragesOverThePrior() {
        // 0.3·1 + 0.7·0.5 = 0.65
        PersuasionPolicy policy = new PersuasionPolicy(new double[][] {{1, 0.5}, {0, 0.5}}, 0);
        assertEquals(0.65, policy.actionProbability(new double[] {0.3, 0.7}, 0), 1e-15);
    }

    @Test
    void actionIndexIsChecked() {
        PersuasionPolicy policy = new PersuasionPolicy(new double[][] {{1, 0.5}, {0, 0.5}}, 0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> policy.actionProbability(new double[] {0.3, 0.7}, 2))
                .getMessage().startsWith("a must lie in [0, 2)"));
    }
}
