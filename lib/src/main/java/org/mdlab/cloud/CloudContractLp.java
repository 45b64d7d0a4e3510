package org.mdlab.cloud;

import java.util.Optional;
import org.mdlab.optimisation.SolverState;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

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

    private CloudContractLp() {
    }

    /**
     * Solves the LP.
     *
     * @param demand the demand model
     * @param levels the number {@code L} of usage steps, {@code >= 1}
     * @return the optimal lottery mechanism, or the solver state without one
     * @throws IllegalArgumentException if {@code levels < 1}
     */
    public static CloudLpResult optimal(CloudDemand demand, int levels) {
        if (levels < 1) {
            throw new IllegalArgumentException("levels must be >= 1 (got " + levels + ")");
        }
        int n = demand.signals();
        int kk = demand.valueCount();
        double[] x = new double[levels + 1];
        double[] c = new double[levels + 1];
        for (int l = 0; l <= levels; l++) {
            x[l] = l == levels ? demand.cost().maxQuality() : l * demand.cost().maxQuality() / levels;
            c[l] = demand.cost().at(x[l]);
        }
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[][][] lottery = new Variable[n][kk][levels + 1];
        Variable[][] pay = new Variable[n][kk];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kk; k++) {
                double mass = demand.signalProbability(i) * demand.probability(i, k);
                Expression sum = model.addExpression("lottery_" + i + "_" + k).level(1);
                for (int l = 0; l <= levels; l++) {
                    lottery[i][k][l] = model.addVariable("pi_" + i + "_" + k + "_" + l).lower(0).weight(-mass * c[l]);
                    sum.set(lottery[i][k][l], 1);
                }
                pay[i][k] = model.addVariable("t_" + i + "_" + k).weight(mass);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 1; k < kk; k++) {
                Expression monotone = model.addExpression("monotone_" + i + "_" + k).lower(0);
                addUsage(monotone, lottery[i][k], x, 1);
                addUsage(monotone, lottery[i][k - 1], x, -1);
                Expression down = model.addExpression("icDown_" + i + "_" + k).lower(0);
                addUsage(down, lottery[i][k], x, demand.value(k));
                addUsage(down, lottery[i][k - 1], x, -demand.value(k));
                down.set(pay[i][k], -1).set(pay[i][k - 1], 1);
                Expression up = model.addExpression("icUp_" + i + "_" + k).lower(0);
                addUsage(up, lottery[i][k - 1], x, demand.value(k - 1));
                addUsage(up, lottery[i][k], x, -demand.value(k - 1));
                up.set(pay[i][k - 1], -1).set(pay[i][k], 1);
            }
            Expression ir = model.addExpression("exAnteIr_" + i).lower(0);
            addRent(ir, demand, i, lottery[i], pay[i], x, 1);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    Expression ic = model.addExpression("exAnteIc_" + i + "_" + j).lower(0);
                    addRent(ic, demand, i, lottery[i], pay[i], x, 1);
                    addRent(ic, demand, i, lottery[j], pay[j], x, -1);
                }
            }
        }
        Optimisation.Result result = model.maximise();
        SolverState state = SolverState.of(result.getState());
        if (state != SolverState.OPTIMAL) {
            return new CloudLpResult(state, Optional.empty());
        }
        double[][] usage = new double[n][kk];
        double[][] cost = new double[n][kk];
        double[][] payment = new double[n][kk];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kk; k++) {
                for (int l = 0; l <= levels; l++) {
                    double p = Math.max(0, lottery[i][k][l].getValue().doubleValue());
                    usage[i][k] += p * x[l];
                    cost[i][k] += p * c[l];
                }
                payment[i][k] = pay[i][k].getValue().doubleValue();
            }
        }
        return new CloudLpResult(state, Optional.of(new CloudMechanism(demand, usage, cost, payment)));
    }

    private static void addUsage(Expression e, Variable[] lottery, double[] x, double coefficient) {
        for (int l = 1; l < x.length; l++) {
            e.add(lottery[l], coefficient * x[l]);
        }
    }

    private static void addRent(Expression e, CloudDemand demand, int signal, Variable[][] lottery, Variable[] pay,
                                double[] x, double sign) {
        for (int k = 0; k < demand.valueCount(); k++) {
            double f = demand.probability(signal, k);
            addUsage(e, lottery[k], x, sign * f * demand.value(k));
            e.add(pay[k], -sign * f);
        }
    }
}
