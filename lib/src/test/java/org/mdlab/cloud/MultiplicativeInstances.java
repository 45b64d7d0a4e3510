package org.mdlab.cloud;

import java.util.SplittableRandom;

final class MultiplicativeInstances {

    /** The hand example: θ = (2, 3), g = (1/2, 1/2), ε ∈ {1, 2} equally likely, u = q - q²/2, c = 1/2. */
    static final MultiplicativeDemand HAND = new MultiplicativeDemand(new double[] {2, 3}, new double[] {0.5, 0.5},
            new double[] {1, 2}, new double[] {0.5, 0.5}, ConcaveUsageValue.QUADRATIC, 0.5);

    private MultiplicativeInstances() {
    }

    /** A random instance whose virtual signals are positive with θ̃_i/θ_i non-decreasing (redrawn until so). */
    static MultiplicativeDemand random(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        while (true) {
            int n = rng.nextInt(2, 5);
            double[] theta = new double[n];
            double[] g = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                theta[i] = i == 0 ? rng.nextDouble(1, 2) : theta[i - 1] + rng.nextDouble(0.05, 0.6);
                g[i] = rng.nextDouble(0.2, 1);
                sum += g[i];
            }
            for (int i = 0; i < n; i++) {
                g[i] /= sum;
            }
            ConcaveUsageValue u = rng.nextBoolean() ? ConcaveUsageValue.QUADRATIC : ConcaveUsageValue.LOGARITHMIC;
            MultiplicativeDemand d = MultiplicativeDemand.uniformShocks(theta, g, rng.nextDouble(0.3, 1),
                    rng.nextDouble(1.2, 2.5), rng.nextInt(1, 13), u, rng.nextDouble(0.1, 0.6));
            if (implementable(d)) {
                return d;
            }
        }
    }

    static boolean implementable(MultiplicativeDemand d) {
        double[] virtual = d.virtualSignals();
        double[] theta = d.signals();
        for (int i = 0; i < theta.length; i++) {
            if (!(virtual[i] > 0) || (i > 0 && virtual[i] / theta[i] < virtual[i - 1] / theta[i - 1])) {
                return false;
            }
        }
        return true;
    }
}
