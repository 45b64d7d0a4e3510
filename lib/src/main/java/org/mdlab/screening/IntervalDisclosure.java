package org.mdlab.screening;

import java.util.Arrays;
import org.mdlab.market.Arguments;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.Market;
import org.mdlab.optimisation.Cancellation;

/**
 * A partition of a finite value grid into consecutive intervals, disclosed to the buyer before he is
 * screened: the buyer learns which interval his value is in, so his type becomes the interval's
 * conditional mean (Bergemann, Heumann and Morris 2022, "Screening with Persuasion", arXiv 2212.03360,
 * Section 2: optimal information pools values into intervals).
 *
 * @param prior  the distribution of values, every value with positive probability
 * @param starts the index of the first value of each interval, strictly increasing, starting at 0
 */
public record IntervalDisclosure(Market prior, int[] starts) {

    /** The largest prior {@link #sellerOptimal} enumerates: {@code 2^19} partitions. */
    public static final int MAX_VALUES = 20;

    /**
     * Validates and copies the interval starts.
     *
     * @throws IllegalArgumentException if {@code starts} does not begin at 0, is not strictly increasing,
     *                                  or points outside the grid, or a value of the prior has probability 0
     *                                  (an interval of it alone would have no conditional mean)
     */
    public IntervalDisclosure {
        Arguments.notNull("prior", prior);
        Arguments.notNull("starts", starts);
        if (starts.length == 0 || starts[0] != 0) {
            throw new IllegalArgumentException("starts must be non-empty and begin at 0");
        }
        for (int k = 0; k < prior.size(); k++) {
            if (!(prior.probability(k) > 0)) {
                throw new IllegalArgumentException("prior probabilities must be > 0 (got " + prior.probability(k)
                        + " at value " + prior.value(k) + ")");
            }
        }
        starts = starts.clone();
        for (int j = 1; j < starts.length; j++) {
            if (starts[j] <= starts[j - 1] || starts[j] >= prior.size()) {
                throw new IllegalArgumentException("starts must increase strictly within [0, " + prior.size()
                        + ") (got " + Arrays.toString(starts) + ")");
            }
        }
    }

    /** @return a copy of the interval starts */
    @Override
    public int[] starts() {
        return starts.clone();
    }

    /**
     * No information: one interval.
     *
     * @param prior the value distribution
     * @return the pooling partition
     */
    public static IntervalDisclosure none(Market prior) {
        return new IntervalDisclosure(prior, new int[] {0});
    }

    /**
     * Full information: every value its own interval.
     *
     * @param prior the value distribution
     * @return the finest partition
     */
    public static IntervalDisclosure full(Market prior) {
        Arguments.notNull("prior", prior);
        int[] starts = new int[prior.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = k;
        }
        return new IntervalDisclosure(prior, starts);
    }

    /**
     * The buyer's types after disclosure: the conditional mean value of each interval, with the
     * interval's probability.
     *
     * @return the posterior type distribution (the interval means are strictly increasing)
     */
    public Market posteriorTypes() {
        double[] v = prior.values();
        double[] p = prior.probabilities();
        double[] means = new double[starts.length];
        double[] masses = new double[starts.length];
        for (int j = 0; j < starts.length; j++) {
            int end = j + 1 < starts.length ? starts[j + 1] : v.length;
            double mass = 0;
            double sum = 0;
            for (int k = starts[j]; k < end; k++) {
                mass += p[k];
                sum += p[k] * v[k];
            }
            means[j] = sum / mass;
            masses[j] = mass;
        }
        double total = Arrays.stream(masses).sum();
        for (int j = 0; j < masses.length; j++) {
            masses[j] /= total;
        }
        return Market.of(means, masses);
    }

    /**
     * The seller's optimal menu against the disclosed types (nonlinear pricing with ironing).
     *
     * @param cost the cost of quality
     * @return the optimal menu for the posterior types
     */
    public PricingSolution screen(ConvexCost cost) {
        return NonlinearPricing.optimal(posteriorTypes(), cost);
    }

    /**
     * The interval partition that maximises the seller's profit from screening, by enumerating all
     * {@code 2^(K-1)} partitions of the {@code K} values into consecutive intervals
     * (Bergemann, Heumann and Morris 2022, Section 4). Profits within {@code 1e-12} relative count as ties.
     * The enumeration polls the thread's interrupt at every partition.
     *
     * @param prior the value distribution, at most {@value #MAX_VALUES} values
     * @param cost  the cost of quality
     * @return the profit-maximising partition (the coarsest among ties, by enumeration order)
     * @throws IllegalArgumentException if an argument is null or the prior has more than {@value #MAX_VALUES} values
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static IntervalDisclosure sellerOptimal(Market prior, ConvexCost cost) {
        Arguments.notNull("prior", prior);
        Arguments.notNull("cost", cost);
        int k = prior.size();
        Arguments.sizeAtMost("prior values", k, MAX_VALUES, "an enumeration of 2^(values - 1) partitions");
        IntervalDisclosure best = none(prior);
        double bestProfit = best.screen(cost).profit();
        for (long mask = 1; mask < (1L << (k - 1)); mask++) {
            Cancellation.threadInterrupt().check("enumeration of interval partitions");
            int[] starts = new int[Long.bitCount(mask) + 1];
            int j = 1;
            for (int b = 0; b < k - 1; b++) {
                if ((mask & (1L << b)) != 0) {
                    starts[j++] = b + 1;
                }
            }
            IntervalDisclosure candidate = new IntervalDisclosure(prior, starts);
            double profit = candidate.screen(cost).profit();
            if (profit > bestProfit + 1e-12 * Math.abs(bestProfit)) {
                best = candidate;
                bestProfit = profit;
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalDisclosure that && prior.equals(that.prior) && Arrays.equals(starts, that.starts);
    }

    @Override
    public int hashCode() {
        return 31 * prior.hashCode() + Arrays.hashCode(starts);
    }

    @Override
    public String toString() {
        return "IntervalDisclosure[starts=" + Arrays.toString(starts) + "]";
    }
}
