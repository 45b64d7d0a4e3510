package org.mdlab.monotone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

/**
 * Which marginal vectors of up-set indicators are extreme points of the set of marginals of monotone
 * functions (Yang and Yang 2025, arXiv:2502.18876, the characterisation of extreme marginals). That set is the image of the order polytope under
 * the linear marginal map, so it is the convex hull of the up-sets' marginal vectors; a distinct vector is
 * extreme exactly when it is not a convex combination of the others. Each is decided twice, by two linear
 * programs: the convex-combination program {@code Σ_j λ_j (p_j − p) = 0, Σ_j λ_j = 1, λ ≥ 0} (feasible exactly
 * for a non-extreme point, its solution the weights) and the separation program (largest margin by which a direction in {@code [−1, 1]^{n·m}} ranks the
 * point above all others; positive exactly for an extreme point).
 *
 * <p>Cost: for {@code D} distinct vectors, {@code 2D} programs with about {@code D} variables or constraints
 * each; at most {@value #MAX_POINTS} distinct vectors.
 *
 * @param grid   the grid
 * @param hull   the distinct marginal vectors of all up-sets, flattened agent by agent, in order of first
 *               appearance: the points whose convex hull is the set of marginals (copied)
 * @param points the distinct marginal vectors classified, in order of first appearance, with their certificates (copied)
 */
public record ExtremeMarginals(TypeGrid grid, List<MarginalPoint> points, List<double[]> hull) {

    /** The most distinct marginal vectors classified in one call, {@value}. */
    public static final int MAX_POINTS = 5_000;

    private static final double KEY_RESOLUTION = 1e9;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public ExtremeMarginals {
        Arguments.notNull("grid", grid);
        points = List.copyOf(Arguments.notNull("points", points));
        hull = Arguments.notNull("hull", hull).stream().map(double[]::clone).toList();
    }

    /** @return a copy of the hull's points */
    @Override
    public List<double[]> hull() {
        return hull.stream().map(double[]::clone).toList();
    }

