package org.mdlab.cloud;

import java.util.OptionalDouble;
import org.mdlab.optimisation.SolverState;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

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

    /**
     * Solves the LP.
     *
     * @param demand   the demand model
     * @param levels   the number {@code L} of usage steps, {@code >= 1}
     * @param maxUsage the largest usage level {@code Q}, finite and positive
     * @return the optimal profit, or the solver state without one
     * @throws IllegalArgumentException if {@code levels < 1} or {@code maxUsage} breaks its rule
     */
    public static MultiplicativeLpResult optimal(MultiplicativeDemand demand, int levels, double maxUsage) {
        if (levels < 1) {
            throw new IllegalArgumentException("levels must be >= 1 (got " + levels + ")");
        }
        if (!(maxUsage > 0) || !Double.isFinite(maxUsage)) {
            throw new IllegalArgumentException("maxUsage must be finite and > 0 (got " + maxUsage + ")");
        }
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
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[][][] lottery = new Variable[n][kk][levels + 1];
        Variable[][] pay = new Variable[n][kk];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kk; k++) {
                double mass = g[i] * h[k];
                Expression sum = model.addExpression("lottery_" + i + "_" + k).level(1);
                for (int l = 0; l <= levels; l++) {
                    lottery[i][k][l] = model.addVariable("pi_" + i + "_" + k + "_" + l).lower(0)
                            .weight(-mass * demand.unitCost() * x[l]);
                    sum.set(lottery[i][k][l], 1);
                }
                pay[i][k] = model.addVariable("t_" + i + "_" + k).weight(mass);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kk; k++) {
                for (int m = 0; m < kk; m++) {
                    if (m != k) {
                        Expression ic = model.addExpression("exPost_" + i + "_" + k + "_" + m).lower(0);
                        addValue(ic, lottery[i][k], u, theta[i] * e[k]);
                        addValue(ic, lottery[i][m], u, -theta[i] * e[k]);
                        ic.set(pay[i][k], -1).set(pay[i][m], 1);
                    }
                }
            }
            Expression ir = model.addExpression("exAnteIr_" + i).lower(0);
            addOwnSurplus(ir, demand, i, lottery[i], pay[i], u);
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                Expression ic = model.addExpression("exAnteIc_" + i + "_" + j).lower(0);
                addOwnSurplus(ic, demand, i, lottery[i], pay[i], u);
                for (int k = 0; k < kk; k++) {
                    Variable deviation = model.addVariable("sigma_" + i + "_" + j + "_" + k);
                    ic.set(deviation, -h[k]);
                    for (int m = 0; m < kk; m++) {
                        Expression best = model.addExpression("best_" + i + "_" + j + "_" + k + "_" + m).lower(0);
                        best.set(deviation, 1);
                        addValue(best, lottery[j][m], u, -theta[i] * e[k]);
                        best.set(pay[j][m], 1);
                    }
                }
            }
        }
        Optimisation.Result result = model.maximise();
        SolverState state = SolverState.of(result.getState());
        if (state != SolverState.OPTIMAL) {
            return new MultiplicativeLpResult(state, OptionalDouble.empty());
        }
        return new MultiplicativeLpResult(state, OptionalDouble.of(result.getValue()));
    }

    private static void addValue(Expression expression, Variable[] lottery, double[] u, double scale) {
        for (int l = 1; l < u.length; l++) {
            expression.add(lottery[l], scale * u[l]);
        }
    }

    private static void addOwnSurplus(Expression expression, MultiplicativeDemand demand, int signal, Variable[][] lottery,
            Variable[] pay, double[] u) {
        double theta = demand.signals()[signal];
        double[] e = demand.shocks();
        double[] h = demand.shockProbabilities();
        for (int k = 0; k < e.length; k++) {
            addValue(expression, lottery[k], u, h[k] * theta * e[k]);
            expression.add(pay[k], -h[k]);
        }
    }
}
