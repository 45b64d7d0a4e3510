package org.mdlab.segmentation;

import java.util.SplittableRandom;
import org.mdlab.market.Market;

/** Seeded random markets for the property tests: increasing positive values, random positive masses. */
final class RandomMarkets {

    private RandomMarkets() {
    }

    static Market of(long seed, int k) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[k];
        double[] p = new double[k];
        double level = 0;
        double total = 0;
        for (int i = 0; i < k; i++) {
            level += 0.05 + rng.nextDouble();
            v[i] = level;
            p[i] = 0.01 + rng.nextDouble();
            total += p[i];
        }
        for (int i = 0; i < k; i++) {
            p[i] /= total;
        }
        return Market.of(v, p);
    }
}
