package org.mdlab.dynamic.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PosteriorSplitTest {

    @Test
    void periodOneSaleProbabilityAddsTheWeightsOfSellingPosteriors() {
        PosteriorSplit split = new PosteriorSplit(0.75, new double[] {0.5, 1}, new double[] {0.5, 0.5},
                new boolean[] {false, true}, 1.45);
        assertEquals(0.5, split.periodOneSaleProbability(), 0);
    }

    @Test
    void splitsThatAreNotBayesPlausibleAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PosteriorSplit(0.6, new double[] {0.5, 1},
                new double[] {0.5, 0.5}, new boolean[] {false, true}, 1));
        assertThrows(IllegalArgumentException.class, () -> new PosteriorSplit(0.75, new double[] {0.5, 1},
                new double[] {0.6, 0.5}, new boolean[] {false, true}, 1));
        assertThrows(IllegalArgumentException.class, () -> new PosteriorSplit(0.75, new double[] {0.5},
                new double[] {1}, new boolean[] {false, true}, 1));
    }
}
