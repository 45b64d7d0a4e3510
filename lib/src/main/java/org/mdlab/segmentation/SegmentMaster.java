package org.mdlab.segmentation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.Market;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * The restricted master problem of {@link ConsumerOptimalScreening}: the linear program over the segments
 * generated so far, its dual (prices {@code y_k} per unit mass of each value and, with the everyone-benefits
 * side constraints, multipliers {@code μ_k >= 0} on each value's rent), and the segmentation it selects.
 * The dual is solved as its own linear program: minimise {@code Σ x*_k y_k - Σ R_k μ_k} subject to
 * {@code Σ_k x_{s,k} y_k - Σ_k μ_k x_{s,k} U_{s,k} >= CS_s} for every column {@code s}.
 */
final class SegmentMaster {

    private static final double WEIGHT_FLOOR = 1e-12;

    private final Market aggregate;
    private final ConvexCost cost;
    private final int[] support;
    private final boolean everyone;
    private final double[] floorRents;
    private final List<ScreenedMarket> columns = new ArrayList<>();
    private final Set<List<Double>> seen = new HashSet<>();
    private Solution<double[]> weights;

    SegmentMaster(Market aggregate, ConvexCost cost, int[] support, boolean everyone) {
        this.aggregate = aggregate;
        this.cost = cost;
        this.support = support;
        this.everyone = everyone;
        ScreenedMarket unsegmented = ScreenedMarket.of(aggregate, cost);
        this.floorRents = new double[aggregate.size()];
        for (int k : support) {
            floorRents[k] = aggregate.probability(k) * unsegmented.rent(k);
        }
    }

    /** Adds a column unless an identical distribution is present; true if added. */
    boolean add(Market segment) {
        List<Double> key = new ArrayList<>();
        for (int k : support) {
            key.add(segment.probability(k));
        }
        if (!seen.add(key)) {
            return false;
        }
        columns.add(ScreenedMarket.of(segment, cost));
        weights = null;
        return true;
    }

    int size() {
        return columns.size();
    }

    /** The scale of consumer surplus in this market, for tolerances: the largest column surplus or value. */
    double scale() {
        double scale = 0;
        for (ScreenedMarket c : columns) {
            scale = Math.max(scale, c.totalSurplus());
        }
        return scale;
    }

    Solution<Prices> prices(SolverOptions options) {
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable[] y = new LinearProgram.Variable[support.length];
        LinearProgram.Variable[] mu = new LinearProgram.Variable[support.length];
        for (int i = 0; i < support.length; i++) {
            y[i] = lp.variable("y_" + support[i]).weight(aggregate.probability(support[i]));
            if (everyone) {
                mu[i] = lp.variable("mu_" + support[i]).lower(0).weight(-floorRents[support[i]]);
            }
        }
        for (int s = 0; s < columns.size(); s++) {
            ScreenedMarket c = columns.get(s);
            LinearProgram.Constraint row = lp.constraint("column_" + s).lower(c.consumerSurplus());
            for (int i = 0; i < support.length; i++) {
                int k = support[i];
                double mass = c.market().probability(k);
                if (mass > 0) {
                    row.set(y[i], mass);
                    if (everyone) {
                        row.set(mu[i], -mass * c.rent(k));
                    }
                }
            }
        }
        return lp.minimise(options).map(point -> {
            double[] yk = new double[aggregate.size()];
            double[] muk = new double[aggregate.size()];
            for (int i = 0; i < support.length; i++) {
                yk[support[i]] = point.value(y[i]);
                muk[support[i]] = everyone ? point.value(mu[i]) : 0;
            }
            return new Prices(yk, muk);
        });
    }

    /** The master's optimal weights, solved once per set of columns. */
    private Solution<double[]> weights(SolverOptions options) {
        if (weights == null) {
            weights = solveWeights(options);
        }
        return weights;
    }

    private Solution<double[]> solveWeights(SolverOptions options) {
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable[] alpha = new LinearProgram.Variable[columns.size()];
        for (int s = 0; s < alpha.length; s++) {
            alpha[s] = lp.variable("alpha_" + s).lower(0).weight(columns.get(s).consumerSurplus());
        }
        for (int k : support) {
            LinearProgram.Constraint average = lp.constraint("average_" + k).level(aggregate.probability(k));
            LinearProgram.Constraint rent = everyone ? lp.constraint("rent_" + k).lower(floorRents[k]) : null;
            for (int s = 0; s < alpha.length; s++) {
                double mass = columns.get(s).market().probability(k);
                if (mass > 0) {
                    average.set(alpha[s], mass);
                    if (rent != null) {
                        rent.set(alpha[s], mass * columns.get(s).rent(k));
                    }
                }
            }
        }
        return lp.maximise(options).map(LinearProgram.Point::values);
    }

    double value(SolverOptions options) {
        Solution<double[]> w = weights(options);
        if (!w.isOptimal()) {
            return Double.NEGATIVE_INFINITY;
        }
        double value = 0;
        for (int s = 0; s < columns.size(); s++) {
            value += Math.max(0, w.value()[s]) * columns.get(s).consumerSurplus();
        }
        return value;
    }

    /** The distributions of the columns with positive weight in the master's optimum. */
    List<Market> inUse(SolverOptions options) {
        Solution<double[]> w = weights(options);
        List<Market> used = new ArrayList<>();
        if (w.isOptimal()) {
            for (int s = 0; s < columns.size(); s++) {
                if (w.value()[s] > WEIGHT_FLOOR) {
                    used.add(columns.get(s).market());
                }
            }
        }
        return used;
    }

    ScreeningSegmentation segmentation(SolverOptions options) {
        double[] w = weights(options).payload().orElseThrow(() -> new IllegalStateException(
                "the master problem contains the unsegmented market, so it is always feasible"));
        double total = 0;
        for (double a : w) {
            total += a > WEIGHT_FLOOR ? a : 0;
        }
        List<ScreenedSegment> segments = new ArrayList<>();
        for (int s = 0; s < columns.size(); s++) {
            if (w[s] > WEIGHT_FLOOR) {
                segments.add(new ScreenedSegment(w[s] / total, columns.get(s)));
            }
        }
        return ScreeningSegmentation.of(aggregate, cost, segments);
    }

    /** Dual prices of the master: {@code y_k} per unit mass and {@code μ_k} per unit of value {@code k}'s rent. */
    record Prices(double[] y, double[] mu) {

        /** {@code CS(x) + Σ_k μ_k x_k U_k(x) - Σ_k y_k x_k}: positive if the segment would improve the master. */
        double reducedCost(ScreenedMarket segment) {
            double value = segment.consumerSurplus();
            Market m = segment.market();
            for (int k = 0; k < m.size(); k++) {
                double mass = m.probability(k);
                if (mass > 0) {
                    value += mass * (mu[k] * segment.rent(k) - y[k]);
                }
            }
            return value;
        }
    }
}
