package org.mdlab.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.mdlab.market.Arguments;
import org.mdlab.market.Market;
import org.mdlab.market.ConvexCost;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * A numerical search for the consumer-optimal segmentation of a discrete market when the seller screens
 * within each segment (Bergemann, Heumann and Wang, "Screening and Segmenting: A Consumer Surplus
 * Perspective", arXiv 2401.12366, the problem of Theorem 1 posed on a finite set of values).
 *
 * <p>What is optimised. Consumer surplus of a segment, {@code CS(x)}, depends only on the segment's
 * distribution {@code x}, so the best segmentation maximises {@code Σ_s α_s CS(x_s)} subject to
 * {@code Σ_s α_s x_s = x*}, {@code α >= 0}: the concave envelope of {@code CS} at {@code x*}. This class
 * restricts the segments to a finite candidate family and solves the resulting linear program
 * ({@code minimise -Σ_s CS_s α_s} s.t. {@code Σ_s x_s(v_k) α_s = x*_k}, {@code α >= 0}) through
 * {@link LinearProgram}: the candidates are every distribution on the aggregate's support whose masses are multiples of
 * {@code 1/N} (the grid of resolution {@code N}, {@code C(N+n-1, n-1)} points for {@code n} values), the
 * aggregate itself, and the extremal markets of the BBM greedy segmentation. The optimum is therefore a
 * feasible segmentation whose consumer surplus is at least that of no segmentation and of the greedy BBM
 * segments screened with menus, and it converges to the true optimum as {@code N} grows because
 * {@code CS} is continuous on the simplex. By Carathéodory the LP's basic optimum uses at most {@code n}
 * segments.
 *
 * <p>How optimality is checked. The value is a lower bound on the optimum; {@link #quadraticCostBound}
 * is an upper bound for {@code c(q) = k q^2 / 2}; refining {@code N} measures the remaining gap, and
 * {@link #solve(Market, ConvexCost, int, int, SolverOptions)} refines locally around the grid optimum. The
 * enumeration and every linear program poll the options' {@link org.mdlab.optimisation.Cancellation}.
 */
public final class ConsumerOptimalScreening {

    /** The largest number of grid candidates accepted, to keep the linear program small. */
    public static final int MAX_CANDIDATES = 200_000;

    private ConsumerOptimalScreening() {
    }

    /**
     * The best segmentation among the candidates, and how many candidates were offered to find it.
     *
     * @param segmentation the best segmentation among the candidates; not null
     * @param candidates   the number of candidate segments offered to the linear programs; {@code >= 1}
     */
    public record Optimum(ScreeningSegmentation segmentation, int candidates) {

        /**
         * Validates the components.
         *
         * @throws IllegalArgumentException if {@code segmentation} is null or {@code candidates < 1}
         */
        public Optimum {
            Arguments.notNull("segmentation", segmentation);
            Arguments.atLeast("candidates", candidates, 1);
        }
    }

    /**
     * The consumer-surplus-maximising segmentation over the candidate family of resolution {@code N}, with
     * the default solver options and no zoom rounds.
     *
     * @param aggregate  the aggregate market; not null
     * @param cost       the cost of quality; not null
     * @param resolution the grid resolution {@code N}; {@code >= 1}
     * @return the best segmentation with the number of candidates, or the solver's status
     * @throws IllegalArgumentException as {@link #solve(Market, ConvexCost, int, int, SolverOptions)}
     */
    public static Solution<Optimum> solve(Market aggregate, ConvexCost cost, int resolution) {
        return solve(aggregate, cost, resolution, 0, SolverOptions.defaults());
    }

    /**
     * The grid search followed by {@code zoomRounds} rounds of local refinement, with the default solver
     * options.
     *
     * @param aggregate  the aggregate market; not null
     * @param cost       the cost of quality; not null
     * @param resolution the grid resolution {@code N}; {@code >= 1}
     * @param zoomRounds the number of refinement rounds; {@code 0 <= zoomRounds <= 40}
     * @return the best segmentation with the number of candidates, or the solver's status
     * @throws IllegalArgumentException as {@link #solve(Market, ConvexCost, int, int, SolverOptions)}
     */
    public static Solution<Optimum> solve(Market aggregate, ConvexCost cost, int resolution, int zoomRounds) {
        return solve(aggregate, cost, resolution, zoomRounds, SolverOptions.defaults());
    }

    /**
     * The consumer-surplus-maximising segmentation over the candidate family of resolution {@code N},
     * followed by {@code zoomRounds} rounds of local refinement: in round {@code r} the candidates are the
     * segments used so far, the aggregate, and every {@code x_s + m δ_r d} with {@code x_s} a used segment,
     * {@code δ_r = 1 / (N 2^r)}, {@code m ∈ {1, 2}} and {@code d ∈ {-1, 0, 1}^n}, {@code Σ d = 0}, that
     * stays in the simplex. Each round keeps the previous optimum feasible, so the value never falls
     * (beyond the simplex tolerance, about {@code 1e-7}). The rounds are a local search around the grid
     * optimum: from too coarse a grid they can stop at a local optimum, so compare two starting resolutions.
     *
     * @param aggregate  the aggregate market; not null
     * @param cost       the cost of quality; not null
     * @param resolution the grid resolution {@code N}; {@code >= 1}
     * @param zoomRounds the number of refinement rounds; {@code 0 <= zoomRounds <= 40}
     * @param options    read for cancellation, polled per candidate and per round; not null
     * @return the best segmentation with the number of candidates of every round, or the solver's status
     * @throws IllegalArgumentException if an argument is null or out of range, or a round would offer more
     *                                  than {@link #MAX_CANDIDATES} candidates
     * @throws java.util.concurrent.CancellationException if cancellation is requested
     */
    public static Solution<Optimum> solve(Market aggregate, ConvexCost cost, int resolution, int zoomRounds,
            SolverOptions options) {
        Arguments.notNull("aggregate", aggregate);
        Arguments.notNull("cost", cost);
        Arguments.notNull("options", options);
        Arguments.atLeast("resolution", resolution, 1);
        if (zoomRounds < 0 || zoomRounds > 40) {
            throw new IllegalArgumentException("zoomRounds must lie in [0, 40] (got " + zoomRounds + ")");
        }
        int[] support = IntStream.range(0, aggregate.size()).filter(k -> aggregate.probability(k) > 0).toArray();
        Arguments.sizeAtMost("grid candidates C(N + n - 1, n - 1) for N = " + resolution + ", n = " + support.length
                + " values", gridSize(resolution, support.length), MAX_CANDIDATES, "one LP column and one screening"
                + " menu per candidate");
        if (zoomRounds > 0) {
            Arguments.sizeAtMost("zoom candidates per round 2 · 3^n · n for n = " + support.length + " values",
                    (long) Math.min(Long.MAX_VALUE, 2 * Math.pow(3, support.length) * support.length), MAX_CANDIDATES,
                    "one LP column and one screening menu per candidate");
        }
        List<ScreenedMarket> candidates = new ArrayList<>();
        candidates.add(ScreenedMarket.of(aggregate, cost));
        for (Segment s : Segmentation.consumerOptimal(aggregate).segments()) {
            candidates.add(ScreenedMarket.of(s.market(), cost));
        }
        double[] grid = aggregate.values();
        enumerate(new int[support.length], 0, resolution, counts -> {
            options.cancellation().check("consumer-optimal screening grid");
            double[] x = new double[grid.length];
            for (int i = 0; i < support.length; i++) {
                x[support[i]] = (double) counts[i] / resolution;
            }
            candidates.add(ScreenedMarket.of(Market.of(grid, x), cost));
        });
        Solution<ScreeningSegmentation> result = solve(aggregate, cost, support, candidates, options);
        int offered = candidates.size();
        double step = 1.0 / resolution;
        for (int round = 1; round <= zoomRounds && result.isOptimal(); round++) {
            options.cancellation().check("consumer-optimal screening zoom round " + round);
            step /= 2;
            List<ScreenedMarket> local = new ArrayList<>();
            local.add(ScreenedMarket.of(aggregate, cost));
            for (ScreenedSegment used : result.value().segments()) {
                local.add(used.market());
                addNeighbours(local, used.market(), support, step, cost);
            }
            offered += local.size();
            result = solve(aggregate, cost, support, local, options);
        }
        int total = offered;
        return result.map(segmentation -> new Optimum(segmentation, total));
    }

    private static void addNeighbours(List<ScreenedMarket> into, ScreenedMarket centre, int[] support, double step,
            ConvexCost cost) {
        double[] grid = centre.market().values();
        double[] x = centre.market().probabilities();
        enumerate(new int[support.length], 0, 2 * support.length, shifted -> {
            for (int m = 1; m <= 2; m++) {
                double[] y = x.clone();
                boolean inside = true;
                boolean moved = false;
                for (int i = 0; i < support.length && inside; i++) {
                    int d = shifted[i] - 2;
                    if (d < -1 || d > 1) {
                        inside = false;
                    } else if (d != 0) {
                        moved = true;
                        y[support[i]] += m * step * d;
                        if (Math.abs(y[support[i]]) < 1e-15) {
                            y[support[i]] = 0;
                        }
                        inside = y[support[i]] >= 0;
                    }
                }
                if (inside && moved) {
                    into.add(ScreenedMarket.of(Market.of(grid, y), cost));
                }
            }
        });
    }

    /**
     * An upper bound on consumer surplus under any segmentation when {@code c(q) = k q^2 / 2} (with any
     * largest quality): {@code E[v^2] / (4k)}. Derivation: a segment's consumer surplus is
     * {@code Σ_B Q(φ̄_B) Σ_{j∈B} x_j h_j} over ironed blocks {@code B}, with {@code φ̄_B = V_B - H_B} the
     * mass-weighted means of {@code v} and of the inverse hazard rate and {@code Q(φ) <= φ^+/k}; so a block
     * gives at most {@code M_B H_B (V_B - H_B)^+ / k <= M_B V_B^2 / (4k) <= Σ_{j∈B} x_j v_j^2 / (4k)}
     * (Jensen); summing over blocks and segments gives the bound. It is the pointwise maximum of the local
     * rent {@code h Q(v - h)} of BHW Theorem 1, attained at {@code h = v / 2}, elasticity 2.
     *
     * @param aggregate the aggregate market
     * @param curvature {@code k}; finite and {@code > 0}
     * @return {@code Σ_k x*_k v_k^2 / (4k)}
     * @throws IllegalArgumentException if {@code aggregate} is null or {@code curvature} breaks its rule
     */
    public static double quadraticCostBound(Market aggregate, double curvature) {
        Arguments.notNull("aggregate", aggregate);
        Arguments.positive("curvature", curvature);
        double sum = 0;
        for (int k = 0; k < aggregate.size(); k++) {
            sum += aggregate.probability(k) * aggregate.value(k) * aggregate.value(k);
        }
        return sum / (4 * curvature);
    }

    private static Solution<ScreeningSegmentation> solve(Market aggregate, ConvexCost cost, int[] support,
            List<ScreenedMarket> candidates, SolverOptions options) {
        int count = candidates.size();
        LinearProgram program = LinearProgram.create();
        LinearProgram.Variable[] alpha = new LinearProgram.Variable[count];
        for (int s = 0; s < count; s++) {
            alpha[s] = program.variable("alpha_" + s).lower(0).weight(-candidates.get(s).consumerSurplus());
        }
        for (int k : support) {
            LinearProgram.Constraint row = program.constraint("average_" + k).level(aggregate.probability(k));
            for (int s = 0; s < count; s++) {
                double mass = candidates.get(s).market().probability(k);
                if (mass != 0) {
                    row.set(alpha[s], mass);
                }
            }
        }
        return program.minimise(options).map(point -> {
            double[] weights = point.values();
            double total = 0;
            for (double w : weights) {
                total += w > 1e-12 ? w : 0;
            }
            List<ScreenedSegment> segments = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                if (weights[s] > 1e-12) {
                    segments.add(new ScreenedSegment(weights[s] / total, candidates.get(s)));
                }
            }
            return ScreeningSegmentation.of(aggregate, cost, segments);
        });
    }

    private static long gridSize(int resolution, int parts) {
        double count = 1;
        for (int i = 1; i < parts; i++) {
            count = count * (resolution + (double) i) / i;
        }
        return count >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(count);
    }

    private static void enumerate(int[] counts, int position, int remaining, Consumer<int[]> sink) {
        if (position == counts.length - 1) {
            counts[position] = remaining;
            sink.accept(counts);
            return;
        }
        for (int c = 0; c <= remaining; c++) {
            counts[position] = c;
            enumerate(counts, position + 1, remaining - c, sink);
        }
    }
}
