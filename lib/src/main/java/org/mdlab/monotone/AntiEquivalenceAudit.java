package org.mdlab.monotone;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * The anti-equivalence audit (Yang and Yang 2025, arXiv:2502.18876, the mechanism anti-equivalence theorem
 * for two agents and two alternatives): for an up-set {@code U}, the linear program
 * <pre>
 *   max_g (1/|grid|) Σ_x |g(x) − 1_U(x)|   s.t.  g monotone, 0 ≤ g ≤ 1,  g_i = (1_U)_i for every agent i,
 * </pre>
 * whose objective is linear because {@code |g − 1_U|} is {@code 1 − g} on {@code U} and {@code g} off it. The
 * optimum is 0 exactly when the marginals of {@code 1_U} are attained by no other monotone function — the
 * theorem says this always holds with two agents; with three the audit finds up-sets where it fails.
 * It is solved in the deviation {@code d = g − 1_U}, so that every right-hand side is exactly 0 or −1
 * and {@code d = 0} is exactly feasible. One program with {@code m^n} variables and {@code n·m^n + n·m} constraints per up-set.
 */
public final class AntiEquivalenceAudit {

    /** The largest grid audited, {@value} points: one variable per point. */
    public static final int MAX_POINTS = 4096;

    private AntiEquivalenceAudit() {
    }

    /**
     * Audits one up-set.
     *
     * @param upSet   the up-set
     * @param options read for {@link SolverOptions#cancellation()}
     * @return the gap and a witness, or the solver's failure status
     */
    public static Solution<EquivalenceGap> gap(UpSet upSet, SolverOptions options) {
        Arguments.notNull("upSet", upSet);
        Arguments.notNull("options", options);
        TypeGrid grid = upSet.grid();
        int size = grid.size();
        Arguments.sizeAtMost("grid points", size, MAX_POINTS, "a linear program with one variable per point");
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable[] d = new LinearProgram.Variable[size];
        for (int point = 0; point < size; point++) {
            boolean inside = upSet.contains(point);
            d[point] = lp.variable("d" + point).lower(inside ? -1 : 0).upper(inside ? 0 : 1)
                    .weight(inside ? -1.0 / size : 1.0 / size);
        }
        for (int point = 0; point < size; point++) {
            for (int i = 0; i < grid.agents(); i++) {
                int next = grid.successor(point, i);
                if (next >= 0) {
                    double step = (upSet.contains(point) ? 1 : 0) - (upSet.contains(next) ? 1 : 0);
                    lp.constraint("monotone " + point + "→" + next).lower(step).add(d[next], 1).add(d[point], -1);
                }
            }
        }
        double[][] priors = grid.priors();
        LinearProgram.Constraint[][] rows = new LinearProgram.Constraint[grid.agents()][grid.side()];
        for (int i = 0; i < grid.agents(); i++) {
            for (int x = 0; x < grid.side(); x++) {
                rows[i][x] = lp.constraint("marginal " + i + "," + x).level(0);
            }
        }
        for (int point = 0; point < size; point++) {
            for (int i = 0; i < grid.agents(); i++) {
                double others = 1;
                for (int j = 0; j < grid.agents(); j++) {
                    if (j != i) {
                        others *= priors[j][grid.coordinate(point, j)];
                    }
                }
                if (others != 0) {
                    rows[i][grid.coordinate(point, i)].add(d[point], others);
                }
            }
        }
        double[] indicator = upSet.indicator();
        return lp.maximise(options).map(solution -> {
            double[] witness = new double[size];
            for (int point = 0; point < size; point++) {
                witness[point] = Math.min(1, Math.max(0, indicator[point] + solution.value(d[point])));
            }
            return new EquivalenceGap(upSet, Math.max(0, solution.objective()), witness);
        });
    }

    /**
     * Audits every up-set of a list.
     *
     * @param upSets  the up-sets
     * @param options read for {@link SolverOptions#cancellation()}, polled before every program
     * @return the gaps in the order of the list, or the status of the first program that failed
     */
    public static Solution<List<EquivalenceGap>> audit(List<UpSet> upSets, SolverOptions options) {
        Arguments.notNull("upSets", upSets);
        Arguments.notNull("options", options);
        List<EquivalenceGap> gaps = new ArrayList<>(upSets.size());
        for (UpSet upSet : upSets) {
            options.cancellation().check("anti-equivalence audit");
            Solution<EquivalenceGap> gap = gap(upSet, options);
            if (!gap.isOptimal()) {
                return Solution.failure(gap.status(), gap.diagnostics());
            }
            gaps.add(gap.value());
        }
        return Solution.optimal(List.copyOf(gaps),
                new Diagnostics(upSets.size(), OptionalDouble.empty(), OptionalDouble.empty(), ""));
    }
}
