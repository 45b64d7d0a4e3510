package org.mdlab.mechanism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mdlab.estimator.Estimator;
import org.mdlab.market.Arguments;

/**
 * A one-slot ad auction with per-advertiser click-through rates, the sponsored-search application of
 * Bergemann, Bojko, Dütting, Paes Leme, Xu and Zuo ("Data-Driven Mechanism Design", arXiv 2412.16132,
 * §"Applications"): advertiser i has a private value per click θ_i (its preference) and privately knows
 * its own click-through rate ω_i (its signal about the state ω = (ω_1, ..., ω_n)); showing ad i yields
 * {@code u_i = θ_i ω_i} per impression and nothing to the others. Advertisers report (θ_i, s_i); the
 * efficient allocation shows the ad with the largest reported {@code θ_i s_i} (ties to the lowest index).
 *
 * <p>The Clarke data-driven VCG transfer of the winner w is the externality
 * {@code max_{j≠w} θ_j ω̂_j} per impression. Charged on clicks it becomes a price per click equal to the
 * externality divided by the winner's own click-through rate,
 * {@code p_w = max_{j≠w} θ_j ω̂_j / ω̂_w} (the generalised-second-price rule with quality scores); losers
 * pay nothing. With the realised rates (ω̂ = ω) the expected payment {@code ω_w p_w} is exactly the
 * externality, so truthful reporting is an ex-post equilibrium. With rates estimated from {@code m}
 * impressions per ad, independent across ads, the winner's expected payment is
 * {@code ω_w E[1/ω̂_w] E[max_{j≠w} θ_j ω̂_j]} and truth-telling is an ε_m-ex-post equilibrium. A
 * message-driven rule that prices with the reported rates, {@code max_{j≠w} θ_j s_j / s_w}, invites
 * every winner to overstate its rate.
 *
 * @param valuesPerClick {@code valuesPerClick[i]}: advertiser i's possible values per click; finite, {@code >= 0}
 * @param clickRates     {@code clickRates[i]}: advertiser i's possible click-through rates, in {@code (0, 1]}
 */
public record PerClickAuction(double[][] valuesPerClick, double[][] clickRates) {

    /**
     * Validates and copies the type spaces.
     *
     * @throws IllegalArgumentException if there is no advertiser, the arrays differ in length, a type
     *                                  space is empty, a value is negative or not finite, or a rate is outside {@code (0, 1]}
     */
    public PerClickAuction {
        Arguments.notNull("valuesPerClick", valuesPerClick);
        Arguments.notNull("clickRates", clickRates);
        Arguments.atLeast("valuesPerClick.length (advertisers)", valuesPerClick.length, 1);
        if (valuesPerClick.length != clickRates.length) {
            throw new IllegalArgumentException("clickRates must have one row per advertiser (" + valuesPerClick.length
                    + ", got " + clickRates.length + ")");
        }
        valuesPerClick = copy(valuesPerClick, "valuesPerClick");
        clickRates = copy(clickRates, "clickRates");
        for (int i = 0; i < valuesPerClick.length; i++) {
            for (double v : valuesPerClick[i]) {
                if (!Double.isFinite(v) || v < 0) {
                    throw new IllegalArgumentException("values per click must be finite and >= 0 (got " + v + " for advertiser " + i + ")");
                }
            }
            for (double w : clickRates[i]) {
                if (!(w > 0 && w <= 1)) {
                    throw new IllegalArgumentException("click-through rates must lie in (0, 1] (got " + w + " for advertiser " + i + ")");
                }
            }
        }
    }

