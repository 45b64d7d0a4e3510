package org.mdlab.cloud;

import org.mdlab.market.Arguments;
import org.mdlab.market.Scale;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * The optimal sequential mechanism by linear programming over lotteries (Bergemann and Wang 2025, arXiv
 * 2502.08022, Section 2, discretised): usage takes the {@code L + 1} levels {@code x_l = l Q / L} with
 * {@code Q} the cost's largest quality, and each report (signal, value) gets a lottery
 * {@code π_i(v_k, x_l)} over levels and a payment {@code t_i(v_k)}. Constraints: lotteries sum to 1;
 * expected usage non-decreasing in the value and local ex-post IC both ways (which with linear utility
 * give global ex-post IC); ex-ante IR; ex-ante IC against every other contract followed by truthful value
 * reports (optimal on a common grid once contracts are ex-post IC). The objective is expected payments
 * minus expected cost {@code Σ_l π c(x_l)}, so the LP's cost is the piecewise-linear interpolation of
 * {@code c} on the levels: its optimum lies between the closed-form profit minus the interpolation error
 * and the closed-form profit. Size: {@code IK(L + 2)} variables and {@code O(IK + I^2)} constraints.
 */
public final class CloudContractLp {

    /** The largest number of LP variables {@code IK(L + 2)} accepted. */
    public static final long MAX_VARIABLES = 200_000;

    private CloudContractLp() {
    }

    /**
     * Solves the LP with default options.
     *
     * @param demand the demand model; not null
     * @param levels the number {@code L} of usage steps, {@code >= 1}
     * @return the optimal lottery mechanism, or the solver's status without one
     * @throws IllegalArgumentException if an argument breaks its rule or the LP exceeds {@value #MAX_VARIABLES} variables
     */
    public static Solution<CloudMechanism> solve(CloudDemand demand, int levels) {
        return solve(demand, levels, SolverOptions.defaults());
    }

    /**
     * Solves the LP.
     *
     * @param demand  the demand model; not null
     * @param levels  the number {@code L} of usage steps, {@code >= 1}
     * @param options the solver options; not null
     * @return the optimal lottery mechanism, or the solver's status without one
     * @throws IllegalArgumentException if an argument breaks its rule or the LP exceeds {@value #MAX_VARIABLES} variables
     */
    public static Solution<CloudMechanism> solve(CloudDemand demand, int levels, SolverOptions options) {
        Arguments.notNull("demand", demand);
        Arguments.atLeast("levels", levels, 1);
        Arguments.notNull("options", options);
        int n = demand.signals();
        int kk = demand.valueCount();
        Arguments.sizeAtMost("LP variables I·K·(L + 2)", (long) n * kk * ((long) levels + 2), MAX_VARIABLES,
                "a dense simplex on I·K·(L + 2) variables");
        double[] x = new double[levels + 1];
        double[] c = new double[levels + 1];
        for (int l = 0; l <= levels; l++) {
            x[l] = l == levels ? demand.cost().maxQuality() : l * demand.cost().maxQuality() / levels;
            c[l] = demand.cost().at(x[l]);
        }
        double unit = Scale.unit(Math.max(Math.abs(demand.value(kk - 1)) * demand.cost().maxQuality(), Math.abs(c[levels])));
        double[] v = new double[kk];
        for (int k = 0; k < kk; k++) {
            v[k] = demand.value(k) / unit;
        }
        LinearProgram model = LinearProgram.create();
        LinearProgram.Variable[][][] lottery = new LinearProgram.Variable[n][kk][levels + 1];
        LinearProgram.Variable[][] pay = new LinearProgram.Variable[n][kk];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kk; k++) {
                double mass = demand.signalProbability(i) * demand.probability(i, k);
                LinearProgram.Constraint sum = model.constraint("lottery_" + i + "_" + k).level(1);
                for (int l = 0; l <= levels; l++) {
                    lottery[i][k][l] = model.variable("pi_" + i + "_" + k + "_" + l).lower(0).weight(-mass * c[l] / unit);
                    sum.set(lottery[i][k][l], 1);
                }
                pay[i][k] = model.variable("t_" + i + "_" + k).weight(mass);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 1; k < kk; k++) {
                LinearProgram.Constraint monotone = model.constraint("monotone_" + i + "_" + k).lower(0);
                addUsage(monotone, lottery[i][k], x, 1);
                addUsage(monotone, lottery[i][k - 1], x, -1);
                LinearProgram.Constraint down = model.constraint("icDown_" + i + "_" + k).lower(0);
                addUsage(down, lottery[i][k], x, v[k]);
                addUsage(down, lottery[i][k - 1], x, -v[k]);
                down.set(pay[i][k], -1).set(pay[i][k - 1], 1);
                LinearProgram.Constraint up = model.constraint("icUp_" + i + "_" + k).lower(0);
                addUsage(up, lottery[i][k - 1], x, v[k - 1]);
                addUsage(up, lottery[i][k], x, -v[k - 1]);
                up.set(pay[i][k - 1], -1).set(pay[i][k], 1);
            }
            LinearProgram.Constraint ir = model.constraint("exAnteIr_" + i).lower(0);
            addRent(ir, demand, i, lottery[i], pay[i], x, v, 1);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    LinearProgram.Constraint ic = model.constraint("exAnteIc_" + i + "_" + j).lower(0);
                    addRent(ic, demand, i, lottery[i], pay[i], x, v, 1);
                    addRent(ic, demand, i, lottery[j], pay[j], x, v, -1);
                }
            }
        }
        return model.maximise(options).map(point -> {
            double[][] usage = new double[n][kk];
            double[][] cost = new double[n][kk];
            double[][] payment = new double[n][kk];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < kk; k++) {
                    for (int l = 0; l <= levels; l++) {
                        double p = Math.max(0, point.value(lottery[i][k][l]));
                        usage[i][k] += p * x[l];
                        cost[i][k] += p * c[l];
                    }
                    payment[i][k] = point.value(pay[i][k]) * unit;
                }
            }
            return new CloudMechanism(demand, usage, cost, payment);
        });
    }

    private static void addUsage(LinearProgram.Constraint e, LinearProgram.Variable[] lottery, double[] x, double coefficient) {
        for (int l = 1; l < x.length; l++) {
            e.add(lottery[l], coefficient * x[l]);
        }
    }

    private static void addRent(LinearProgram.Constraint e, CloudDemand demand, int signal, LinearProgram.Variable[][] lottery,
                                LinearProgram.Variable[] pay, double[] x, double[] v, double sign) {
        for (int k = 0; k < demand.valueCount(); k++) {
            double f = demand.probability(signal, k);
            addUsage(e, lottery[k], x, sign * f * v[k]);
            e.add(pay[k], -sign * f);
        }
    }
}
