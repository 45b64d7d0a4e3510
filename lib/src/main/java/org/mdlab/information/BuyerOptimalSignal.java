package org.mdlab.information;

import org.mdlab.market.Arguments;
import org.mdlab.market.ValueDistribution;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * The buyer-optimal signal of a single buyer facing a monopolist (Roesler and Szentes 2017, "Buyer-Optimal
 * Learning and Monopoly Pricing", AER 107(7), Theorem 1): the distribution of the buyer's interim value
 * is the truncated equal-revenue distribution {@code G(v) = 1 - p/v} on {@code [p, B)} with an atom
 * {@code p/B} at {@code B}, so that every price in {@code [p, B]} earns the seller {@code p}; the seller
 * charges {@code p}, the good is always sold and the buyer gets {@code E[v] - p}. Its mean is
 * {@code p (1 + ln(B/p))}, which fixes {@code B} given {@code p}; the optimal {@code p} is the lowest one
 * for which {@code G} is a mean-preserving contraction of the prior.
 *
 * @param price the lowest interim value, the seller's price {@code p > 0}
 * @param top   the highest interim value {@code B >= p}, where the atom sits
 */
public record BuyerOptimalSignal(double price, double top) {

    /** The most grid points {@link #solve} accepts ({@value}): one pass over the grid per bisection step. */
    public static final int MAX_GRID = 10_000_000;

    private static final int BISECTION_STEPS = 200;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if {@code price} is not positive and finite or {@code top < price}
     */
    public BuyerOptimalSignal {
        Arguments.positive("price", price);
        Arguments.finite("top", top);
        if (top < price) {
            throw new IllegalArgumentException("top must be >= price " + price + " (got " + top + ")");
        }
    }

    /**
     * The equal-revenue signal with lowest value {@code price} and mean {@code mean}: {@code B = p e^{mean/p - 1}}.
     *
     * @param price the lowest interim value; finite, {@code > 0}
     * @param mean  the prior mean; finite, {@code >= price}
     * @return the signal
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static BuyerOptimalSignal withPrice(double price, double mean) {
        Arguments.positive("price", price);
        Arguments.finite("mean", mean);
        if (mean < price) {
            throw new IllegalArgumentException("mean must be >= price " + price + " (got " + mean + ")");
        }
        return new BuyerOptimalSignal(price, price * Math.exp(mean / price - 1));
    }

    /**
     * The buyer-optimal signal for a prior, by bisection on the price: a price is feasible when
     * {@code ∫_a^x G <= ∫_a^x F} at every point of a grid of {@code gridPoints} equally spaced values on the
     * prior's support {@code [a, b]} ({@code ∫ F} by the trapezoid rule, {@code ∫ G} exactly), and the
     * bisection stops when the bracket is shorter than {@code tolerance (b - a)}. Both the trapezoid rule
     * and the grid maximum near the tangency of the two integrals err by {@code O(h²)}, so the grid must
     * satisfy {@code (h / (b - a))² <= tolerance} for spacing {@code h}.
     *
     * @param prior      the value distribution; not null, {@code lower() >= 0}
     * @param gridPoints the number of grid points; {@code 3 <= gridPoints <= MAX_GRID}
     * @param tolerance  the relative accuracy; finite, in {@code (0, 1)}
     * @param options    read for cancellation; not null
     * @return the signal; its price is the feasible end of the final bracket
     * @throws IllegalArgumentException if an argument breaks its rule, or the grid is too coarse for the tolerance
     */
    public static Solution<BuyerOptimalSignal> solve(ValueDistribution prior, int gridPoints, double tolerance,
                                                     SolverOptions options) {
        Arguments.notNull("prior", prior);
        Arguments.atLeast("gridPoints", gridPoints, 3);
        Arguments.sizeAtMost("gridPoints", gridPoints, MAX_GRID, "one pass over the grid per bisection step");
        Arguments.openUnit("tolerance", tolerance);
        Arguments.notNull("options", options);
        double a = prior.lower();
        double b = prior.upper();
        if (a < 0) {
            throw new IllegalArgumentException("prior.lower() must be >= 0 (values are willingness to pay; got " + a + ")");
        }
        double relativeSpacing = 1.0 / (gridPoints - 1);
        if (relativeSpacing * relativeSpacing > tolerance) {
            throw new IllegalArgumentException("gridPoints = " + gridPoints + " is too coarse for tolerance " + tolerance
                    + ": the O(h²) feasibility test needs (1/(gridPoints - 1))² <= tolerance, i.e. gridPoints >= "
                    + (long) Math.ceil(1 + 1 / Math.sqrt(tolerance)));
        }
        double h = (b - a) / (gridPoints - 1);
        double[] x = new double[gridPoints];
        double[] integral = new double[gridPoints];
        double previous = prior.cdf(a);
        x[0] = a;
        for (int i = 1; i < gridPoints; i++) {
            x[i] = i == gridPoints - 1 ? b : a + i * h;
            double cdf = prior.cdf(x[i]);
            integral[i] = integral[i - 1] + (x[i] - x[i - 1]) * (previous + cdf) / 2;
            previous = cdf;
        }
        double mean = b - integral[gridPoints - 1];
        double lo = a;
        double hi = mean;
        int steps = 0;
        while (hi - lo > tolerance * (b - a) && steps < BISECTION_STEPS) {
            options.cancellation().check("buyer-optimal signal bisection");
            double mid = (lo + hi) / 2;
            if (mid > 0 && feasible(withPrice(mid, mean), x, integral, b)) {
                hi = mid;
            } else {
                lo = mid;
            }
            steps++;
        }
        return Solution.optimal(withPrice(hi, mean), Diagnostics.none().withNote(
                "bisection bracket [" + lo + ", " + hi + "] after " + steps + " steps on " + gridPoints + " grid points"));
    }

    private static boolean feasible(BuyerOptimalSignal signal, double[] x, double[] integral, double upper) {
        if (signal.top > upper) {
            return false;
        }
        double slack = 1e-12 * upper;
        for (int i = 0; i < x.length; i++) {
            if (signal.integratedCdf(x[i]) > integral[i] + slack) {
                return false;
            }
        }
        return true;
    }

    /**
     * The distribution function of the interim value.
     *
     * @param v a finite value
     * @return {@code 0} below {@code p}, {@code 1 - p/v} on {@code [p, B)}, {@code 1} from {@code B}
     * @throws IllegalArgumentException if {@code v} is not finite
     */
    public double cdf(double v) {
        Arguments.finite("v", v);
        return v < price ? 0 : v < top ? 1 - price / v : 1;
    }

    /**
     * {@code ∫_{-∞}^x G}, exactly: {@code x - p - p ln(x/p)} on {@code [p, B]} and {@code x - mean()} above.
     *
     * @param x a finite value
     * @return the integrated distribution function at {@code x}
     * @throws IllegalArgumentException if {@code x} is not finite
     */
    public double integratedCdf(double x) {
        Arguments.finite("x", x);
        if (x <= price) {
            return 0;
        }
        return x < top ? x - price - price * Math.log(x / price) : x - mean();
    }

    /**
     * The quantile function of the interim value.
     *
     * @param u a probability in {@code [0, 1]}
     * @return {@code p / (1 - u)} below {@code 1 - p/B}, {@code B} from there
     * @throws IllegalArgumentException if {@code u} is outside {@code [0, 1]}
     */
    public double quantile(double u) {
        Arguments.probability("u", u);
        return u < 1 - price / top ? price / (1 - u) : top;
    }

    /**
     * The probability of the top value.
     *
     * @return {@code p / B}
     */
    public double atom() {
        return price / top;
    }

    /**
     * The mean interim value, equal to the prior mean for a feasible signal.
     *
     * @return {@code p (1 + ln(B/p))}
     */
    public double mean() {
        return price * (1 + Math.log(top / price));
    }

    /**
     * The seller's revenue: every price in {@code [p, B]} earns {@code p}.
     *
     * @return {@code p}
     */
    public double revenue() {
        return price;
    }

    /**
     * The buyer's expected surplus: the good is always sold at {@code p}.
     *
     * @return {@code mean() - p}
     */
    public double buyerSurplus() {
        return mean() - price;
    }
}
