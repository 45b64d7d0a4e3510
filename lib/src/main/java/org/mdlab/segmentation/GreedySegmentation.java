package org.mdlab.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.mdlab.market.Arguments;
import org.mdlab.market.Market;

/**
 * The greedy decomposition of a market into extremal markets, Bergemann, Brooks and Morris (2015), AER
 * 105(3), Section II.A: with {@code S} the support of the residual market, take the largest {@code alpha}
 * with {@code alpha * x^S <= residual}, subtract, and repeat until nothing is left. Each step empties at
 * least one value, so there are at most {@code K} segments, and their supports are nested: segment
 * {@code j} contains exactly the values still in the residual at step {@code j}.
 *
 * <p>The result is stored compactly (a weight per segment and the step at which each value leaves the
 * residual), so that markets with {@code K = 10,000} values fit in O(K) memory; the computation takes
 * O(K log K) time. Segments are materialised one at a time by {@link #segment(int, boolean)}.
 *
 * <p>A value of 0 with positive mass cannot be in an extremal market with other values (no price earns
 * anything from it); it forms a segment of its own, priced at 0, before the greedy steps.
 *
 * <p>Arithmetic is in doubles. A residual mass at or below {@link #DROP_TOLERANCE} is treated as empty;
 * {@link Segmentation#verify()} reports the resulting averaging error (of that order).
 */
public final class GreedySegmentation {

    /** Residual masses at or below this are treated as zero. */
    public static final double DROP_TOLERANCE = 1e-14;

    /**
     * The most doubles {@link #toSegmentation(boolean)} materialises ({@value}): it stores one market on
     * the aggregate's grid per segment, {@code O(K^2)} for {@code K} values.
     */
    public static final long MAX_MATERIALISED = 50_000_000L;

    private final Market aggregate;
    private final double[] weights;
    private final int[] firstStep;
    private final int[] lastStep;
    private final double consumerSurplus;
    private final double producerSurplus;

    private GreedySegmentation(Market aggregate, double[] weights, int[] firstStep, int[] lastStep,
            double consumerSurplus, double producerSurplus) {
        this.aggregate = aggregate;
        this.weights = weights;
        this.firstStep = firstStep;
        this.lastStep = lastStep;
        this.consumerSurplus = consumerSurplus;
        this.producerSurplus = producerSurplus;
    }

    /**
     * Runs the greedy algorithm on a market. O(K log K) time, O(K) memory.
     *
     * <p>Write {@code A} for the cumulative sum of {@code alpha_t s_1(t)} over the steps so far. Since
     * {@code alpha x^S(s_i) = alpha s_1 (1/s_i - 1/s_{i+1})}, the residual of each value falls linearly in
     * {@code A} with slope {@code 1/s_i - 1/s_next}, which changes only when its upper neighbour in the
     * support is exhausted. The values are therefore processed as events in the order in which their
     * residuals run out (a heap of exhaustion times); a step ends when a value runs out, and values that run
     * out within a relative {@code 1e-12} of each other leave in the same step. Consumer surplus of a step is
     * {@code dA * sum over neighbouring support pairs of (1 - s_i / s_next)}.
     *
     * @param aggregate the aggregate market {@code x*}
     * @return the decomposition into extremal markets
     * @throws IllegalArgumentException if {@code aggregate} is null
     */
    public static GreedySegmentation of(Market aggregate) {
        if (aggregate == null) {
            throw new IllegalArgumentException("aggregate must not be null");
        }
        double[] v = aggregate.values();
        double[] residual = aggregate.probabilities();
        int k = v.length;
        int[] first = new int[k];
        int[] last = new int[k];
        Arrays.fill(first, -1);
        Arrays.fill(last, -1);
        double[] w = new double[k];
        int steps = 0;
        int[] next = new int[k];
        int[] previous = new int[k];
        int head = -1;
        int tail = -1;
        for (int i = 0; i < k; i++) {
            if (residual[i] <= DROP_TOLERANCE) {
                continue;
            }
            if (v[i] == 0) {
                w[steps] = residual[i];
                first[i] = steps;
                last[i] = steps;
                steps++;
                continue;
            }
            previous[i] = tail;
            next[i] = -1;
            if (tail >= 0) {
                next[tail] = i;
            } else {
                head = i;
            }
            tail = i;
        }
        double[] slope = new double[k];
        double[] since = new double[k];
        ExhaustionTimes times = new ExhaustionTimes(k);
        double gaps = 0;
        for (int i = head; i >= 0; i = next[i]) {
            first[i] = steps;
            int n = next[i];
            slope[i] = 1 / v[i] - (n >= 0 ? 1 / v[n] : 0);
            if (n >= 0) {
                gaps += 1 - v[i] / v[n];
            }
            times.insert(i, residual[i] / slope[i]);
        }
        double level = 0;
        double cs = 0;
        double ps = 0;
        while (!times.isEmpty()) {
            double t = times.time(times.peek());
            double step = t - level;
            if (step > 1e-12 * t) {
                w[steps] = step / v[head];
                cs += step * gaps;
                ps += step;
                steps++;
                level = t;
            }
            int i = times.removeMin();
            last[i] = steps - 1;
            int p = previous[i];
            int n = next[i];
            if (p >= 0) {
                gaps -= 1 - v[p] / v[i];
            }
            if (n >= 0) {
                gaps -= 1 - v[i] / v[n];
                previous[n] = p;
            } else {
                tail = p;
            }
            if (p >= 0) {
                next[p] = n;
                if (n >= 0) {
                    gaps += 1 - v[p] / v[n];
                }
                residual[p] -= (level - since[p]) * slope[p];
                since[p] = level;
                slope[p] = 1 / v[p] - (n >= 0 ? 1 / v[n] : 0);
                times.lower(p, level + Math.max(0, residual[p]) / slope[p]);
            } else {
                head = n;
            }
        }
        return new GreedySegmentation(aggregate, Arrays.copyOf(w, steps), first, last, cs, ps);
    }

