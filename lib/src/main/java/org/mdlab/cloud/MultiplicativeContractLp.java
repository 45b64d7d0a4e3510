package org.mdlab.cloud;

import org.mdlab.market.Arguments;
import org.mdlab.market.Scale;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * The best sequential mechanism for the multiplicative-shock model ({@link MultiplicativeDemand}; a derived
 * variant of Bergemann and Wang 2025, arXiv 2502.08022, Section 2) by linear programming over lotteries:
 * usage takes the levels {@code x_l = l Q/L}, each report (signal {@code i}, shock {@code k}) gets a lottery
 * {@code π_{ik}} over levels and a payment {@code t_{ik}}. Constraints: lotteries sum to 1; ex-post IC
 * between every pair of shock reports within a signal; ex-ante IR; ex-ante IC against every other signal's
 * contract followed by the deviator's best shock report at every shock — the double deviation, linearised
 * by variables {@code σ_{ijk} ≥ θ_i ε_k E_{π_{jm}} u - t_{jm}} for every {@code m}. Every solution is a
 * feasible (randomised) mechanism, so its profit is a lower bound on the optimum, and no mechanism beats
 * {@link MultiplicativeDemand#relaxedBound()}. Size: {@code IK(L + 2) + I²K} variables and
 * {@code O(I²K²)} constraints.
 */
public final class MultiplicativeContractLp {

    private MultiplicativeContractLp() {
    }

    /** The largest number of LP variables {@code IK(L + 2) + I²K} accepted. */
    public static final long MAX_VARIABLES = 200_000;

    /**
     * Solves the LP with default options.
     *
     * @param demand   the demand model; not null
     * @param levels   the number {@code L} of usage steps, {@code >= 1}
     * @param maxUsage the largest usage level {@code Q}; finite and {@code > 0}
     * @return the optimal profit of a lottery mechanism on the grid, or the solver's status without it
     * @throws IllegalArgumentException if an argument breaks its rule or the LP exceeds {@value #MAX_VARIABLES} variables
     */
    public static Solution<Double> solve(MultiplicativeDemand demand, int levels, double maxUsage) {
        return solve(demand, levels, maxUsage, SolverOptions.defaults());
    }

    /**
     * Solves the LP.
     *
     * @param demand   the demand model; not null
     * @param levels   the number {@code L} of usage steps, {@code >= 1}
     * @param maxUsage the largest usage level {@code Q}; finite and {@code > 0}
     * @param options  the solver options; not null
     * @return the optimal profit of a lottery mechanism on the grid, or the solver's status without it
     * @throws IllegalArgumentException if an argument breaks its rule or the LP exceeds {@value #MAX_VARIABLES} variables
     */
    public static Solution<Double> solve(MultiplicativeDemand demand, int levels, double maxUsage, SolverOptions options) {
        Arguments.notNull("demand", demand);
        Arguments.atLeast("levels", levels, 1);
        Arguments.positive("maxUsage", maxUsage);
        Arguments.notNull("options", options);
        long signalsCount = demand.signals().length;
        long shocksCount = demand.shocks().length;
        Arguments.sizeAtMost("LP variables I·K·(L + 2) + I²·K", signalsCount * shocksCount * ((long) levels + 2)
                + signalsCount * signalsCount * shocksCount, MAX_VARIABLES, "a dense simplex on that many variables");
        double[] theta = demand.signals();
        double[] g = demand.signalProbabilities();
        double[] e = demand.shocks();
        double[] h = demand.shockProbabilities();
        int n = theta.length;
        int kk = e.length;
        double[] x = new double[levels + 1];
        double[] u = new double[levels + 1];
        for (int l = 0; l <= levels; l++) {
            x[l] = l == levels ? maxUsage : l * maxUsage / levels;
            u[l] = demand.usageValue().value(x[l]);
        }
        double unit = Scale.unit(Math.max(theta[n - 1] * e[kk - 1] * Math.abs(u[levels]), demand.unitCost() * maxUsage));
        for (int l = 0; l <= levels; l++) {
            u[l] /= unit;
        }
        LinearProgram model = LinearProgram.create();
        LinearProgram.Variable[][][] lottery = new LinearProgram.Variable[n][kk][levels + 1];
        LinearProgram.Variable[][] pay = new LinearProgram.Variable[n][kk];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kk; k++) {
                double mass = g[i] * h[k];
                LinearProgram.Constraint sum = model.constraint("lottery_" + i + "_" + k).level(1);
                for (int l = 0; l <= levels; l++) {
                    lottery[i][k][l] = model.variable("pi_" + i + "_" + k + "_" + l).lower(0)
                            .weight(-mass * demand.unitCost() / unit * x[l]);
                    sum.set(lottery[i][k][l], 1);
                }
                pay[i][k] = model.variable("t_" + i + "_" + k).weight(mass);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kk; k++) {
                for (int m = 0; m < kk; m++) {
                    if (m != k) {
                        LinearProgram.Constraint ic = model.constraint("exPost_" + i + "_" + k + "_" + m).lower(0);
                        addValue(ic, lottery[i][k], u, theta[i] * e[k]);
                        addValue(ic, lottery[i][m], u, -theta[i] * e[k]);
                        ic.set(pay[i][k], -1).set(pay[i][m], 1);
                    }
                }
            }
            LinearProgram.Constraint ir = model.constraint("exAnteIr_" + i).lower(0);
            addOwnSurplus(ir, demand, i, lottery[i], pay[i], u);
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                LinearProgram.Constraint ic = model.constraint("exAnteIc_" + i + "_" + j).lower(0);
                addOwnSurplus(ic, demand, i, lottery[i], pay[i], u);
                for (int k = 0; k < kk; k++) {
                    LinearProgram.Variable deviation = model.variable("sigma_" + i + "_" + j + "_" + k);
                    ic.set(deviation, -h[k]);
                    for (int m = 0; m < kk; m++) {
                        LinearProgram.Constraint best = model.constraint("best_" + i + "_" + j + "_" + k + "_" + m).lower(0);
                        best.set(deviation, 1);
                        addValue(best, lottery[j][m], u, -theta[i] * e[k]);
                        best.set(pay[j][m], 1);
                    }
                }
            }
        }
        return model.maximise(options).map(point -> point.objective() * unit);
    }

    private static void addValue(LinearProgram.Constraint expression, LinearProgram.Variable[] lottery, double[] u, double scale) {
        for (int l = 1; l < u.length; l++) {
            expression.add(lottery[l], scale * u[l]);
        }
    }

    private static void addOwnSurplus(LinearProgram.Constraint expression, MultiplicativeDemand demand, int signal, LinearProgram.Variable[][] lottery,
            LinearProgram.Variable[] pay, double[] u) {
        double theta = demand.signals()[signal];
        double[] e = demand.shocks();
        double[] h = demand.shockProbabilities();
        for (int k = 0; k < e.length; k++) {
            addValue(expression, lottery[k], u, h[k] * theta * e[k]);
            expression.add(pay[k], -h[k]);
        }
    }
}
