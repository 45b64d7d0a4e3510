package org.mdlab.monotone;

import java.util.Arrays;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * Bilateral trade with a buyer of value {@code v_i} (probability {@code p_i}) and a seller of cost {@code c_j}
 * (probability {@code r_j}), independent, on grids of the same size {@code m}: the ex-ante efficient
 * mechanisms, which maximise {@code λ E[U_B] + (1 − λ) E[U_S]} subject to Bayesian incentive compatibility,
 * interim individual rationality and ex-ante budget balance (Myerson and Satterthwaite 1983, <i>JET</i> 29(2)).
 * Every ex-ante efficient mechanism is interim efficient (Yang and Yang 2025, arXiv:2502.18876, the interim
 * efficient bilateral trade application).
 *
 * <p>Two formulations. {@link #reducedProgram} optimises over the order polytope of trade rules
 * {@code q(v, c)} non-decreasing in {@code v} and non-increasing in {@code c} — without loss by the
 * equivalence of Bayesian and dominant-strategy implementation (Gershkov, Goeree, Kushnir, Moldovanu and Shi
 * 2013, <i>Econometrica</i> 81(1)) — with the minimal rents of the discrete envelope formula and one budget
 * constraint; its optimum, a vertex of the order polytope cut by one half-space, mixes at most two up-sets.
 * {@link #bayesianProgram} optimises over all trade rules and interim transfers with every Bayesian IC and IR
 * constraint written out. Their optima agree.
 *
 * <p>The grid of {@link #grid()} orders the seller by strength: axis 1 holds {@code s = m − 1 − j}, so that a
 * monotone function on it is a trade rule with the required monotonicity.
 *
 * @param values             buyer values, strictly increasing (copied)
 * @param valueProbabilities their probabilities (copied)
 * @param costs              seller costs, strictly increasing, as many as values (copied)
 * @param costProbabilities  their probabilities (copied)
 */
public record BilateralTrade(double[] values, double[] valueProbabilities, double[] costs, double[] costProbabilities) {

    /** The most types per side, {@value}: the Bayesian program has {@code O(m^2)} constraints of {@code O(m)} terms. */
    public static final int MAX_TYPES = 40;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a vector breaks the rule stated for it or the lengths differ
     */
    public BilateralTrade {
        values = Arguments.strictlyIncreasing("values", values);
        costs = Arguments.strictlyIncreasing("costs", costs);
        valueProbabilities = Arguments.probabilities("valueProbabilities", valueProbabilities);
        costProbabilities = Arguments.probabilities("costProbabilities", costProbabilities);
        Arguments.sizeAtMost("types per side", values.length, MAX_TYPES, "O(m^3) coefficients in the Bayesian program");
        if (valueProbabilities.length != values.length || costs.length != values.length
                || costProbabilities.length != values.length) {
            throw new IllegalArgumentException("values, costs and their probabilities must have one common length (got "
                    + values.length + ", " + valueProbabilities.length + ", " + costs.length + ", "
                    + costProbabilities.length + ")");
        }
    }

    /**
     * Equally likely values and costs.
     *
     * @param values buyer values, strictly increasing
     * @param costs  seller costs, strictly increasing, as many
     * @return the environment
     */
    public static BilateralTrade uniform(double[] values, double[] costs) {
        Arguments.notNull("values", values);
        Arguments.notNull("costs", costs);
        double[] p = new double[values.length];
        double[] r = new double[costs.length];
        Arrays.fill(p, 1.0 / Math.max(1, values.length));
        Arrays.fill(r, 1.0 / Math.max(1, costs.length));
        return new BilateralTrade(values, p, costs, r);
    }

    /** @return a copy of the buyer values */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return a copy of the value probabilities */
    @Override
    public double[] valueProbabilities() {
        return valueProbabilities.clone();
    }

    /** @return a copy of the seller costs */
    @Override
    public double[] costs() {
        return costs.clone();
    }

    /** @return a copy of the cost probabilities */
    @Override
    public double[] costProbabilities() {
        return costProbabilities.clone();
    }

    /** @return the number of types per side {@code m} */
    public int size() {
        return values.length;
    }

    /** @return the two-agent grid: buyer on axis 0, seller strength {@code m − 1 − j} on axis 1 */
    public TypeGrid grid() {
        double[] strength = new double[size()];
        for (int j = 0; j < size(); j++) {
            strength[size() - 1 - j] = costProbabilities[j];
        }
        return TypeGrid.of(valueProbabilities, strength);
    }

    /**
     * A trade rule as a function on {@link #grid()}.
     *
     * @param trade {@code trade[i][j]}
     * @return its values by point number
     */
    public double[] asFunction(double[][] trade) {
        int m = size();
        double[] function = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                function[i + (m - 1 - j) * m] = trade[i][j];
            }
        }
        return function;
    }

    /**
     * The first-best gains from trade {@code E[(v − c)^+]}, reached by trading exactly when {@code v ≥ c}.
     *
     * @return the efficient surplus
     */
    public double efficientGains() {
        double gains = 0;
        for (int i = 0; i < size(); i++) {
            for (int j = 0; j < size(); j++) {
                gains += valueProbabilities[i] * costProbabilities[j] * Math.max(0, values[i] - costs[j]);
            }
        }
        return gains;
    }

    /**
     * The ex-ante efficient mechanism for weight {@code λ} over monotone trade rules, with minimal rents
     * {@code E[U_B] = Σ_i (v_{i+1} − v_i)(1 − P_i) Q_B(i)} and {@code E[U_S] = Σ_j (c_j − c_{j−1}) R_{j−1} Q_S(j)}
     * ({@code P}, {@code R} the cumulative probabilities) and budget surplus {@code E[(v − c) q] − E[U_B] − E[U_S] ≥ 0}
     * handed to the side with the larger weight (split equally at {@code λ = 1/2}).
     *
     * @param weight  {@code λ} in {@code [0, 1]}
     * @param options read for {@link SolverOptions#cancellation()}
     * @return the mechanism, or the solver's failure status
     */
    public Solution<TradeMechanism> reducedProgram(double weight, SolverOptions options) {
        Arguments.probability("weight", weight);
        Arguments.notNull("options", options);
        int m = size();
        TypeGrid grid = grid();
        double[][] buyerRent = new double[m][m];
        double[][] sellerRent = new double[m][m];
        double[][] gains = new double[m][m];
        double cumulativeValue = 0;
        for (int i = 0; i < m; i++) {
            cumulativeValue += valueProbabilities[i];
            double cumulativeCost = 0;
            for (int j = 0; j < m; j++) {
                gains[i][j] = valueProbabilities[i] * costProbabilities[j] * (values[i] - costs[j]);
                buyerRent[i][j] = i < m - 1 ? costProbabilities[j] * (values[i + 1] - values[i]) * (1 - cumulativeValue) : 0;
                sellerRent[i][j] = j > 0 ? valueProbabilities[i] * (costs[j] - costs[j - 1]) * cumulativeCost : 0;
                cumulativeCost += costProbabilities[j];
            }
        }
        double share = weight > 0.5 ? 1 : weight < 0.5 ? 0 : 0.5;
        double surplusWeight = Math.max(weight, 1 - weight);
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable[] q = MonotoneProgram.orderPolytope(lp, grid, "q");
        LinearProgram.Constraint budget = lp.constraint("budget").lower(0);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double surplus = gains[i][j] - buyerRent[i][j] - sellerRent[i][j];
                LinearProgram.Variable variable = q[i + (m - 1 - j) * m];
                budget.add(variable, surplus);
                variable.weight(weight * buyerRent[i][j] + (1 - weight) * sellerRent[i][j] + surplusWeight * surplus);
            }
        }
        return lp.maximise(options).map(point -> {
            double[][] trade = new double[m][m];
            double rentB = 0, rentS = 0, total = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    trade[i][j] = Math.min(1, Math.max(0, point.value(q[i + (m - 1 - j) * m])));
                    rentB += buyerRent[i][j] * trade[i][j];
                    rentS += sellerRent[i][j] * trade[i][j];
                    total += gains[i][j] * trade[i][j];
                }
            }
            double left = total - rentB - rentS;
            return new TradeMechanism(weight, trade, rentB + share * left, rentS + (1 - share) * left, total);
        });
    }

    /**
     * The same optimum over all trade rules {@code q(v, c) ∈ [0, 1]} (monotonicity not imposed) and interim
     * transfers, with buyer and seller Bayesian IC for every pair of types, interim IR for every type and
     * ex-ante budget balance {@code E[t_B] ≥ E[t_S]}: the independent route to {@link #reducedProgram}.
     *
     * @param weight  {@code λ} in {@code [0, 1]}
     * @param options read for {@link SolverOptions#cancellation()}
     * @return the mechanism, or the solver's failure status
     */
    public Solution<TradeMechanism> bayesianProgram(double weight, SolverOptions options) {
        Arguments.probability("weight", weight);
        Arguments.notNull("options", options);
        int m = size();
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable[][] q = new LinearProgram.Variable[m][m];
        LinearProgram.Variable[] pay = new LinearProgram.Variable[m];
        LinearProgram.Variable[] receive = new LinearProgram.Variable[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                q[i][j] = lp.variable("q" + i + "," + j).lower(0).upper(1)
                        .weight(valueProbabilities[i] * costProbabilities[j] * (weight * values[i] - (1 - weight) * costs[j]));
            }
        }
        for (int i = 0; i < m; i++) {
            pay[i] = lp.variable("tB" + i).weight(-weight * valueProbabilities[i]);
            receive[i] = lp.variable("tS" + i).weight((1 - weight) * costProbabilities[i]);
        }
        for (int i = 0; i < m; i++) {
            LinearProgram.Constraint ir = lp.constraint("buyer IR " + i).lower(0).add(pay[i], -1);
            for (int j = 0; j < m; j++) {
                ir.add(q[i][j], values[i] * costProbabilities[j]);
            }
            for (int k = 0; k < m; k++) {
                if (k != i) {
                    LinearProgram.Constraint ic = lp.constraint("buyer IC " + i + "→" + k).lower(0)
                            .add(pay[i], -1).add(pay[k], 1);
                    for (int j = 0; j < m; j++) {
                        ic.add(q[i][j], values[i] * costProbabilities[j]).add(q[k][j], -values[i] * costProbabilities[j]);
                    }
                }
            }
        }
        for (int j = 0; j < m; j++) {
            LinearProgram.Constraint ir = lp.constraint("seller IR " + j).lower(0).add(receive[j], 1);
            for (int i = 0; i < m; i++) {
                ir.add(q[i][j], -costs[j] * valueProbabilities[i]);
            }
            for (int k = 0; k < m; k++) {
                if (k != j) {
                    LinearProgram.Constraint ic = lp.constraint("seller IC " + j + "→" + k).lower(0)
                            .add(receive[j], 1).add(receive[k], -1);
                    for (int i = 0; i < m; i++) {
                        ic.add(q[i][j], -costs[j] * valueProbabilities[i]).add(q[i][k], costs[j] * valueProbabilities[i]);
                    }
                }
            }
        }
        LinearProgram.Constraint budget = lp.constraint("budget").lower(0);
        for (int i = 0; i < m; i++) {
            budget.add(pay[i], valueProbabilities[i]).add(receive[i], -costProbabilities[i]);
        }
        return lp.maximise(options).map(point -> {
            double[][] trade = new double[m][m];
            double buyer = 0, seller = 0, total = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    trade[i][j] = Math.min(1, Math.max(0, point.value(q[i][j])));
                    double mass = valueProbabilities[i] * costProbabilities[j] * trade[i][j];
                    buyer += mass * values[i];
                    seller -= mass * costs[j];
                    total += mass * (values[i] - costs[j]);
                }
                buyer -= valueProbabilities[i] * point.value(pay[i]);
                seller += costProbabilities[i] * point.value(receive[i]);
            }
            return new TradeMechanism(weight, trade, buyer, seller, total);
        });
    }
}
