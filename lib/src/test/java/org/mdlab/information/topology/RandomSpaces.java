package org.mdlab.information.topology;

import java.util.SplittableRandom;

/** Seeded random type spaces and games for the property tests. */
final class RandomSpaces {

    private RandomSpaces() {
    }

    /** A prior with every entry positive: uniform draws in [0.05, 1), normalised. */
    static TypeSpace typeSpace(SplittableRandom rng, int states, int n1, int n2) {
        double[][][] p = new double[states][n1][n2];
        double sum = 0;
        for (double[][] a : p) {
            for (double[] b : a) {
                for (int k = 0; k < b.length; k++) {
                    b[k] = 0.05 + rng.nextDouble();
                    sum += b[k];
                }
            }
        }
        for (double[][] a : p) {
            for (double[] b : a) {
                for (int k = 0; k < b.length; k++) {
                    b[k] /= sum;
                }
            }
        }
        return TypeSpace.of(p);
    }

    /** A prior with about a third of the entries zero (every type kept positive). */
    static TypeSpace sparseTypeSpace(SplittableRandom rng, int states, int n1, int n2) {
        while (true) {
            double[][][] p = new double[states][n1][n2];
            double sum = 0;
            for (double[][] a : p) {
                for (double[] b : a) {
                    for (int k = 0; k < b.length; k++) {
                        b[k] = rng.nextInt(3) == 0 ? 0 : 0.05 + rng.nextDouble();
                        sum += b[k];
                    }
                }
            }
            for (double[][] a : p) {
                for (double[] b : a) {
                    for (int k = 0; k < b.length; k++) {
                        b[k] /= sum;
                    }
                }
            }
            try {
                return TypeSpace.of(p);
            } catch (IllegalArgumentException typeWithoutMass) {
                // draw again
            }
        }
    }

    /** Payoffs uniform in [-1, 1]. */
    static FiniteGame game(SplittableRandom rng, int states, int m1, int m2) {
        double[][][] u1 = new double[states][m1][m2];
        double[][][] u2 = new double[states][m1][m2];
        for (int s = 0; s < states; s++) {
            for (int a = 0; a < m1; a++) {
                for (int b = 0; b < m2; b++) {
                    u1[s][a][b] = 2 * rng.nextDouble() - 1;
                    u2[s][a][b] = 2 * rng.nextDouble() - 1;
                }
            }
        }
        return FiniteGame.of(u1, u2);
    }
}
