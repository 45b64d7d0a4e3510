package org.mdlab.bench.segmentation;

import java.util.SplittableRandom;
import org.mdlab.market.Market;

/** Seeded random markets for the segmentation benchmarks: K increasing values, positive random masses. */
final class BenchmarkMarkets {

    private BenchmarkMarkets() {
    }

    /**
     * A market with {@code k} values {@code v_i = v_{i-1} + U(0.05, 1.05)} and masses proportional to
     * {@code U(0.01, 1.01)}.
     *
     * @param k    the number of values
     * @param seed the seed of the {@link SplittableRandom}
     * @return the market
     */
    static Market random(int k, long seed) {
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
