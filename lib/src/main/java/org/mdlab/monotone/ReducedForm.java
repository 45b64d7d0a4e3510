package org.mdlab.monotone;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * Reduced-form (interim) allocations of one object among asymmetric bidders with independent discrete types:
 * which interim rules {@code Q_i} come from an ex-post rule, and which feasible reduced form maximises a
 * linear objective (Yang and Yang 2025, arXiv:2502.18876, the asymmetric reduced-form application). Two
 * routes decide feasibility: a linear program searching for the ex-post rule, and Border's inequalities
 * {@code Σ_i Σ_{x ∈ S_i} p_i(x) Q_i(x) ≤ 1 − Π_i (1 − p_i(S_i))} (Border 1991, <i>Econometrica</i> 59(4); for
 * asymmetric bidders, Mierendorff 2011, <i>Economics Letters</i> 110(1)), checked on the sets {@code S_i} that
 * are upper level sets of {@code Q_i} — for fixed other sets, the left side minus the right is maximised by
 * including exactly the types whose {@code Q_i} exceeds a threshold, so these sets suffice.
 *
 * @param grid the bidders' type grid, one agent per bidder
 */
public record ReducedForm(TypeGrid grid) {

    /** The most Border sets checked, {@value}: {@code (m + 1)^n} profiles of upper level sets. */
    public static final long MAX_BORDER_SETS = 10_000_000;

    /** The most type profiles for the linear programs, {@value}: they have one variable per bidder and profile. */
    public static final int MAX_PROFILES = 4096;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the grid is null
     */
    public ReducedForm {
        Arguments.notNull("grid", grid);
    }

    /**
     * Searches for an ex-post rule with the given reduced form.
     *
     * @param interim {@code Q_i(x)}, one row of length {@code m} per bidder, entries in {@code [0, 1]}
     * @param options read for {@link SolverOptions#cancellation()}
     * @return a rule when {@code Q} is feasible, else status {@code INFEASIBLE}
     */
    public Solution<ExPostRule> exPostRule(double[][] interim, SolverOptions options) {
        double[][] q = requireInterim(interim);
        Arguments.notNull("options", options);
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable[][] shares = shareVariables(lp);
        double[][] priors = grid.priors();
        for (int i = 0; i < grid.agents(); i++) {
            fixOwnMarginal(lp, shares[i], i, q[i], priors);
        }
        return lp.minimise(options).map(point -> rule(point, shares));
    }

    /**
     * The largest violation of Border's inequalities over profiles of upper level sets.
     *
     * @param interim {@code Q_i(x)}, one row of length {@code m} per bidder, entries in {@code [0, 1]}
     * @return {@code max_S [Σ_i Σ_{S_i} p_i Q_i − (1 − Π_i (1 − p_i(S_i)))]^+}: 0 exactly for a feasible reduced form
     */
    public double borderViolation(double[][] interim) {
        double[][] q = requireInterim(interim);
        int n = grid.agents();
        int m = grid.side();
        Arguments.sizeAtMost("Border sets (m + 1)^n", Math.round(Math.pow(m + 1, n)), MAX_BORDER_SETS, "O(n) per set");
        double[][] prefixMass = new double[n][m + 1];
        double[][] prefixValue = new double[n][m + 1];
        for (int i = 0; i < n; i++) {
            double[] prior = grid.prior(i);
            double[] row = q[i];
            Integer[] order = IntStream.range(0, m).boxed().sorted(Comparator.comparingDouble(x -> -row[x])).toArray(Integer[]::new);
            for (int k = 0; k < m; k++) {
                prefixMass[i][k + 1] = prefixMass[i][k] + prior[order[k]];
                prefixValue[i][k + 1] = prefixValue[i][k] + prior[order[k]] * row[order[k]];
            }
        }
        int[] sizes = new int[n];
        double worst = 0;
        while (true) {
            double lhs = 0, none = 1;
            for (int i = 0; i < n; i++) {
                lhs += prefixValue[i][sizes[i]];
                none *= 1 - prefixMass[i][sizes[i]];
            }
            worst = Math.max(worst, lhs - (1 - none));
            int i = 0;
            while (i < n && sizes[i] == m) {
                sizes[i++] = 0;
            }
            if (i == n) {
                return worst;
            }
            sizes[i]++;
        }
    }

