package org.mdlab.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.mdlab.market.Market;
import org.mdlab.market.ConvexCost;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * A numerical search for the consumer-optimal segmentation of a discrete market when the seller screens
 * within each segment (Bergemann, Heumann and Wang, "Screening and Segmenting: A Consumer Surplus
 * Perspective", arXiv 2401.12366, the problem of Theorem 1 posed on a finite set of values).
 *
 * <p>What is optimised. Consumer surplus of a segment, {@code CS(x)}, depends only on the segment's
 * distribution {@code x}, so the best segmentation maximises {@code Σ_s α_s CS(x_s)} subject to
 * {@code Σ_s α_s x_s = x*}, {@code α >= 0}: the concave envelope of {@code CS} at {@code x*}. This class
 * restricts the segments to a finite candidate family and solves the resulting linear program
 * ({@code minimise -Σ_s CS_s α_s} s.t. {@code Σ_s x_s(v_k) α_s = x*_k}, {@code α >= 0}) with ojAlgo's simplex
 * ({@link LinearSolver}): the candidates are every distribution on the aggregate's support whose masses are multiples of
 * {@code 1/N} (the grid of resolution {@code N}, {@code C(N+n-1, n-1)} points for {@code n} values), the
 * aggregate itself, and the extremal markets of the BBM greedy segmentation. The optimum is therefore a
 * feasible segmentation whose consumer surplus is at least that of no segmentation and of the greedy BBM
 * segments screened with menus, and it converges to the true optimum as {@code N} grows because
 * {@code CS} is continuous on the simplex. By Carathéodory the LP's basic optimum uses at most {@code n}
 * segments.
 *
 * <p>How optimality is checked. The value is a lower bound on the optimum; {@link #quadraticCostBound}
 * is an upper bound for {@code c(q) = k q^2 / 2}; refining {@code N} measures the remaining gap, and
 * {@link #search(Market, ConvexCost, int, int)} refines locally around the grid optimum.
 */
public final class ConsumerOptimalScreening {

    /** The largest number of grid candidates accepted, to keep the linear program small. */
    public static final int MAX_CANDIDATES = 200_000;

    private ConsumerOptimalScreening() {
    }

    /**
     * The solver's outcome.
     *
     * @param state        the ojAlgo state of the linear program
     * @param segmentation the best segmentation among the candidates, if the state is feasible
     * @param candidates   the number of candidate segments offered to the linear program
     */
    public record Result(Optimisation.State state, Optional<ScreeningSegmentation> segmentation, int candidates) {

        /**
         * Validates the components.
         *
         * @throws IllegalArgumentException if a component is null or {@code candidates < 1}
         */
        public Result {
            if (state == null || segmentation == null) {
                throw new IllegalArgumentException("state and segmentation must not be null");
            }
            if (candidates < 1) {
                throw new IllegalArgumentException("candidates must be >= 1 (got " + candidates + ")");
            }
        }
    }

    /**
     * The consumer-surplus-maximising segmentation over the candidate family of resolution {@code N}.
     *
     * @param aggregate  the aggregate market
     * @param cost       the cost of quality
     * @param resolution the grid resolution {@code N}; {@code >= 1}
     * @return the solver's outcome
     * @throws IllegalArgumentException if an argument is null, {@code resolution < 1}, or the grid has more
     *                                  than {@link #MAX_CANDIDATES} points
     */
    public static Result search(Market aggregate, ConvexCost cost, int resolution) {
        return search(aggregate, cost, resolution, 0);
    }

    /**
     * The grid search of {@link #search(Market, ConvexCost, int)} followed by {@code zoomRounds} rounds of
     * local refinement: in round {@code r} the candidates are the segments used so far, the aggregate, and
     * every {@code x_s + m δ_r d} with {@code x_s} a used segment, {@code δ_r = 1 / (N 2^r)},
     * {@code m ∈ {1, 2}} and {@code d ∈ {-1, 0, 1}^n}, {@code Σ d = 0}, that stays in the simplex. Each
     * round keeps the previous optimum feasible, so the value never falls (beyond the simplex tolerance,
     * about {@code 1e-7}). The rounds are a local search around the grid optimum: from too coarse a grid
     * they can stop at a local optimum, so compare two starting resolutions.
     *
     * @param aggregate  the aggregate market
     * @param cost       the cost of quality
     * @param resolution the grid resolution {@code N}; {@code >= 1}
     * @param zoomRounds the number of refinement rounds; {@code 0 <= zoomRounds <= 40}
     * @return the solver's outcome; {@code candidates} counts the candidates of every round
     * @throws IllegalArgumentException if an argument is null or out of range, or a round would offer more
     *                                  than {@link #MAX_CANDIDATES} candidates
     */
    public static Result search(Market aggregate, ConvexCost cost, int resolution, int zoomRounds) {
        if (aggregate == null || cost == null) {
            throw new IllegalArgumentException("aggregate and cost must not be null");
        }
        if (resolution < 1) {
            throw new IllegalArgumentException("resolution must be >= 1 (got " + resolution + ")");
        }
        if (zoomRounds < 0 || zoomRounds > 40) {
            throw new IllegalArgumentException("zoomRounds must be in [0, 40] (got " + zoomRounds + ")");
        }
        int[] support = IntStream.range(0, aggregate.size()).filter(k -> aggregate.probability(k) > 0).toArray();
        double points = gridSize(resolution, support.length);
        if (points > MAX_CANDIDATES) {
            throw new IllegalArgumentException("resolution " + resolution + " on " + support.length
                    + " values gives " + (long) points + " grid points, more than " + MAX_CANDIDATES);
        }
        if (zoomRounds > 0 && 2 * Math.pow(3, support.length) * support.length > MAX_CANDIDATES) {
            throw new IllegalArgumentException("zoom rounds on " + support.length + " values would offer more than "
                    + MAX_CANDIDATES + " candidates per round");
        }
        List<ScreenedMarket> candidates = new ArrayList<>();
        candidates.add(ScreenedMarket.of(aggregate, cost));
        for (Segment s : Segmentation.consumerOptimal(aggregate).segments()) {
            candidates.add(ScreenedMarket.of(s.market(), cost));
        }
        double[] grid = aggregate.values();
        enumerate(new int[support.length], 0, resolution, counts -> {
            double[] x = new double[grid.length];
            for (int i = 0; i < support.length; i++) {
                x[support[i]] = (double) counts[i] / resolution;
            }
            candidates.add(ScreenedMarket.of(Market.of(grid, x), cost));
        });
        Result result = solve(aggregate, cost, support, candidates);
        int offered = candidates.size();
        double step = 1.0 / resolution;
        for (int round = 1; round <= zoomRounds && result.segmentation().isPresent(); round++) {
            step /= 2;
            List<ScreenedMarket> local = new ArrayList<>();
            local.add(ScreenedMarket.of(aggregate, cost));
            for (ScreenedSegment used : result.segmentation().get().segments()) {
                local.add(used.market());
                addNeighbours(local, used.market(), support, step, cost);
            }
            offered += local.size();
            result = solve(aggregate, cost, support, local);
        }
        return new Result(result.state(), result.segmentation(), offered);
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
     * @throws IllegalArgumentException if {@code curvature} breaks its rule
     */
    public static double quadraticCostBound(Market aggregate, double curvature) {
        if (!Double.isFinite(curvature) || !(curvature > 0)) {
            throw new IllegalArgumentException("curvature must be finite and > 0 (got " + curvature + ")");
        }
        double sum = 0;
        for (int k = 0; k < aggregate.size(); k++) {
            sum += aggregate.probability(k) * aggregate.value(k) * aggregate.value(k);
        }
        return sum / (4 * curvature);
    }

    private static Result solve(Market aggregate, ConvexCost cost, int[] support, List<ScreenedMarket> candidates) {
        int count = candidates.size();
        double[] objective = new double[count];
        for (int s = 0; s < count; s++) {
            objective[s] = -candidates.get(s).consumerSurplus();
        }
        LinearSolver.Builder program = LinearSolver.newBuilder().objective(objective).lower(0);
        for (int k : support) {
            double[] row = new double[count];
            for (int s = 0; s < count; s++) {
                row[s] = candidates.get(s).market().probability(k);
            }
            program.equality(aggregate.probability(k), row);
        }
        Optimisation.Result result = program.solve();
        if (!result.getState().isFeasible()) {
            return new Result(result.getState(), Optional.empty(), count);
        }
        List<Integer> used = new ArrayList<>();
        double total = 0;
        for (int s = 0; s < count; s++) {
            double alpha = result.doubleValue(s);
            if (alpha > 1e-12) {
                used.add(s);
                total += alpha;
            }
        }
        List<ScreenedSegment> segments = new ArrayList<>();
        for (int s : used) {
            segments.add(new ScreenedSegment(result.doubleValue(s) / total, candidates.get(s)));
        }
        return new Result(result.getState(), Optional.of(ScreeningSegmentation.of(aggregate, cost, segments)), count);
    }

    private static double gridSize(int resolution, int parts) {
        double count = 1;
        for (int i = 1; i < parts; i++) {
            count = count * (resolution + i) / i;
        }
        return count;
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
