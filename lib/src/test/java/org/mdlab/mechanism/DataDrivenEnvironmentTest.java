package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataDrivenEnvironmentTest {

    private static final StateUtility ZERO = (i, type, x, w) -> 0;

    @Test
    void thePosteriorOfTheImpossibilityInstanceRevealsTheState() {
        // s_1 = ω: the prior puts 1/2 on (ω = 0, s = 0) and on (ω = 1, s = 1)
        DataDrivenEnvironment env = DataDrivenExamples.messageDrivenImpossibility();
        assertArrayEquals(new double[]{1, 0}, env.posterior(0), 1e-15);
        assertArrayEquals(new double[]{0, 1}, env.posterior(1), 1e-15);
        assertEquals(0.5, env.signalProbability(1), 1e-15);
        assertEquals(2, env.typeProfiles());
    }

    @Test
    void aPriorThatIsNotADistributionIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DataDrivenEnvironment(List.of("x"),
                new double[]{0, 1}, new int[]{1}, new int[]{1}, new double[][]{{0.5}, {0.47}}, ZERO));
        assertTrue(e.getMessage().contains("sum to 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DataDrivenEnvironment(List.of("x"),
                new double[]{0, 1}, new int[]{1}, new int[]{1}, new double[][]{{1.5}, {-0.5}}, ZERO));
    }

    @Test
    void emptyTypeSetsAndNonFiniteStatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DataDrivenEnvironment(List.of("x"),
                new double[]{0}, new int[]{0}, new int[]{1}, new double[][]{{1}}, ZERO));
        assertThrows(IllegalArgumentException.class, () -> new DataDrivenEnvironment(List.of("x"),
                new double[]{Double.NaN}, new int[]{1}, new int[]{1}, new double[][]{{1}}, ZERO));
        assertThrows(IllegalArgumentException.class, () -> new DataDrivenEnvironment(List.of(),
                new double[]{0}, new int[]{1}, new int[]{1}, new double[][]{{1}}, ZERO));
    }

    @Test
    void aSignalProfileOfProbabilityZeroHasNoPosterior() {
        DataDrivenEnvironment env = new DataDrivenEnvironment(List.of("x"), new double[]{0}, new int[]{1}, new int[]{2},
                new double[][]{{1, 0}}, ZERO);
        assertThrows(IllegalArgumentException.class, () -> env.posterior(1));
    }
}
