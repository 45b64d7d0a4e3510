package org.mdlab.mechanism;

import java.util.ArrayList;
import java.util.List;

/**
 * Combinatorial auctions of a few items as finite {@link Environment}s (Cramton, Shoham and
 * Steinberg 2006, ch. 1): an outcome assigns every item to one bidder or to nobody, so there are
 * {@code (n + 1)^m} outcomes; a bidder's type is a bundle valuation
 * {@code values[bundle]} indexed by the bit mask of the items in the bundle, with value 0 for the empty bundle.
 */
public final class CombinatorialAuction {

    private static final int MAX_ITEMS = 6;

    private CombinatorialAuction() {
    }

    /**
     * The environment.
     *
     * @param items             the number of items, {@code 1..6}
     * @param bundleValues      {@code bundleValues[j][k][mask]}: bidder j's type k's value of bundle {@code mask}; length {@code 2^items}, {@code [0] == 0}
     * @param typeProbabilities {@code typeProbabilities[j]}: bidder j's prior over its types
     * @return the environment; outcome {@code x} in base {@code n + 1}, digit {@code g} = 0 (unsold) or {@code j + 1} (item g to bidder j)
     * @throws IllegalArgumentException if an argument breaks a rule
     */
    public static Environment of(int items, double[][][] bundleValues, double[][] typeProbabilities) {
        if (items < 1 || items > MAX_ITEMS) {
            throw new IllegalArgumentException("items must be in 1.." + MAX_ITEMS + " (got " + items + ")");
        }
        if (bundleValues == null || typeProbabilities == null || bundleValues.length == 0
                || bundleValues.length != typeProbabilities.length) {
            throw new IllegalArgumentException("bundleValues and typeProbabilities must be non-empty with one entry per bidder");
        }
        int n = bundleValues.length;
        int outcomes = (int) Math.pow(n + 1, items);
        List<String> labels = new ArrayList<>(outcomes);
        int[][] bundles = new int[outcomes][n];
        for (int x = 0; x < outcomes; x++) {
            StringBuilder label = new StringBuilder();
            int rest = x;
            for (int g = 0; g < items; g++) {
                int owner = rest % (n + 1);
                rest /= n + 1;
                if (owner > 0) {
                    bundles[x][owner - 1] |= 1 << g;
                }
                label.append(g == 0 ? "" : " ").append((char) ('A' + g)).append(':').append(owner == 0 ? "-" : String.valueOf(owner));
            }
            labels.add(label.toString());
        }
        List<Agent> agents = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            double[][] types = bundleValues[j];
            if (types == null || types.length == 0) {
                throw new IllegalArgumentException("bundleValues[" + j + "] must have at least one type");
            }
            double[][] valuations = new double[types.length][outcomes];
            for (int k = 0; k < types.length; k++) {
                if (types[k] == null || types[k].length != 1 << items || types[k][0] != 0) {
                    throw new IllegalArgumentException("bundleValues[" + j + "][" + k + "] must have length 2^items = "
                            + (1 << items) + " and value 0 for the empty bundle");
                }
                for (int x = 0; x < outcomes; x++) {
                    valuations[k][x] = types[k][bundles[x][j]];
                }
            }
            agents.add(new Agent("bidder " + (j + 1), typeProbabilities[j], valuations));
        }
        return new Environment(labels, agents);
    }
}