    /**
     * The combination {@code Σ_j w_j hull_j} of a point's weights, to compare with {@link MarginalPoint#flat()}.
     *
     * @param point a classified point that is not extreme
     * @return the combined vector
     */
    public double[] combine(MarginalPoint point) {
        double[] weights = Arguments.notNull("point", point).combination();
        if (weights.length != hull.size()) {
            throw new IllegalArgumentException("point must carry one weight per hull vector, " + hull.size()
                    + " (got " + weights.length + ")");
        }
        double[] sum = new double[hull.get(0).length];
        for (int j = 0; j < weights.length; j++) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += weights[j] * hull.get(j)[d];
            }
        }
        return sum;
    }

    /**
     * Groups up-sets by their marginal vectors and classifies every distinct vector.
     *
     * @param upSets  up-sets of one grid, at least two distinct marginal vectors among them
     * @param options read for {@link SolverOptions#cancellation()}, polled before every program
     * @return the classification, or the status of the first program that failed
     * @throws IllegalArgumentException if the up-sets are of different grids, too many, or fewer than two vectors
     */
    public static Solution<ExtremeMarginals> classify(List<UpSet> upSets, SolverOptions options) {
        return classify(upSets, upSets, options);
    }

    /**
     * Classifies the marginal vectors of {@code candidates} against the convex hull of all of
     * {@code upSets}' vectors: the points of the result are the distinct vectors of the candidates, and their
     * combination weights index the distinct vectors of {@code upSets} in order of first appearance.
     *
     * @param upSets     up-sets of one grid, at least two distinct marginal vectors among them
     * @param candidates up-sets among {@code upSets} whose vectors to classify
     * @param options    read for {@link SolverOptions#cancellation()}, polled before every program
     * @return the classification, or the status of the first program that failed
     * @throws IllegalArgumentException if the up-sets are of different grids, a candidate is not listed, there are
     *                                  too many vectors, or fewer than two
     */
    public static Solution<ExtremeMarginals> classify(List<UpSet> upSets, List<UpSet> candidates, SolverOptions options) {
        Arguments.notNull("options", options);
        Map<String, List<UpSet>> groups = group(upSets);
        Arguments.sizeAtMost("distinct marginal vectors", groups.size(), MAX_POINTS, "2 linear programs of that size each");
        if (groups.size() < 2) {
            throw new IllegalArgumentException("upSets must have at least two distinct marginal vectors (got "
                    + groups.size() + ")");
        }
        List<String> keys = new ArrayList<>(groups.keySet());
        List<double[]> vectors = keys.stream().map(k -> flatten(groups.get(k).get(0).marginals())).toList();
        List<Integer> targets = new ArrayList<>();
        for (UpSet candidate : Arguments.notNull("candidates", candidates)) {
            int k = keys.indexOf(key(flatten(Arguments.notNull("candidates element", candidate).marginals())));
            if (k < 0 || !groups.get(keys.get(k)).contains(candidate)) {
                throw new IllegalArgumentException("candidates must be listed in upSets (got " + candidate + ")");
            }
            if (!targets.contains(k)) {
                targets.add(k);
            }
        }
        TypeGrid grid = upSets.get(0).grid();
        List<MarginalPoint> points = new ArrayList<>();
        for (int k : targets) {
            options.cancellation().check("extreme-marginal classification");
            Solution<double[]> combination = combination(vectors, k, options);
            Solution<double[]> separation = separation(vectors, k, options);
            if (!separation.isOptimal() || !(combination.isOptimal() || combination.status() == Status.INFEASIBLE)) {
                Solution<?> failed = separation.isOptimal() ? combination : separation;
                return Solution.failure(failed.status(), failed.diagnostics().withNote("marginal vector " + k + ": "
                        + failed.diagnostics().note()));
            }
            double[] solved = separation.value();
            double[] direction = Arrays.copyOf(solved, solved.length - 1);
            List<UpSet> members = groups.get(keys.get(k));
            points.add(new MarginalPoint(members.get(0).marginals(), members,
                    combination.isOptimal() ? combination.value() : new double[0], direction, solved[solved.length - 1]));
        }
        return Solution.optimal(new ExtremeMarginals(grid, points, vectors),
                new Diagnostics(2L * targets.size(), OptionalDouble.empty(), OptionalDouble.empty(), ""));
    }

    /**
     * Whether a vector of marginals lies in the convex hull of the up-sets' marginal vectors, i.e. is the
     * marginal (interim allocation) of some monotone function: the convex-combination program
     * {@code Σ_j λ_j (p_j − q) = 0, Σ_j λ_j = 1, λ ≥ 0} for the target {@code q}.
     *
     * @param upSets    up-sets of one grid (all of them, for the whole set of marginals)
     * @param marginals the target {@code q[i][x_i]}, one row of length {@code m} per agent
     * @param options   read for {@link SolverOptions#cancellation()}
     * @return the weights over the distinct vectors of {@code upSets} (in order of first appearance) when
     *         {@code q} is in the hull, status {@code INFEASIBLE} when it is not
     * @throws IllegalArgumentException if the shapes disagree or there are too many vectors
     */
    public static Solution<double[]> hullWeights(List<UpSet> upSets, double[][] marginals, SolverOptions options) {
        Arguments.notNull("options", options);
        Map<String, List<UpSet>> groups = group(upSets);
        Arguments.sizeAtMost("distinct marginal vectors", groups.size(), MAX_POINTS, "one linear program of that size");
        TypeGrid grid = upSets.get(0).grid();
        Arguments.notNull("marginals", marginals);
        if (marginals.length != grid.agents()) {
            throw new IllegalArgumentException("marginals must hold one row per agent (got " + marginals.length + ")");
        }
        for (int i = 0; i < marginals.length; i++) {
            if (Arguments.finiteArray("marginals[" + i + "]", marginals[i]).length != grid.side()) {
                throw new IllegalArgumentException("marginals[" + i + "] must have length " + grid.side() + " (got "
                        + marginals[i].length + ")");
            }
        }
        List<double[]> vectors = new ArrayList<>(groups.values().stream().map(g -> flatten(g.get(0).marginals())).toList());
        vectors.add(flatten(marginals));
        int target = vectors.size() - 1;
        return combination(vectors, target, options).map(weights -> Arrays.copyOf(weights, target));
    }

    /** @return the number of distinct marginal vectors */
    public int distinctCount() {
        return points.size();
    }

    /** @return the number of extreme ones (by the convex-combination program) */
    public int extremeCount() {
        return (int) points.stream().filter(MarginalPoint::extreme).count();
    }

    /** @return the number of up-sets whose marginal vector is shared with another up-set */
    public int sharedCount() {
        return points.stream().mapToInt(p -> p.upSets().size()).filter(s -> s > 1).sum();
    }

    private static Map<String, List<UpSet>> group(List<UpSet> upSets) {
        Arguments.notNull("upSets", upSets);
        Map<String, List<UpSet>> groups = new LinkedHashMap<>();
        TypeGrid grid = null;
        for (UpSet upSet : upSets) {
            Arguments.notNull("upSets element", upSet);
            if (grid == null) {
                grid = upSet.grid();
            } else if (!grid.equals(upSet.grid())) {
                throw new IllegalArgumentException("upSets must share one grid (got " + grid + " and " + upSet.grid() + ")");
            }
            groups.computeIfAbsent(key(flatten(upSet.marginals())), k -> new ArrayList<>()).add(upSet);
        }
        return groups;
    }

    static String key(double[] vector) {
        StringBuilder key = new StringBuilder();
        for (double v : vector) {
            key.append(Math.round(v * KEY_RESOLUTION)).append(',');
        }
        return key.toString();
    }

    static double[] flatten(double[][] marginals) {
        return Arrays.stream(marginals).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    private static Solution<double[]> combination(List<double[]> vectors, int k, SolverOptions options) {
        LinearProgram lp = LinearProgram.create();
        int dimension = vectors.get(k).length;
        LinearProgram.Variable[] weights = new LinearProgram.Variable[vectors.size()];
        LinearProgram.Constraint total = lp.constraint("total").level(1);
        LinearProgram.Constraint[] rows = new LinearProgram.Constraint[dimension];
        for (int d = 0; d < dimension; d++) {
            rows[d] = lp.constraint("coordinate " + d).level(0);
        }
        for (int j = 0; j < vectors.size(); j++) {
            if (j == k) {
                continue;
            }
            weights[j] = lp.variable("λ" + j).lower(0).upper(1);
            total.add(weights[j], 1);
            for (int d = 0; d < dimension; d++) {
                double difference = vectors.get(j)[d] - vectors.get(k)[d];
                if (difference != 0) {
                    rows[d].add(weights[j], difference);
                }
            }
        }
        return lp.minimise(options).map(point -> {
            double[] result = new double[vectors.size()];
            for (int j = 0; j < vectors.size(); j++) {
                result[j] = j == k ? 0 : Math.max(0, point.value(weights[j]));
            }
            return result;
        });
    }

    private static Solution<double[]> separation(List<double[]> vectors, int k, SolverOptions options) {
        LinearProgram lp = LinearProgram.create();
        int dimension = vectors.get(k).length;
        LinearProgram.Variable[] w = new LinearProgram.Variable[dimension];
        for (int d = 0; d < dimension; d++) {
            w[d] = lp.variable("w" + d).lower(-1).upper(1);
        }
        LinearProgram.Variable margin = lp.variable("margin").lower(-dimension - 1.0).upper(1).weight(1);
        for (int j = 0; j < vectors.size(); j++) {
            if (j == k) {
                continue;
            }
            LinearProgram.Constraint row = lp.constraint("beats " + j).lower(0).add(margin, -1);
            for (int d = 0; d < dimension; d++) {
                double difference = vectors.get(k)[d] - vectors.get(j)[d];
                if (difference != 0) {
                    row.add(w[d], difference);
                }
            }
        }
        return lp.maximise(options).map(point -> {
            double[] result = new double[dimension + 1];
            for (int d = 0; d < dimension; d++) {
                result[d] = point.value(w[d]);
            }
            result[dimension] = point.value(margin);
            return result;
        });
    }
}
