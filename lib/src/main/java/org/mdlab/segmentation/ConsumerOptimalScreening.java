package org.mdlab.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.mdlab.market.Arguments;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.Market;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * The consumer-optimal segmentation of a discrete market when the seller screens within each segment
 * (Bergemann, Heumann and Wang, "Screening and Segmenting: A Consumer Surplus Perspective", arXiv 2401.12366,
 * the problem of Theorem 1 posed on a finite set of values), by column generation with a certified gap.
 *
 * <p>The master problem. A segment's consumer surplus {@code CS(x)} depends only on its distribution, so the
 * best segmentation maximises {@code Σ_s α_s CS(x_s)} subject to {@code Σ_s α_s x_s = x*}, {@code α >= 0}
 * over the segments generated so far (a linear program, solved by {@link org.mdlab.optimisation.LinearProgram});
 * its value is a lower bound, attained by the segmentation returned.
 *
 * <p>The columns. First the aggregate, the point masses, the BBM greedy segments, for a power cost the greedy
 * extremal segments ({@link ScreeningExtremalMarkets#greedy}) and, on every interval of
 * the aggregate's values, the market whose inverse hazard rate is the primal optimum of {@link RentBound}
 * (quadratic cost) or whose elasticity is the local-rent maximiser {@code γ/(γ-1)} (power cost
 * {@code q^γ/γ}), and the aggregate's own inverse hazard rate. Then, in each round, the pricing problem
 * {@code max_x CS(x) - y·x} with {@code y} the master's dual prices is searched locally (mass moves between
 * pairs of values with halving steps, from every segment in use) and every segment with positive reduced cost
 * enters the master. The rounds stop when the search finds none, when the gap closes, after {@link #MAX_ROUNDS},
 * or (for a cost without a bound) when a round raises the value by less than {@code 1e-9} relative.
 *
 * <p>The certificate. For {@code c(q) = κ q^2 / 2} the {@link RentBound} is an upper bound on every
 * segmentation; the result is {@link org.mdlab.optimisation.Status#OPTIMAL} when the gap between bound and
 * value is at most {@link #GAP_TOLERANCE} relative to the bound, and the gap is the diagnostics' error bound.
 * A larger gap, or a cost without a proven bound, is reported as
 * {@link org.mdlab.optimisation.Status#ITERATION_LIMIT} with the feasible segmentation found and a note.
 * Every round polls the options' {@link org.mdlab.optimisation.Cancellation}.
 */
public final class ConsumerOptimalScreening {

    /** The largest number of values with positive mass accepted. */
    public static final int MAX_VALUES = 60;

    /** The largest number of column-generation rounds. */
    public static final int MAX_ROUNDS = 60;

    /** The relative gap to the {@link RentBound} under which the value is certified optimal. */
    public static final double GAP_TOLERANCE = 1e-6;

    /** Without a bound, the rounds stop when one raises the master's value by less than this, relative. */
    private static final double STALL = 1e-9;

    private ConsumerOptimalScreening() {
    }

    /**
     * The best segmentation found, with its certificate.
     *
     * @param segmentation the segmentation; not null
     * @param upperBound   a proven upper bound on the consumer surplus of every segmentation, when the cost has one
     * @param columns      the number of candidate segments offered to the master problem; {@code >= 1}
     * @param rounds       the number of pricing rounds; {@code >= 0}
     */
    public record Optimum(ScreeningSegmentation segmentation, OptionalDouble upperBound, int columns, int rounds) {

        /**
         * Validates the components.
         *
         * @throws IllegalArgumentException if a component breaks its rule
         */
        public Optimum {
            Arguments.notNull("segmentation", segmentation);
            Arguments.notNull("upperBound", upperBound);
            Arguments.atLeast("columns", columns, 1);
            Arguments.atLeast("rounds", rounds, 0);
        }

        /**
         * The gap between the bound and the value found.
         *
         * @return {@code upperBound - CS}, or empty without a bound
         */
        public OptionalDouble gap() {
            return upperBound.isPresent()
                    ? OptionalDouble.of(Math.max(0, upperBound.getAsDouble() - segmentation.consumerSurplus()))
                    : OptionalDouble.empty();
        }
    }

    /**
     * The consumer-optimal segmentation with the default solver options.
     *
     * @param aggregate the aggregate market; not null, at most {@link #MAX_VALUES} values of positive mass
     * @param cost      the cost of quality; not null
     * @return the segmentation with its certificate
     * @throws IllegalArgumentException as {@link #solve(Market, ConvexCost, SolverOptions)}
     */
    public static Solution<Optimum> solve(Market aggregate, ConvexCost cost) {
        return solve(aggregate, cost, SolverOptions.defaults());
    }

    /**
     * The consumer-optimal segmentation by column generation.
     *
     * @param aggregate the aggregate market; not null, at most {@link #MAX_VALUES} values of positive mass
     * @param cost      the cost of quality; not null
     * @param options   read for cancellation, polled every round; not null
     * @return the segmentation: OPTIMAL when certified within {@link #GAP_TOLERANCE}, else ITERATION_LIMIT
     * @throws IllegalArgumentException if an argument is null or the market is too large
     * @throws java.util.concurrent.CancellationException if cancellation is requested
     */
    public static Solution<Optimum> solve(Market aggregate, ConvexCost cost, SolverOptions options) {
        return run(aggregate, cost, options, false);
    }

    /**
     * The consumer-surplus-maximising segmentation among those in which every value's expected rent weakly
     * rises above its rent without segmentation, {@code Σ_s α_s x_s(v_k) U_s(v_k) >= x*_k U*_k} for every
     * {@code k}: a segmentation that benefits all consumers (BHW's question of when segmentation helps every
     * consumer, not only on average). The side constraints enter the master; their dual prices weight each
     * value's rent in the pricing problem. No proven bound is attached (the {@link RentBound} ignores the side
     * constraints), so the result is ITERATION_LIMIT with a note unless it equals that bound.
     *
     * @param aggregate the aggregate market; not null, at most {@link #MAX_VALUES} values of positive mass
     * @param cost      the cost of quality; not null
     * @param options   read for cancellation; not null
     * @return the segmentation; the unsegmented market is always feasible
     * @throws IllegalArgumentException if an argument is null or the market is too large
     * @throws java.util.concurrent.CancellationException if cancellation is requested
     */
    public static Solution<Optimum> benefitingAll(Market aggregate, ConvexCost cost, SolverOptions options) {
        return run(aggregate, cost, options, true);
    }

    private static Solution<Optimum> run(Market aggregate, ConvexCost cost, SolverOptions options, boolean everyone) {
        Arguments.notNull("aggregate", aggregate);
        Arguments.notNull("cost", cost);
        Arguments.notNull("options", options);
        int[] support = support(aggregate);
        Arguments.sizeAtMost("values with positive mass", support.length, MAX_VALUES,
                "O(n^2) seed segments and O(n^3) per pricing sweep");
        OptionalDouble curvature = cost.quadraticCurvature();
        OptionalDouble bound = curvature.isPresent() && curvature.getAsDouble() > 0
                ? OptionalDouble.of(RentBound.of(aggregate, curvature.getAsDouble()).value()) : OptionalDouble.empty();
        SegmentMaster master = new SegmentMaster(aggregate, cost, support, everyone);
        for (Market seed : seeds(aggregate, cost, support)) {
            master.add(seed);
        }
        int rounds = 0;
        Solution<SegmentMaster.Prices> prices = master.prices(options);
        while (prices.isOptimal() && rounds < MAX_ROUNDS && !closed(master, bound, options)) {
            options.cancellation().check("consumer-optimal screening round " + (rounds + 1));
            rounds++;
            double before = master.value(options);
            int added = 0;
            for (Market start : master.inUse(options)) {
                Market found = SegmentPricing.search(start, prices.value(), cost, support, options);
                if (prices.value().reducedCost(ScreenedMarket.of(found, cost)) > pricingTolerance(master)) {
                    added += master.add(found) ? 1 : 0;
                }
            }
            prices = master.prices(options);
            if (added == 0 || bound.isEmpty() && master.value(options) - before <= STALL * Math.abs(before)) {
                break;
            }
        }
        if (!prices.isOptimal()) {
            return Solution.failure(prices.status(), prices.diagnostics());
        }
        ScreeningSegmentation best = master.segmentation(options);
        Optimum optimum = new Optimum(best, bound, master.size(), rounds);
        OptionalDouble gap = optimum.gap();
        Diagnostics diagnostics = new Diagnostics(rounds, OptionalDouble.empty(), gap, "");
        if (gap.isPresent() && gap.getAsDouble() <= GAP_TOLERANCE * bound.getAsDouble()) {
            return Solution.optimal(optimum, diagnostics.withNote("gap to the rent bound " + gap.getAsDouble()));
        }
        return Solution.iterationLimit(optimum, diagnostics.withNote(gap.isPresent()
                ? "no improving segment found; gap to the rent bound " + gap.getAsDouble() + " after " + rounds + " rounds"
                : "no improving segment found by the pricing search; this cost has no proven upper bound"));
    }

    private static boolean closed(SegmentMaster master, OptionalDouble bound, SolverOptions options) {
        return bound.isPresent() && bound.getAsDouble() - master.value(options) <= GAP_TOLERANCE * bound.getAsDouble();
    }

    private static double pricingTolerance(SegmentMaster master) {
        return 1e-9 * Math.max(master.scale(), Double.MIN_NORMAL);
    }

    private static List<Market> seeds(Market aggregate, ConvexCost cost, int[] support) {
        List<Market> seeds = new ArrayList<>();
        seeds.add(aggregate);
        for (int k : support) {
            double[] x = new double[aggregate.size()];
            x[k] = 1;
            seeds.add(Market.of(aggregate.values(), x));
        }
        for (Segment s : Segmentation.consumerOptimal(aggregate).segments()) {
            seeds.add(s.market());
        }
        if (cost.powerExponent().isPresent()) {
            for (ScreenedSegment s : ScreeningExtremalMarkets.greedy(aggregate, cost).segments()) {
                seeds.add(s.market().market());
            }
        }
        Market present = restrict(aggregate, support);
        List<double[]> profiles = new ArrayList<>();
        profiles.add(org.mdlab.market.DemandElasticity.inverseHazardRates(present));
        OptionalDouble curvature = cost.quadraticCurvature();
        if (curvature.isPresent() && curvature.getAsDouble() > 0) {
            double[] h = RentBound.of(aggregate, curvature.getAsDouble()).inverseHazardRates();
            profiles.add(IntStream.of(support).mapToDouble(k -> h[k]).toArray());
        }
        cost.powerExponent().ifPresent(gamma -> profiles.add(
                IntStream.of(support).mapToDouble(k -> aggregate.value(k) * (gamma - 1) / gamma).toArray()));
        for (double[] h : profiles) {
            for (int from = 0; from < support.length; from++) {
                for (int to = from + 1; to < support.length; to++) {
                    double[] x = intervalMarket(present.values(), h, from, to);
                    if (x.length > 0) {
                        double[] grid = new double[aggregate.size()];
                        for (int i = from; i <= to; i++) {
                            grid[support[i]] = x[i];
                        }
                        seeds.add(Market.of(aggregate.values(), grid));
                    }
                }
            }
        }
        return seeds;
    }

    /**
     * The distribution on values {@code from..to} whose inverse hazard rate is {@code h} below the top:
     * {@code x_i = (v_{i+1} - v_i) D_{i+1} / h_i} backwards from {@code x_to}, normalised; empty if some
     * {@code h_i} is 0 or not finite.
     */
    static double[] intervalMarket(double[] v, double[] h, int from, int to) {
        double[] x = new double[v.length];
        x[to] = 1;
        double above = 1;
        for (int i = to - 1; i >= from; i--) {
            if (!(h[i] > 0) || !Double.isFinite(h[i])) {
                return new double[0];
            }
            x[i] = (v[i + 1] - v[i]) * above / h[i];
            above += x[i];
        }
        for (int i = from; i <= to; i++) {
            x[i] /= above;
        }
        return x;
    }

    static int[] support(Market market) {
        return IntStream.range(0, market.size()).filter(k -> market.probability(k) > 0).toArray();
    }

    static Market restrict(Market market, int[] support) {
        return Market.of(IntStream.of(support).mapToDouble(market::value).toArray(),
                IntStream.of(support).mapToDouble(market::probability).toArray());
    }
}
