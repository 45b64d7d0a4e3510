package org.mdlab.segmentation;

import org.mdlab.market.ConvexCost;
import org.mdlab.market.Market;
import org.mdlab.optimisation.SolverOptions;

/**
 * The pricing search of {@link ConsumerOptimalScreening}: a local ascent of the reduced cost
 * {@link SegmentMaster.Prices#reducedCost} over distributions on the aggregate's support, by moving mass
 * {@code min(δ, x_i)} from value {@code i} to value {@code j} for every ordered pair, first improvement,
 * with {@code δ} halving from 1/4 to {@value #SMALLEST_STEP}; at most {@value #SWEEPS} sweeps per step.
 * A heuristic: it finds improving segments, and the certificate of optimality comes from {@link RentBound}.
 */
final class SegmentPricing {

    private static final double SMALLEST_STEP = 1e-7;
    private static final int SWEEPS = 8;

    private SegmentPricing() {
    }

    static Market search(Market start, SegmentMaster.Prices prices, ConvexCost cost, int[] support, SolverOptions options) {
        double[] grid = start.values();
        double[] x = new double[support.length];
        for (int i = 0; i < support.length; i++) {
            x[i] = start.probability(support[i]);
        }
        double best = value(x, grid, support, prices, cost);
        for (double step = 0.25; step >= SMALLEST_STEP; step /= 2) {
            options.cancellation().check("consumer-optimal screening pricing search");
            boolean improved = true;
            for (int sweep = 0; sweep < SWEEPS && improved; sweep++) {
                improved = false;
                for (int i = 0; i < x.length; i++) {
                    for (int j = 0; j < x.length && x[i] > 0; j++) {
                        if (j == i) {
                            continue;
                        }
                        double d = Math.min(step, x[i]);
                        double keepI = x[i];
                        double keepJ = x[j];
                        x[i] = d == keepI ? 0 : keepI - d;
                        x[j] = keepJ + d;
                        double candidate = value(x, grid, support, prices, cost);
                        if (candidate > best + 1e-15 * Math.abs(best)) {
                            best = candidate;
                            improved = true;
                        } else {
                            x[i] = keepI;
                            x[j] = keepJ;
                        }
                    }
                }
            }
        }
        return market(x, grid, support);
    }

    private static double value(double[] x, double[] grid, int[] support, SegmentMaster.Prices prices, ConvexCost cost) {
        return prices.reducedCost(ScreenedMarket.of(market(x, grid, support), cost));
    }

    private static Market market(double[] x, double[] grid, int[] support) {
        double total = 0;
        for (double m : x) {
            total += m;
        }
        double[] p = new double[grid.length];
        for (int i = 0; i < support.length; i++) {
            p[support[i]] = x[i] / total;
        }
        return Market.of(grid, p);
    }
}
