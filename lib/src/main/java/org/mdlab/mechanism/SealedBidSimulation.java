package org.mdlab.mechanism;

import java.util.SplittableRandom;
import org.mdlab.market.Arguments;
import org.mdlab.market.ValueDistribution;
import org.mdlab.optimisation.Cancellation;

/**
 * One simulated sealed-bid auction of one item among {@code n} bidders with i.i.d. values from a
 * continuous distribution and a reserve {@code r}, returning the seller's revenue; used to show
 * revenue equivalence (Myerson 1981, Lemma 3; Riley and Samuelson 1981) by simulation. In the
 * second-price auction the winner pays {@code max(r, second highest value)}; in the first-price
 * auction bidders follow the symmetric equilibrium
 * {@code b(v) = v - ∫_r^v F(s)^{n-1} ds / F(v)^{n-1}} (Riley and Samuelson 1981, eq. (7)).
 *
 * @param values  the value distribution
 * @param bidders {@code n >= 1}
 * @param reserve the reserve price, in the support
 */
public record SealedBidSimulation(ValueDistribution values, int bidders, double reserve) {

    private static final int SIMPSON_INTERVALS = 64;

    /** How many bidders are drawn between two polls of the thread's interrupt. */
    private static final int POLL = 4096;

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if {@code bidders < 1} or the reserve is outside the support
     */
    public SealedBidSimulation {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        if (bidders < 1) {
            throw new IllegalArgumentException("bidders must be >= 1 (got " + bidders + ")");
        }
        if (!(reserve >= values.lower() && reserve <= values.upper())) {
            throw new IllegalArgumentException("reserve must lie in [" + values.lower() + ", " + values.upper() + "] (got " + reserve + ")");
        }
    }

    /**
     * The revenue of one simulated second-price auction: {@code max(r, second highest value)} if the
     * highest value reaches the reserve, else 0. Polls the thread's interrupt every
     * 4,096 bidders.
     *
     * @param random the stream to draw the values from; not null
     * @return the revenue of one second-price auction
     * @throws IllegalArgumentException if {@code random} is null
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public double secondPrice(SplittableRandom random) {
        Arguments.notNull("random", random);
        double first = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < bidders; i++) {
            poll(i);
            double v = values.sample(random);
            if (v > first) {
                second = first;
                first = v;
            } else if (v > second) {
                second = v;
            }
        }
        return first >= reserve ? Math.max(reserve, second) : 0;
    }

    /**
     * The revenue of one simulated first-price auction in the symmetric equilibrium: the highest
     * value's equilibrium bid if it reaches the reserve, else 0. Polls the thread's interrupt every
     * 4,096 bidders.
     *
     * @param random the stream to draw the values from; not null
     * @return the revenue of one first-price auction in the symmetric equilibrium
     * @throws IllegalArgumentException if {@code random} is null
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public double firstPrice(SplittableRandom random) {
        Arguments.notNull("random", random);
        double first = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < bidders; i++) {
            poll(i);
            first = Math.max(first, values.sample(random));
        }
        return first >= reserve ? equilibriumBid(first) : 0;
    }

    private static void poll(int bidder) {
        if (bidder % POLL == 0) {
            Cancellation.threadInterrupt().check("sealed-bid simulation");
        }
    }

    /**
     * The symmetric first-price equilibrium bid (Riley and Samuelson 1981, eq. (7)), by Simpson's rule
     * with 64 intervals.
     *
     * @param v a value in {@code [reserve, upper end of the support]}
     * @return the symmetric first-price equilibrium bid {@code v - ∫_r^v F^{n-1} / F(v)^{n-1}}
     * @throws IllegalArgumentException if {@code v} is outside {@code [reserve, upper]}
     */
    public double equilibriumBid(double v) {
        if (!(v >= reserve && v <= values.upper())) {
            throw new IllegalArgumentException("v must lie in [reserve, upper] = [" + reserve + ", " + values.upper()
                    + "] (got " + v + ")");
        }
        if (bidders == 1) {
            return reserve;
        }
        double h = (v - reserve) / SIMPSON_INTERVALS;
        double sum = 0;
        for (int k = 0; k <= SIMPSON_INTERVALS; k++) {
            double g = Math.pow(values.cdf(reserve + k * h), bidders - 1);
            sum += (k == 0 || k == SIMPSON_INTERVALS ? 1 : k % 2 == 1 ? 4 : 2) * g;
        }
        double top = Math.pow(values.cdf(v), bidders - 1);
        return top > 0 ? v - sum * h / 3 / top : reserve;
    }
}
