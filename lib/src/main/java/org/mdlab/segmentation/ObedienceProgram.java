package org.mdlab.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.mdlab.market.Market;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.linear.LinearSolver;
import org.ojalgo.structure.Mutate1D;

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
 * {@code n^2} variables and {@code n(n-1) + n} constraints. It is handed to ojAlgo's
 * {@link LinearSolver#newBuilder() LinearSolver} row by row as sparse rows (an obedience row has at most
 * {@code n} nonzeros, all in the column block of its price {@code j}) and solved by its phased simplex on
 * the sparse revised store, whose memory grows with the nonzeros ({@code O(n^3)}) rather than with a dense
 * tableau's {@code n^2 x 2n^2} entries. Solver failures are returned as a {@link Solution} with the
 * solver's state.
 */
public final class ObedienceProgram {

    private static final double NEGLIGIBLE_MASS = 1e-12;

    private final Market aggregate;
    private final int[] support;
    private final double[] consumerSurplus;
    private final double[] producerSurplus;

    private ObedienceProgram(Market aggregate) {
        this.aggregate = aggregate;
        double[] x = aggregate.probabilities();
        this.support = IntStream.range(0, x.length).filter(k -> x[k] > 0).toArray();
        int n = support.length;
        consumerSurplus = new double[n * n];
        producerSurplus = new double[n * n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j <= k; j++) {
                consumerSurplus[index(k, j)] = value(k) - value(j);
                producerSurplus[index(k, j)] = value(j);
            }
        }
    }

    /**
     * The solver's outcome: its state and, if it found a solution, the segmentation it encodes (one
     * segment per price with positive mass).
     *
     * @param state        the ojAlgo state ({@code OPTIMAL}, {@code INFEASIBLE}, ...)
     * @param segmentation the segmentation if the state is feasible, else empty
     */
    public record Solution(Optimisation.State state, Optional<Segmentation> segmentation) {

        /**
         * Validates the components.
         *
         * @param state        non-null
         * @param segmentation non-null
         * @throws IllegalArgumentException if a component is null
         */
        public Solution {
            if (state == null || segmentation == null) {
                throw new IllegalArgumentException("state and segmentation must not be null");
            }
        }
    }

    /**
     * The consumer-surplus-maximising segmentation found by the linear program (the generic alternative to
     * {@link GreedySegmentation}; BBM 2015, Theorem 1 gives the optimum {@code w* - pi*}).
     *
     * @param aggregate the market
     * @return the solver's outcome
     */
    public static Solution maximiseConsumerSurplus(Market aggregate) {
        ObedienceProgram program = new ObedienceProgram(aggregate);
        double[] objective = program.consumerSurplus.clone();
        for (int s = 0; s < objective.length; s++) {
            objective[s] = -objective[s];
        }
        return program.solve(program.constraints(objective));
    }

    /**
     * A segmentation with consumer surplus {@code cs} and producer surplus {@code ps}, found as a
     * feasible point of the linear program with those two equalities added.
     *
     * @param aggregate the market
     * @param cs        the requested consumer surplus
     * @param ps        the requested producer surplus
     * @return the solver's outcome
     * @throws IllegalArgumentException if {@code (cs, ps)} is outside the welfare triangle of {@code aggregate}
     */
    public static Solution reaching(Market aggregate, double cs, double ps) {
        WelfareTriangle triangle = WelfareTriangle.of(aggregate);
        if (!triangle.contains(cs, ps)) {
            throw new IllegalArgumentException("(cs, ps) must lie in the welfare triangle with vertices (0, "
                    + triangle.monopolyProfit() + "), (0, " + triangle.efficientSurplus() + "), ("
                    + (triangle.efficientSurplus() - triangle.monopolyProfit()) + ", " + triangle.monopolyProfit()
                    + ") (got (" + cs + ", " + ps + "))");
        }
        ObedienceProgram program = new ObedienceProgram(aggregate);
        LinearSolver.Builder builder = program.constraints(new double[program.consumerSurplus.length]);
        builder.equality(cs, program.consumerSurplus);
        builder.equality(ps, program.producerSurplus);
        return program.solve(builder);
    }

    /** The averaging equalities and obedience inequalities ({@code <= 0} form) under a minimised objective. */
    private LinearSolver.Builder constraints(double[] objective) {
        int n = support.length;
        LinearSolver.Builder builder = LinearSolver.newBuilder().objective(objective).lower(0);
        for (int k = 0; k < n; k++) {
            Mutate1D averaging = builder.equality(aggregate.probability(support[k]));
            for (int j = 0; j < n; j++) {
                averaging.set(index(k, j), 1);
            }
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i == j) {
                    continue;
                }
                Mutate1D deviationGain = builder.inequality(0);
                for (int k = 0; k < n; k++) {
                    double coefficient = (k >= i ? value(i) : 0) - (k >= j ? value(j) : 0);
                    if (coefficient != 0) {
                        deviationGain.set(index(k, j), coefficient);
                    }
                }
            }
        }
        return builder;
    }

    private Solution solve(LinearSolver.Builder builder) {
        Optimisation.Options options = new Optimisation.Options();
        options.sparse = Boolean.TRUE;
        Optimisation.Result result = builder.build(options).solve();
        if (!result.getState().isFeasible()) {
            return new Solution(result.getState(), Optional.empty());
        }
        double[] v = aggregate.values();
        int n = support.length;
        List<double[]> columns = new ArrayList<>();
        List<Double> masses = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        double total = 0;
        for (int j = 0; j < n; j++) {
            double[] column = new double[v.length];
            double mass = 0;
            for (int k = 0; k < n; k++) {
                double z = Math.max(0, result.doubleValue(index(k, j)));
                column[support[k]] = z;
                mass += z;
            }
            if (mass > NEGLIGIBLE_MASS) {
                columns.add(column);
                masses.add(mass);
                prices.add(value(j));
                total += mass;
            }
        }
        List<Segment> segments = new ArrayList<>();
        for (int s = 0; s < columns.size(); s++) {
            double[] column = columns.get(s);
            double mass = masses.get(s);
            for (int k = 0; k < column.length; k++) {
                column[k] /= mass;
            }
            segments.add(new Segment(mass / total, Market.of(v, column), prices.get(s)));
        }
        return new Solution(result.getState(), Optional.of(Segmentation.of(aggregate, segments)));
    }

    private int index(int k, int j) {
        return k * support.length + j;
    }

    private double value(int k) {
        return aggregate.value(support[k]);
    }
}