    /**
     * The ex-post rule maximising {@code Σ_i E[w_i(X_i) q_i(X)]} over all rules (shares summing to at most 1).
     *
     * @param weights {@code w_i(x)}, one row of length {@code m} per bidder, finite (e.g. virtual values)
     * @param options read for {@link SolverOptions#cancellation()}
     * @return the optimal rule, or the solver's failure status
     */
    public Solution<ExPostRule> optimal(double[][] weights, SolverOptions options) {
        Arguments.notNull("weights", weights);
        Arguments.notNull("options", options);
        if (weights.length != grid.agents()) {
            throw new IllegalArgumentException("weights must hold one row per bidder (got " + weights.length + ")");
        }
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable[][] shares = shareVariables(lp);
        for (int i = 0; i < grid.agents(); i++) {
            double[] w = Arguments.finiteArray("weights[" + i + "]", weights[i]);
            if (w.length != grid.side()) {
                throw new IllegalArgumentException("weights[" + i + "] must have length " + grid.side() + " (got " + w.length + ")");
            }
            for (int point = 0; point < grid.size(); point++) {
                shares[i][point].weight(grid.probability(point) * w[grid.coordinate(point, i)]);
            }
        }
        return lp.maximise(options).map(point -> rule(point, shares));
    }

    private LinearProgram.Variable[][] shareVariables(LinearProgram lp) {
        Arguments.sizeAtMost("type profiles", grid.size(), MAX_PROFILES, "a linear program with bidders × profiles variables");
        LinearProgram.Variable[][] shares = new LinearProgram.Variable[grid.agents()][grid.size()];
        for (int point = 0; point < grid.size(); point++) {
            LinearProgram.Constraint supply = lp.constraint("supply " + point).upper(1);
            for (int i = 0; i < grid.agents(); i++) {
                shares[i][point] = lp.variable("q" + i + "," + point).lower(0).upper(1);
                supply.add(shares[i][point], 1);
            }
        }
        return shares;
    }

    private void fixOwnMarginal(LinearProgram lp, LinearProgram.Variable[] share, int bidder, double[] target,
                                double[][] priors) {
        LinearProgram.Constraint[] rows = new LinearProgram.Constraint[grid.side()];
        for (int x = 0; x < grid.side(); x++) {
            rows[x] = lp.constraint("interim " + bidder + "," + x).level(target[x]);
        }
        for (int point = 0; point < grid.size(); point++) {
            double others = 1;
            for (int j = 0; j < grid.agents(); j++) {
                if (j != bidder) {
                    others *= priors[j][grid.coordinate(point, j)];
                }
            }
            if (others != 0) {
                rows[grid.coordinate(point, bidder)].add(share[point], others);
            }
        }
    }

    private ExPostRule rule(LinearProgram.Point point, LinearProgram.Variable[][] shares) {
        double[][] values = new double[shares.length][grid.size()];
        for (int p = 0; p < grid.size(); p++) {
            double total = 0;
            for (int i = 0; i < shares.length; i++) {
                values[i][p] = Math.min(1, Math.max(0, point.value(shares[i][p])));
                total += values[i][p];
            }
            if (total > 1) {
                for (int i = 0; i < shares.length; i++) {
                    values[i][p] /= total;
                }
            }
        }
        return new ExPostRule(grid, values);
    }

    private double[][] requireInterim(double[][] interim) {
        Arguments.notNull("interim", interim);
        if (interim.length != grid.agents()) {
            throw new IllegalArgumentException("interim must hold one row per bidder (got " + interim.length + " for "
                    + grid.agents() + ")");
        }
        double[][] copy = new double[interim.length][];
        for (int i = 0; i < interim.length; i++) {
            copy[i] = Arguments.finiteArray("interim[" + i + "]", interim[i]);
            if (copy[i].length != grid.side()) {
                throw new IllegalArgumentException("interim[" + i + "] must have length " + grid.side() + " (got "
                        + copy[i].length + ")");
            }
            for (double value : copy[i]) {
                Arguments.probability("interim[" + i + "] entry", value);
            }
        }
        return copy;
    }
}
