package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;

class EnvironmentTest {

    private final Environment env = Environment.singleItem(List.of(Market.uniform(1, 2), Market.uniform(1, 2, 3)));

    @Test
    void profilesAreNumberedWithAgentZeroFastest() {
        assertEquals(6, env.profiles());
        assertArrayEquals(new int[]{1, 2}, env.profile(5));
        for (int r = 0; r < env.profiles(); r++) {
            assertEquals(r, env.index(env.profile(r)));
        }
        assertEquals(env.index(new int[]{0, 2}), env.replace(5, 0, 0));
    }

    @Test
    void profileProbabilitiesMultiplyTheIndependentPriors() {
        // 1/2 * 1/3
        assertEquals(1.0 / 6.0, env.probability(3), 1e-15);
    }

    @Test
    void emptyAgentListsAndMismatchedOutcomesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Environment(List.of("x"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Environment(List.of("x", "y"),
                List.of(new Agent("a", new double[]{1}, new double[][]{{1}}))));
        assertThrows(IllegalArgumentException.class, () -> Environment.singleItem(List.of()));
    }
}
