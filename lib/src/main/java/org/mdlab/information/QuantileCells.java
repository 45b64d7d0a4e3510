package org.mdlab.information;

import java.util.function.DoubleUnaryOperator;

/**
 * A prior quantile function {@code F⁻¹} averaged over {@code N} equal quantile cells (Simpson's rule with
 * {@value #SIMPSON_INTERVALS} intervals per cell, exact for cubics). The cell means are a mean-preserving
 * contraction of the prior, so any distribution majorized by them is feasible for the prior itself.
 */
final class QuantileCells {

    private static final int SIMPSON_INTERVALS = 10;

    private QuantileCells() {
    }

    /** The cell means of {@code inverseCdf}; rejects a non-finite or decreasing quantile function. */
    static double[] means(DoubleUnaryOperator inverseCdf, int cells) {
        double[] means = new double[cells];
        for (int k = 0; k < cells; k++) {
            double a = (double) k / cells;
            double h = 1.0 / cells / SIMPSON_INTERVALS;
            double sum = 0;
            for (int j = 0; j <= SIMPSON_INTERVALS; j++) {
                double c = j == 0 || j == SIMPSON_INTERVALS ? 1 : (j % 2 == 1 ? 4 : 2);
                double value = inverseCdf.applyAsDouble(Math.min(1.0, a + j * h));
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("inverseCdf must be finite (got " + value + " at "
                            + (a + j * h) + ")");
                }
                sum += c * value;
            }
            means[k] = sum * h / 3 * cells;
        }
        double scale = Math.max(Math.abs(means[0]), Math.abs(means[cells - 1]));
        for (int k = 1; k < cells; k++) {
            if (means[k] < means[k - 1] - 1e-12 * scale) {
                throw new IllegalArgumentException("inverseCdf must be non-decreasing (cell means " + means[k - 1]
                        + " then " + means[k] + ")");
            }
        }
        return means;
    }
}
