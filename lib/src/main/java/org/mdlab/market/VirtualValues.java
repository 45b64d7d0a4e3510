package org.mdlab.market;

/**
 * Discrete virtual values and their ironing (Myerson 1981, §6; Bulow and Roberts 1989). For values
 * {@code v_1 < ... < v_K} with masses {@code f_k > 0} and upper quantiles {@code q_k = P(v >= v_k)},
 * the revenue curve has points {@code (q_k, R_k = v_k q_k)} and {@code (0, 0)}; the virtual value of
 * {@code v_k} is the slope of the revenue curve between {@code q_{k+1}} and {@code q_k}:
 * {@code φ_k = (v_k q_k - v_{k+1} q_{k+1}) / f_k = v_k - (v_{k+1} - v_k) q_{k+1} / f_k}.
 * The ironed virtual values are the slopes of the least concave majorant of the revenue curve; they
 * are non-decreasing and equal to the mass-weighted mean of {@code φ} on every ironed interval.
 */
public final class VirtualValues {

    private VirtualValues() {
    }

    /**
     * The virtual value of each value of the market, in increasing order of values.
     *
     * @param market the value distribution; every probability positive
     * @return {@code φ_k}
     * @throws IllegalArgumentException if a value has probability 0
     */
    public static double[] of(Market market) {
        Arguments.notNull("market", market);
        requirePositive(market);
        return of(market.values(), market.probabilities());
    }

    /**
     * The virtual values of types {@code t_1 < ... < t_K} (valuations, or marginal valuations in
     * screening: Maskin and Riley 1984) with masses {@code f_k > 0}, by the formula above.
     *
     * @param types         strictly increasing, finite, non-empty
     * @param probabilities the masses, each positive, as many as types, summing to 1
     * @return {@code φ_k}
     * @throws IllegalArgumentException if an array is null, the types are not strictly increasing, the
     *                                  lengths differ, or the masses are not a positive probability vector
     */
    public static double[] of(double[] types, double[] probabilities) {
        Arguments.strictlyIncreasing("types", types);
        Arguments.probabilities("probabilities", probabilities);
        if (types.length != probabilities.length) {
            throw new IllegalArgumentException("types and probabilities must have the same length (got "
                    + types.length + " and " + probabilities.length + ")");
        }
        int k = types.length;
        double[] phi = new double[k];
        double above = 0;
        for (int j = k - 1; j >= 0; j--) {
            if (!(probabilities[j] > 0)) {
                throw new IllegalArgumentException("virtual values need positive probabilities (got "
                        + probabilities[j] + " at type " + types[j] + ")");
            }
            phi[j] = j + 1 < k ? types[j] - (types[j + 1] - types[j]) * above / probabilities[j] : types[j];
            above += probabilities[j];
        }
        return phi;
    }

    /**
     * The ironed virtual values: the virtual values pooled, weighted by mass, wherever they decrease
     * ({@link Ironing#ironed}), which are the slopes of the least concave majorant of the revenue curve.
     *
     * @param market the value distribution; every probability positive
     * @return non-decreasing ironed virtual values
     * @throws IllegalArgumentException if a value has probability 0
     */
    public static double[] ironed(Market market) {
        Arguments.notNull("market", market);
        return Ironing.ironed(of(market), market.probabilities());
    }

    private static void requirePositive(Market market) {
        for (int j = 0; j < market.size(); j++) {
            if (market.probability(j) <= 0) {
                throw new IllegalArgumentException("virtual values need positive probabilities (got "
                        + market.probability(j) + " at value " + market.value(j) + ")");
            }
        }
    }
}
