package org.mdlab.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.mdlab.market.Arguments;
import org.mdlab.market.Market;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * Segmentations as the solution of a linear program in price-obedience form (Bergemann, Brooks and
 * Morris 2015, AER 105(3), Section I, the "direct" segmentations in which each segment is named by the
 * price the seller charges there). The variable {@code z[k][j] >= 0} is the mass of buyers with value
 * {@code v_k} in the segment whose price is {@code v_j}; the constraints are
 * <ul>
 *   <li>averaging: {@code sum_j z[k][j] = x*(v_k)} for each value {@code k};</li>
 *   <li>obedience: {@code sum_k z[k][j] (v_j 1[v_k >= v_j] - v_i 1[v_k >= v_i]) >= 0} for each price
 *       {@code j} and each alternative price {@code i != j}.</li>
 * </ul>
 * Only values with positive aggregate mass are used. With {@code n} such values the program has
 * {@code n^2} variables and {@code n(n-1) + n} constraints; it is solved by ojAlgo's
 * {@code ExpressionsBasedModel} through {@link LinearProgram}. The same program handed to ojAlgo's lower-level
 * {@code LinearSolver.newBuilder()} as sparse rows was slower on the benchmark's seeded markets (3.9 s
 * against 1.1 s at n = 50, over 600 s against 78 s at n = 100; {@code GreedyVersusLinearProgramBenchmark}),
 * so the model is kept. At most {@link #MAX_VALUES} values are accepted. Solver failures are returned
 * as a {@link Solution} with the solver's status.
 */
public final class ObedienceProgram {

    /**
     * The most values with positive mass accepted ({@value}): the program has {@code n^2} variables and
     * its solve time grows like {@code n^6} (about 1 s at n = 50, 78 s at n = 100 on the benchmark).
     */
    public static final int MAX_VALUES = 200;

    private final Market aggregate;
    private final int[] support;
    private final LinearProgram program;
    private final LinearProgram.Variable[][] z;

    private ObedienceProgram(Market aggregate) {
        this.aggregate = aggregate;
        double[] x = aggregate.probabilities();
        this.support = IntStream.range(0, x.length).filter(k -> x[k] > 0).toArray();
        int n = support.length;
        Arguments.sizeAtMost("values with positive mass n", n, MAX_VALUES, "n^2 = "
                + Math.multiplyExact((long) n, n) + " LP variables, solve time growing like n^6");
        double[] v = aggregate.values();
        program = LinearProgram.create();
        z = new LinearProgram.Variable[n][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                z[k][j] = program.variable("z_" + k + "_" + j).lower(0);
            }
        }
        for (int k = 0; k < n; k++) {
            LinearProgram.Constraint row = program.constraint("averaging_" + k).level(x[support[k]]);
            for (int j = 0; j < n; j++) {
                row.set(z[k][j], 1);
            }
        }
        for (int j = 0; j < n; j++) {
            double pj = v[support[j]];
            for (int i = 0; i < n; i++) {
                if (i == j) {
                    continue;
                }
                double pi = v[support[i]];
                LinearProgram.Constraint obey = program.constraint("obedience_" + j + "_" + i).lower(0);
                for (int k = 0; k < n; k++) {
                    double coefficient = (k >= j ? pj : 0) - (k >= i ? pi : 0);
                    if (coefficient != 0) {
                        obey.set(z[k][j], coefficient);
                    }
                }
            }
        }
    }

    /**
     * The consumer-surplus-maximising segmentation found by the linear program, with the default solver
     * options.
     *
     * @param aggregate the market; not null, at most {@link #MAX_VALUES} values with positive mass
     * @return the segmentation (one segment per price with positive mass), or the solver's status
     * @throws IllegalArgumentException as {@link #solveConsumerOptimal(Market, SolverOptions)}
     */
    public static Solution<Segmentation> solveConsumerOptimal(Market aggregate) {
        return solveConsumerOptimal(aggregate, SolverOptions.defaults());
    }

    /**
     * The consumer-surplus-maximising segmentation found by the linear program (the generic alternative to
     * {@link GreedySegmentation}; BBM 2015, Theorem 1 gives the optimum {@code w* - pi*}). The objective is
     * {@code Σ_{j <= k} z[k][j] (v_k - v_j)}.
     *
     * @param aggregate the market; not null, at most {@link #MAX_VALUES} values with positive mass
     * @param options   read for cancellation; not null
     * @return the segmentation (one segment per price with positive mass), or the solver's status
     * @throws IllegalArgumentException if an argument is null or the market has more than
     *                                  {@link #MAX_VALUES} values with positive mass
     */
    public static Solution<Segmentation> solveConsumerOptimal(Market aggregate, SolverOptions options) {
        Arguments.notNull("aggregate", aggregate);
        Arguments.notNull("options", options);
        ObedienceProgram lp = new ObedienceProgram(aggregate);
        double[] v = aggregate.values();
        int[] support = lp.support;
        for (int k = 0; k < support.length; k++) {
            for (int j = 0; j <= k; j++) {
                lp.z[k][j].weight(v[support[k]] - v[support[j]]);
            }
        }
        return lp.program.maximise(options).map(lp::segmentation);
    }

    /**
     * A segmentation with consumer surplus {@code cs} and producer surplus {@code ps}, with the default
     * solver options.
     *
     * @param aggregate the market; not null
     * @param cs        the requested consumer surplus
     * @param ps        the requested producer surplus
     * @return a segmentation reaching the pair, or the solver's status
     * @throws IllegalArgumentException as {@link #solveReaching(Market, double, double, SolverOptions)}
     */
    public static Solution<Segmentation> solveReaching(Market aggregate, double cs, double ps) {
        return solveReaching(aggregate, cs, ps, SolverOptions.defaults());
    }

    /**
     * A segmentation with consumer surplus {@code cs} and producer surplus {@code ps}, found as a
     * feasible point of the linear program with those two equalities added.
     *
     * @param aggregate the market; not null, at most {@link #MAX_VALUES} values with positive mass
     * @param cs        the requested consumer surplus; finite
     * @param ps        the requested producer surplus; finite
     * @param options   read for cancellation; not null
     * @return a segmentation reaching the pair, or the solver's status
     * @throws IllegalArgumentException if an argument is null or not finite, {@code (cs, ps)} is outside the
     *                                  welfare triangle of {@code aggregate} (relative tolerance
     *                                  {@link WelfareTriangle#TOLERANCE}), or the market is too large
     */
    public static Solution<Segmentation> solveReaching(Market aggregate, double cs, double ps, SolverOptions options) {
        Arguments.notNull("aggregate", aggregate);
        Arguments.notNull("options", options);
        WelfareTriangle.of(aggregate).requireContains(cs, ps);
        ObedienceProgram lp = new ObedienceProgram(aggregate);
        double[] v = aggregate.values();
        int[] support = lp.support;
        LinearProgram.Constraint consumerSurplus = lp.program.constraint("consumer_surplus").level(cs);
        LinearProgram.Constraint producerSurplus = lp.program.constraint("producer_surplus").level(ps);
        for (int k = 0; k < support.length; k++) {
            for (int j = 0; j <= k; j++) {
                consumerSurplus.set(lp.z[k][j], v[support[k]] - v[support[j]]);
                producerSurplus.set(lp.z[k][j], v[support[j]]);
            }
        }
        return lp.program.minimise(options).map(lp::segmentation);
    }

    private Segmentation segmentation(LinearProgram.Point point) {
        double[] v = aggregate.values();
        int n = support.length;
        List<double[]> columns = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        double total = 0;
        for (int j = 0; j < n; j++) {
            double[] column = new double[v.length];
            double mass = 0;
            for (int k = 0; k < n; k++) {
                double value = Math.max(0, point.value(z[k][j]));
                column[support[k]] = value;
                mass += value;
            }
            if (mass > 1e-12) {
                columns.add(column);
                prices.add(v[support[j]]);
                total += mass;
            }
        }
        List<Segment> segments = new ArrayList<>();
        for (int s = 0; s < columns.size(); s++) {
            double[] column = columns.get(s);
            double mass = Arrays.stream(column).sum();
            for (int k = 0; k < column.length; k++) {
                column[k] /= mass;
            }
            segments.add(new Segment(mass / total, Market.of(v, column), prices.get(s)));
        }
        return Segmentation.of(aggregate, segments);
    }
}
