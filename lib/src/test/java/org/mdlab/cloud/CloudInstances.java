package org.mdlab.cloud;

import java.util.SplittableRandom;
import org.mdlab.market.ConvexCost;

final class CloudInstances {

    // Two signals with probability 1/2; values {1, 2}; f_0 = (3/4, 1/4), f_1 = (1/4, 3/4); c(q) = q^2/2, Q = 3.
    static final CloudDemand TWO_BY_TWO = new CloudDemand(new double[] {0.5, 0.5}, new double[] {1, 2},
            new double[][] {{0.75, 0.25}, {0.25, 0.75}}, ConvexCost.quadratic(1, 3));

    private CloudInstances() {
    }

    static CloudDemand random(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int signals = 2 + r.nextInt(2);
        double[] g = normalised(r, signals);
        double[] tilts = new double[signals];
        tilts[0] = 0.5 + r.nextDouble();
        for (int i = 1; i < signals; i++) {
            tilts[i] = tilts[i - 1] * (1.05 + 0.5 * r.nextDouble());
        }
        double[] values = new double[3 + r.nextInt(3)];
        values[0] = 0.5 + r.nextDouble();
        for (int k = 1; k < values.length; k++) {
            values[k] = values[k - 1] + 0.2 + r.nextDouble();
        }
        return CloudDemand.tilted(g, values, tilts, ConvexCost.quadratic(0.5 + r.nextDouble(), 2 * values[values.length - 1]));
    }

    private static double[] normalised(SplittableRandom r, int n) {
        double[] p = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            p[k] = 0.2 + r.nextDouble();
            sum += p[k];
        }
        for (int k = 0; k < n; k++) {
            p[k] /= sum;
        }
        return p;
    }
}
