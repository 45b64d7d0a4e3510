package org.mdlab.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.mdlab.market.Market;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

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
 * {@link ExpressionsBasedModel}. The same program handed to ojAlgo's lower-level
 * {@code LinearSolver.newBuilder()} as sparse rows was slower on the benchmark's seeded markets (3.9 s
 * against 1.1 s at n = 50, over 600 s against 78 s at n = 100; {@code GreedyVersusLinearProgramBenchmark}),
 * so the model is kept. Solver failures are returned as a {@link Solution} with the solver's state.
 */
public final class ObedienceProgram {

    private final Market aggregate;
    private final int[] support;
    private final ExpressionsBasedModel model;
    private final Variable[][] z;
    private final Expression consumerSurplus;
    private final Expression producerSurplus;

    private ObedienceProgram(Market aggregate) {
        this.aggregate = aggregate;
        double[] x = aggregate.probabilities();
        this.support = IntStream.range(0, x.length).filter(k -> x[k] > 0).toArray();
        double[] v = aggregate.values();
        int n = support.length;
        model = new ExpressionsBasedModel();
        z = new Variable[n][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                z[k][j] = model.addVariable("z_" + k + "_" + j).lower(0);
            }
        }
        for (int k = 0; k < n; k++) {
            Expression row = model.addExpression("averaging_" + k).level(x[support[k]]);
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
                Expression obey = model.addExpression("obedience_" + j + "_" + i).lower(0);
                for (int k = 0; k < n; k++) {
                    double coefficient = (k >= j ? pj : 0) - (k >= i ? pi : 0);
                    if (coefficient != 0) {
                        obey.set(z[k][j], coefficient);
                    }
                }
            }
        }
        consumerSurplus = model.addExpression("consumer_surplus");
        producerSurplus = model.addExpression("producer_surplus");
        for (int k = 0; k < n; k++) {
            for (int j = 0; j <= k; j++) {
                consumerSurplus.set(z[k][j], v[support[k]] - v[support[j]]);
                producerSurplus.set(z[k][j], v[support[j]]);
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
        program.consumerSurplus.weight(1);
        return program.solve(true);
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
        program.consumerSurplus.level(cs);
        program.producerSurplus.level(ps);
        return program.solve(false);
    }

    private Solution solve(boolean maximise) {
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (!result.getState().isFeasible()) {
            return new Solution(result.getState(), Optional.empty());
        }
        double[] v = aggregate.values();
        int n = support.length;
        List<double[]> columns = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        double total = 0;
        for (int j = 0; j < n; j++) {
            double[] column = new double[v.length];
            double mass = 0;
            for (int k = 0; k < n; k++) {
                double value = Math.max(0, z[k][j].getValue().doubleValue());
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
        return new Solution(result.getState(), Optional.of(Segmentation.of(aggregate, segments)));
    }
}
