package org.mdlab.estimator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Estimator} honours, run against each implementation: expectations are
 * those of a probability law (constants are their own expectation, linearity, positivity), the bias
 * and mean absolute error follow from them ({@code MAE >= |bias|} by Jensen), and bad arguments are
 * refused with an {@link IllegalArgumentException} naming them. Each implementation has a subclass
 * ({@code FullRevelationContractTest}, {@code SampleMeanContractTest}, ...).
 */
abstract class EstimatorContractTest {

    /** Tolerance of the identities: exact laws sum probabilities to 1 within 1e-12. */
    private static final double TOLERANCE = 1e-12;

    abstract Estimator estimator();

    abstract double[] states();

    @Test
    void aConstantIsItsOwnExpectation() {
        for (double w : states()) {
            assertEquals(3.5, estimator().expectation(w, e -> 3.5), TOLERANCE * 3.5);
        }
    }

    @Test
    void expectationsAreLinear() {
        for (double w : states()) {
            double mean = estimator().expectation(w, e -> e);
            double affine = estimator().expectation(w, e -> 2 * e - 1);
            assertEquals(2 * mean - 1, affine, TOLERANCE * (1 + Math.abs(affine)));
        }
    }

    @Test
    void expectationsOfNonNegativeFunctionsAreNonNegative() {
        for (double w : states()) {
            assertTrue(estimator().expectation(w, e -> e * e) >= 0);
        }
    }

    @Test
    void theMeanAbsoluteErrorBoundsTheBias() {
        for (double w : states()) {
            double bias = estimator().bias(w);
            assertEquals(estimator().expectation(w, e -> e) - w, bias, TOLERANCE * (1 + Math.abs(w)));
            assertTrue(estimator().meanAbsoluteError(w) >= Math.abs(bias) - TOLERANCE);
        }
    }

    @Test
    void aNullFunctionIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> estimator().expectation(states()[0], null));
        assertTrue(e.getMessage().contains("g"), e.getMessage());
    }
}
