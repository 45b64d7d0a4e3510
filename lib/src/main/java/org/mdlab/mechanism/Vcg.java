package org.mdlab.mechanism;

/**
 * The Vickrey–Clarke–Groves mechanism with the Clarke pivot rule for a finite outcome set
 * (Vickrey 1961; Clarke 1971; Groves 1973; Mas-Colell, Whinston and Green 1995, Prop. 23.C.4):
 * at every reported profile choose an outcome maximising {@code sum_i v_i(θ_i, x)} (ties to the
 * lowest outcome index) and charge agent i the externality
 * {@code max_x sum_{j≠i} v_j(θ_j, x) - sum_{j≠i} v_j(θ_j, x*)}. Truth-telling is dominant.
 * Complexity: {@code O(P * n * X)}.
 */
public final class Vcg {

    private Vcg() {
    }

    /**
     * The VCG mechanism with Clarke pivot payments.
     *
     * @param env the environment
     * @return the mechanism
     */
    public static DirectMechanism clarkePivot(Environment env) {
        int profiles = env.profiles();
        int outcomes = env.outcomeCount();
        int n = env.size();
        double[][] allocation = new double[profiles][outcomes];
        double[][] payments = new double[profiles][n];
        for (int r = 0; r < profiles; r++) {
            int[] types = env.profile(r);
            int efficient = efficientOutcome(env, types);
            allocation[r][efficient] = 1;
            for (int i = 0; i < n; i++) {
                double withoutI = Double.NEGATIVE_INFINITY;
                for (int x = 0; x < outcomes; x++) {
                    withoutI = Math.max(withoutI, othersValue(env, types, i, x));
                }
                payments[r][i] = withoutI - othersValue(env, types, i, efficient);
            }
        }
        return new DirectMechanism(env, allocation, payments);
    }

    /**
     * An outcome maximising total value at the profile, ties to the lowest index.
     *
     * @param env   the environment
     * @param types the types, agent by agent
     * @return the efficient outcome
     */
    public static int efficientOutcome(Environment env, int[] types) {
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < env.outcomeCount(); x++) {
            double w = 0;
            for (int i = 0; i < types.length; i++) {
                w += env.agent(i).value(types[i], x);
            }
            if (w > bestValue) {
                bestValue = w;
                best = x;
            }
        }
        return best;
    }

    private static double othersValue(Environment env, int[] types, int i, int x) {
        double w = 0;
        for (int j = 0; j < types.length; j++) {
            if (j != i) {
                w += env.agent(j).value(types[j], x);
            }
        }
        return w;
    }
}
