package org.mdlab.dynamic.pivot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BetaBernoulliBeliefsTest {

    @Test
    void statesEnumerateAllCountsUpToTheDepth() {
        BetaBernoulliBeliefs beliefs = new BetaBernoulliBeliefs(1, 1, 7);
        assertEquals(36, beliefs.stateCount());
        for (int k = 0; k <= 7; k++) {
            for (int f = 0; k + f <= 7; f++) {
                int s = beliefs.state(k, f);
                assertEquals(k, beliefs.successes(s));
                assertEquals(f, beliefs.failures(s));
            }
        }
    }

    @Test
    void posteriorMeanAndTransitionsFollowBayesRule() {
        // Beta(2, 3) after 1 success and 2 failures is Beta(3, 5) with mean 3/8.
        BetaBernoulliBeliefs beliefs = new BetaBernoulliBeliefs(2, 3, 4);
        int s = beliefs.state(1, 2);
        assertEquals(3.0 / 8, beliefs.mean(s), 1e-15);
        assertEquals(beliefs.state(2, 2), beliefs.afterSuccess(s));
        assertEquals(beliefs.state(1, 3), beliefs.afterFailure(s));
        int edge = beliefs.state(4, 0);
        assertEquals(edge, beliefs.afterSuccess(edge));
    }

    @Test
    void invalidParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BetaBernoulliBeliefs(0, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> new BetaBernoulliBeliefs(1, -1, 3));
        assertThrows(IllegalArgumentException.class, () -> new BetaBernoulliBeliefs(1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new BetaBernoulliBeliefs(1, 1, 3).state(2, 2));
    }
}
