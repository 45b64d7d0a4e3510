package org.mdlab.market;

/**
 * Ironing of virtual values (Myerson 1981, Section 6; Mussa and Rosen 1978, Section 4): the
 * non-decreasing sequence closest in weighted least squares to the virtual values, equivalently the
 * slopes of the concave hull of the revenue curve in quantile space. Computed by pooling adjacent
 * violators: a block of adjacent types whose virtual values decrease is replaced by their
 * weighted average. Runs in {@code O(n)}.
 */
public final class Ironing {

    private Ironing() {
    }

    /**
     * The ironed virtual values.
     *
     * @param virtualValues the virtual values of the types in increasing type order; finite, non-empty
     * @param weights       the probability mass of each type; finite, {@code > 0}, same length
     * @return the ironed values: non-decreasing, constant on pooled blocks, with the same weighted sum
     * @throws IllegalArgumentException if the arrays are empty, of different lengths, or contain a
     *                                  non-finite value or a non-positive weight
     */
    public static double[] ironed(double[] virtualValues, double[] weights) {
        Arguments.notNull("virtualValues", virtualValues);
        Arguments.notNull("weights", weights);
        if (virtualValues.length == 0 || virtualValues.length != weights.length) {
            throw new IllegalArgumentException("virtualValues and weights must be non-empty and of equal length (got "
                    + virtualValues.length + " and " + weights.length + ")");
        }
        int n = virtualValues.length;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(virtualValues[i])) {
                throw new IllegalArgumentException("virtualValues must be finite (got " + virtualValues[i] + " at " + i + ")");
            }
            if (!Double.isFinite(weights[i]) || weights[i] <= 0) {
                throw new IllegalArgumentException("weights must be finite and > 0 (got " + weights[i] + " at " + i + ")");
            }
        }
        double[] blockMean = new double[n];
        double[] blockWeight = new double[n];
        int[] blockEnd = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            blockMean[blocks] = virtualValues[i];
            blockWeight[blocks] = weights[i];
            blockEnd[blocks] = i;
            blocks++;
            while (blocks > 1 && blockMean[blocks - 2] > blockMean[blocks - 1]) {
                double w = blockWeight[blocks - 2] + blockWeight[blocks - 1];
                blockMean[blocks - 2] = (blockMean[blocks - 2] * blockWeight[blocks - 2]
                        + blockMean[blocks - 1] * blockWeight[blocks - 1]) / w;
                blockWeight[blocks - 2] = w;
                blockEnd[blocks - 2] = blockEnd[blocks - 1];
                blocks--;
            }
        }
        double[] result = new double[n];
        int start = 0;
        for (int b = 0; b < blocks; b++) {
            for (int i = start; i <= blockEnd[b]; i++) {
                result[i] = blockMean[b];
            }
            start = blockEnd[b] + 1;
        }
        return result;
    }
}
