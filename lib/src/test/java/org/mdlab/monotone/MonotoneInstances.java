package org.mdlab.monotone;

import java.util.SplittableRandom;

/** Seeded random instances for the tests of this package. */
final class MonotoneInstances {

    private MonotoneInstances() {
    }

    /** A random monotone function: the running maximum of i.i.d. uniforms, rounded to {@code levels} values. */
    static double[] monotoneFunction(TypeGrid grid, long seed, int levels) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] f = new double[grid.size()];
        for (int point = 0; point < f.length; point++) {
            f[point] = Math.floor(random.nextDouble() * (levels + 1)) / levels;
        }
        for (int point = 0; point < f.length; point++) {
            for (int i = 0; i < grid.agents(); i++) {
                int next = grid.successor(point, i);
                if (next >= 0) {
                    f[next] = Math.max(f[next], f[point]);
                }
            }
        }
        return f;
    }

    /** A random prior with every probability at least {@code 0.05}. */
    static double[] prior(int size, SplittableRandom random) {
        double[] p = new double[size];
        double sum = 0;
        for (int x = 0; x < size; x++) {
            p[x] = 0.05 + random.nextDouble();
            sum += p[x];
        }
        for (int x = 0; x < size; x++) {
            p[x] /= sum;
        }
        return p;
    }
}