    /**
     * The aggregate market that was decomposed.
     *
     * @return {@code x*}
     */
    public Market aggregate() {
        return aggregate;
    }

    /**
     * The number of segments (at most {@code K}).
     *
     * @return the number of segments
     */
    public int segmentCount() {
        return weights.length;
    }

    /**
     * The weight {@code alpha_j} of segment {@code j}.
     *
     * @param j the segment, {@code 0 <= j < segmentCount()}
     * @return its weight
     * @throws IllegalArgumentException if {@code j} is out of range
     */
    public double weight(int j) {
        return weights[checkSegment(j)];
    }

    /**
     * The support of segment {@code j}: the indices of the values in it, increasing.
     *
     * @param j the segment, {@code 0 <= j < segmentCount()}
     * @return the indices into {@code aggregate().values()}
     * @throws IllegalArgumentException if {@code j} is out of range
     */
    public int[] support(int j) {
        checkSegment(j);
        return IntStream.range(0, firstStep.length)
                .filter(i -> firstStep[i] >= 0 && firstStep[i] <= j && j <= lastStep[i]).toArray();
    }

    /**
     * Segment {@code j} as a {@link Segment}: its weight, its extremal market on the aggregate's grid, and
     * either the lowest value of its support (consumer-optimal pricing) or the highest (surplus-minimising).
     *
     * @param j               the segment
     * @param atLowestValue   whether to price at the lowest value of the support (else the highest)
     * @return the segment
     * @throws IllegalArgumentException if {@code j} is out of range
     */
    public Segment segment(int j, boolean atLowestValue) {
        int[] s = support(j);
        double[] v = aggregate.values();
        return new Segment(weights[j], ExtremalMarket.on(v, s), v[atLowestValue ? s[0] : s[s.length - 1]]);
    }

    /**
     * All segments, materialised on the aggregate's grid; O(K) memory per segment.
     *
     * @param atLowestValue whether each segment is priced at the lowest value of its support (else the highest)
     * @return the segmentation
     * @throws IllegalArgumentException if segments × values exceeds {@link #MAX_MATERIALISED}
     */
    public Segmentation toSegmentation(boolean atLowestValue) {
        Arguments.sizeAtMost("segments x values", Math.multiplyExact((long) weights.length, aggregate.size()),
                MAX_MATERIALISED, "one market of " + aggregate.size() + " doubles for each of " + weights.length
                        + " segments; use weight(j) and support(j) instead");
        List<Segment> segments = new ArrayList<>(weights.length);
        for (int j = 0; j < weights.length; j++) {
            segments.add(segment(j, atLowestValue));
        }
        return Segmentation.of(aggregate, segments);
    }

    /**
     * The consumer surplus when each segment is priced at the lowest value of its support, computed during
     * the greedy pass: {@code sum_j alpha_j sum_{s in S_j} (s - min S_j) x^{S_j}(s)}.
     *
     * @return the consumer surplus of the consumer-optimal segmentation
     */
    public double consumerSurplus() {
        return consumerSurplus;
    }

    /**
     * The producer surplus when each segment is priced at the lowest value of its support:
     * {@code sum_j alpha_j min S_j}, which BBM (2015) show equals {@code pi*}.
     *
     * @return the producer surplus of the consumer-optimal segmentation
     */
    public double producerSurplus() {
        return producerSurplus;
    }

    private int checkSegment(int j) {
        if (j < 0 || j >= weights.length) {
            throw new IllegalArgumentException("segment must be in [0, " + weights.length + ") (got " + j + ")");
        }
        return j;
    }
}