    private static double[][] copy(double[][] rows, String name) {
        double[][] c = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length == 0) {
                throw new IllegalArgumentException(name + "[" + i + "] must be non-empty");
            }
            c[i] = rows[i].clone();
        }
        return c;
    }

    /**
     * The number of advertisers.
     *
     * @return the number of rows of the type spaces
     */
    public int advertisers() {
        return valuesPerClick.length;
    }

    /**
     * The efficient allocation at reported values and rates: the largest {@code θ_i s_i}, ties (within
     * the relative tolerance {@link #TIE}) to the lowest index.
     *
     * @param values the reported values per click, one per advertiser; finite, {@code >= 0}
     * @param rates  the reported click-through rates, one per advertiser; in {@code (0, 1]}
     * @return the index of the ad shown
     * @throws IllegalArgumentException if an array is null, does not have one entry per advertiser, or holds
     *                                  a value or rate that breaks its rule
     */
    public int winner(double[] values, double[] rates) {
        requireProfile(values, rates);
        return winnerOf(values, rates);
    }

    private static int winnerOf(double[] values, double[] rates) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            double bestScore = values[best] * rates[best];
            if (values[i] * rates[i] > bestScore + TIE * bestScore) {
                best = i;
            }
        }
        return best;
    }

    /** The relative tolerance of ties between scores {@code θ_i s_i} ({@value}). */
    public static final double TIE = 1e-12;

    /**
     * The price per click of the winner: the externality it imposes divided by its own rate,
     * {@code max_{j≠w} θ_j ω_j / ω_w} (0 with a single advertiser).
     *
     * @param winner the ad shown; an advertiser index
     * @param values the values per click; finite, {@code >= 0}
     * @param rates  the click-through rates used for pricing; in {@code (0, 1]}
     * @return the price per click
     * @throws IllegalArgumentException if an array is null or does not have one entry per advertiser, an
     *                                  entry breaks its rule, or {@code winner} is out of range
     */
    public double pricePerClick(int winner, double[] values, double[] rates) {
        requireProfile(values, rates);
        Arguments.index("winner", winner, advertisers());
        return externality(winner, values, rates) / rates[winner];
    }

    /**
     * The ε of ε-ex-post implementation of the per-click rule when prices use estimates ω̂ of the true
     * rates drawn independently per ad from {@code estimator}: the largest gain in expected utility from
     * any report (θ_i', s_i') over agents and profiles of true values and rates, the others truthful.
     * Exact for a {@link org.mdlab.estimator.FiniteEstimator} (0 for full revelation); a seeded simulation otherwise.
     * Complexity {@code O(P n K)} for {@code P} profiles and {@code K} reports, after expectations costing
     * {@code O(E^{n-1})} for {@code E} estimates per ad.
     *
     * @param estimator the law of ω̂ given ω; not null, defined at every rate of every advertiser, with
     *                  {@code E[1/ω̂] < ∞}
     * @return the most profitable deviation
     * @throws IllegalArgumentException if {@code estimator} is null, {@code E[1/ω̂]} is not finite at some
     *                                  rate, or there are more than {@link Environment#MAX_PROFILES} profiles
     */
    public DataDrivenDeviation epsilon(Estimator estimator) {
        Arguments.notNull("estimator", estimator);
        return largestGain((i, types, rates, reportedRate) -> {
            double own = clickRates[i][rates[i]];
            double inverse = estimator.expectation(own, e -> 1 / e);
            if (!Double.isFinite(inverse)) {
                throw new IllegalArgumentException("per-click prices need E[1/ω̂] < ∞ at rate " + own + " (got " + inverse + ")");
            }
            return own * inverse * expectedExternality(estimator, i, types, rates, 0, 0);
        });
    }

    /**
     * The largest gain from misreporting under the message-driven per-click rule that prices with the
     * reported rates, {@code max_{j≠w} θ_j s_j / s_w}: positive whenever a winner can report a higher rate.
     *
     * @return the most profitable deviation
     */
    public DataDrivenDeviation epsilonWithReportedRates() {
        return largestGain((i, types, rates, reportedRate) -> {
            double[] v = values(types);
            double[] s = rates(rates);
            s[i] = clickRates[i][reportedRate];
            return clickRates[i][rates[i]] * externality(i, v, s) / s[i];
        });
    }

    @FunctionalInterface
    private interface WinnerPayment {
        double expected(int agent, int[] types, int[] rates, int reportedRate);
    }

    private DataDrivenDeviation largestGain(WinnerPayment payment) {
        int n = advertisers();
        int[] radix = new int[2 * n];
        for (int i = 0; i < n; i++) {
            radix[i] = valuesPerClick[i].length;
            radix[n + i] = clickRates[i].length;
        }
        long count = 1;
        for (int k : radix) {
            count = Math.multiplyExact(count, k);
            Arguments.sizeAtMost("profiles of values and rates (at least)", count, Environment.MAX_PROFILES,
                    "O(P n K) expected payments for P profiles and K reports");
        }
        int profiles = (int) count;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Arrays.stream(valuesPerClick[i]).max().orElseThrow()
                    * Arrays.stream(clickRates[i]).max().orElseThrow());
        }
        double tie = 1e-15 * scale;
        DataDrivenDeviation best = null;
        for (int r = 0; r < profiles; r++) {
            int[] digits = DataDrivenEnvironment.digits(r, radix);
            int[] types = Arrays.copyOfRange(digits, 0, n);
            int[] rates = Arrays.copyOfRange(digits, n, 2 * n);
            double[] v = values(types);
            double[] s = rates(rates);
            int truthfulWinner = winnerOf(v, s);
            for (int i = 0; i < n; i++) {
                double worth = v[i] * s[i];
                double[] payments = new double[clickRates[i].length];
                Arrays.fill(payments, Double.NaN);
                double truthful = truthfulWinner == i ? worth - payment(payment, payments, i, types, rates, rates[i]) : 0;
                for (int rt = 0; rt < valuesPerClick[i].length; rt++) {
                    for (int rs = 0; rs < clickRates[i].length; rs++) {
                        double[] rv = v.clone();
                        double[] rr = s.clone();
                        rv[i] = valuesPerClick[i][rt];
                        rr[i] = clickRates[i][rs];
                        double deviated = winnerOf(rv, rr) == i ? worth - payment(payment, payments, i, types, rates, rs) : 0;
                        double gain = deviated - truthful;
                        if (best == null || gain > best.gain() + tie) {
                            best = new DataDrivenDeviation(gain, i, list(types), list(rates), rt, rs);
                        }
                    }
                }
            }
        }
        return best;
    }

    private static double payment(WinnerPayment rule, double[] cache, int i, int[] types, int[] rates, int reportedRate) {
        if (Double.isNaN(cache[reportedRate])) {
            cache[reportedRate] = rule.expected(i, types, rates, reportedRate);
        }
        return cache[reportedRate];
    }

    private double expectedExternality(Estimator estimator, int winner, int[] types, int[] rates, int j, double running) {
        if (j == advertisers()) {
            return running;
        }
        if (j == winner) {
            return expectedExternality(estimator, winner, types, rates, j + 1, running);
        }
        double value = valuesPerClick[j][types[j]];
        return estimator.expectation(clickRates[j][rates[j]],
                e -> expectedExternality(estimator, winner, types, rates, j + 1, Math.max(running, value * e)));
    }

    private static double externality(int winner, double[] values, double[] rates) {
        double ext = 0;
        for (int j = 0; j < values.length; j++) {
            if (j != winner) {
                ext = Math.max(ext, values[j] * rates[j]);
            }
        }
        return ext;
    }

    private double[] values(int[] types) {
        double[] v = new double[types.length];
        for (int i = 0; i < types.length; i++) {
            v[i] = valuesPerClick[i][types[i]];
        }
        return v;
    }

    private double[] rates(int[] indices) {
        double[] s = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            s[i] = clickRates[i][indices[i]];
        }
        return s;
    }

    private void requireProfile(double[] values, double[] rates) {
        Arguments.notNull("values", values);
        Arguments.notNull("rates", rates);
        if (values.length != advertisers() || rates.length != advertisers()) {
            throw new IllegalArgumentException("values and rates must have one entry per advertiser (" + advertisers()
                    + ", got " + values.length + " and " + rates.length + ")");
        }
        for (int i = 0; i < values.length; i++) {
            Arguments.nonNegative("values[" + i + "]", values[i]);
            if (!(rates[i] > 0 && rates[i] <= 1)) {
                throw new IllegalArgumentException("rates[" + i + "] must lie in (0, 1] (got " + rates[i] + ")");
            }
        }
    }

    private static List<Integer> list(int[] a) {
        List<Integer> l = new ArrayList<>(a.length);
        for (int x : a) {
            l.add(x);
        }
        return l;
    }

    @Override
    public double[][] valuesPerClick() {
        return Arrays.stream(valuesPerClick).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[][] clickRates() {
        return Arrays.stream(clickRates).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PerClickAuction p && Arrays.deepEquals(valuesPerClick, p.valuesPerClick)
                && Arrays.deepEquals(clickRates, p.clickRates);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(valuesPerClick) + Arrays.deepHashCode(clickRates);
    }

    @Override
    public String toString() {
        return "PerClickAuction[values per click " + Arrays.deepToString(valuesPerClick) + ", rates " + Arrays.deepToString(clickRates) + "]";
    }
}
