package org.mdlab.information;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BeliefSplitTest {

    @Test
    void posteriorsMustBeProbabilityVectors() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new BeliefSplit(1, new double[][] {{0.5, 4.5}}, new double[] {1})).getMessage()
                .contains("posteriors[0]"));
    }

    @Test
    void lengthsMustAgree() {
        assertThrows(IllegalArgumentException.class,
                () -> new BeliefSplit(1, new double[][] {{1, 0}}, new double[] {0.5, 0.5}));
    }

    @Test
    void arraysAreCopied() {
        double[] probabilities = {1};
        BeliefSplit split = new BeliefSplit(1, new double[][] {{1, 0}}, probabilities);
        probabilities[0] = 7;
        assertArrayEquals(new double[] {1}, split.probabilities(), 0);
    }
}
