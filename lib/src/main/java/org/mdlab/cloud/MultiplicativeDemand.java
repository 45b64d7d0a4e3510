package org.mdlab.cloud;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import org.mdlab.market.Arguments;

/**
 * Cloud demand with multiplicative shocks (a derived variant of Bergemann and Wang 2025, arXiv 2502.08022,
 * Sections 2–4): at contracting the buyer privately learns a signal {@code θ_1 < ... < θ_I} (probabilities
 * {@code g_i}); afterwards a shock {@code ε > 0} with a common distribution {@code h} (a finite grid, e.g.
 * the midpoints of a continuous distribution) is realised; usage {@code q} is worth {@code θ ε u(q)} with a
 * strictly concave {@code u} and costs the seller {@code c q}.
 *
 * <p><b>Relaxed problem (derived).</b> A signal {@code θ_{i+1}} that reports {@code i} and then mimics
 * {@code i}'s ex-post behaviour shock by shock earns {@code U_i + (θ_{i+1} - θ_i) E[ε u(q_i(ε))]}, so every
 * mechanism satisfies {@code U_{i+1} - U_i ≥ Δθ_i E[ε u(q_i(ε))]} and {@code U_1 ≥ 0}. Keeping only these
 * constraints (binding) and summing rents by parts, profit is at most
 * {@code Σ_i g_i E[θ̃_i ε u(q_i(ε)) - c q_i(ε)]} with the <i>virtual signal</i>
 * {@code θ̃_i = θ_i - (1 - G_i)/g_i · (θ_{i+1} - θ_i)} ({@code θ̃_I = θ_I}), maximised pointwise by
 * {@code θ̃_i ε u'(q) = c}. This relaxed bound is an upper bound on the profit of every mechanism. A buyer
 * who deviates can re-optimise his usage, and then the adjacent rent is
 * {@code E ∫_{θ_i ε}^{θ_{i+1} ε} u(q_i(s)) ds}, larger than the relaxed one whenever usage rises in the
 * shock; {@link TwoPartTariffMenu} measures the resulting gap.
 *
 * @param signals            the signals {@code θ_i}, positive and strictly increasing
 * @param signalProbabilities the probabilities {@code g_i}, positive, summing to 1
 * @param shocks             the shock grid {@code ε_k}, positive and strictly increasing
 * @param shockProbabilities the shock probabilities {@code h_k}, positive, summing to 1
 * @param usageValue         the concave usage value {@code u}
 * @param unitCost           the seller's unit cost {@code c > 0}
 */
public record MultiplicativeDemand(double[] signals, double[] signalProbabilities, double[] shocks,
        double[] shockProbabilities, ConcaveUsageValue usageValue, double unitCost) {

    /** The largest number of shock cells {@link #uniformShocks} builds. */
    public static final int MAX_SHOCK_POINTS = 1_000_000;

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if a grid is not positive and strictly increasing, a probability vector
     *                                  is not a full-support distribution of matching length, the usage value
     *                                  is missing or the cost is not positive and finite
     */
    public MultiplicativeDemand {
        signals = positiveIncreasing("signals", signals);
        signalProbabilities = distributionOver("signalProbabilities", signalProbabilities, "signal", signals.length);
        shocks = positiveIncreasing("shocks", shocks);
        shockProbabilities = distributionOver("shockProbabilities", shockProbabilities, "shock", shocks.length);
        Arguments.notNull("usageValue", usageValue);
        Arguments.positive("unitCost", unitCost);
    }

    /**
     * Shocks uniform on {@code [low, high]}, discretised by the midpoint rule on {@code points} cells.
     *
     * @param signals             the signals
     * @param signalProbabilities their probabilities
     * @param low                 the lowest shock, {@code > 0}
     * @param high                the highest shock, {@code > low}
     * @param points              the number of cells, {@code ≥ 1}
     * @param usageValue          the usage value
     * @param unitCost            the unit cost
     * @return the demand model
     * @throws IllegalArgumentException if the interval or the cell count breaks its rule, or a rule of the
     *                                  constructor is broken
     */
    public static MultiplicativeDemand uniformShocks(double[] signals, double[] signalProbabilities, double low,
            double high, int points, ConcaveUsageValue usageValue, double unitCost) {
        Arguments.positive("low", low);
        Arguments.positive("high", high);
        if (!(high > low)) {
            throw new IllegalArgumentException("high must be > low (got [" + low + ", " + high + "])");
        }
        Arguments.atLeast("points", points, 1);
        Arguments.sizeAtMost("points", points, MAX_SHOCK_POINTS, "O(points) memory and O(points) per surplus");
        double[] e = new double[points];
        double[] h = new double[points];
        for (int k = 0; k < points; k++) {
            e[k] = low + (k + 0.5) * (high - low) / points;
            h[k] = 1.0 / points;
        }
        return new MultiplicativeDemand(signals, signalProbabilities, e, h, usageValue, unitCost);
    }

    private static double[] positiveIncreasing(String name, double[] x) {
        double[] copy = Arguments.strictlyIncreasing(name, x);
        if (!(copy[0] > 0)) {
            throw new IllegalArgumentException(name + " must be > 0 (got " + copy[0] + " at index 0)");
        }
        return copy;
    }

    private static double[] distributionOver(String name, double[] p, String over, int length) {
        double[] copy = Arguments.positiveProbabilities(name, p);
        if (copy.length != length) {
            throw new IllegalArgumentException(name + " must have one entry per " + over + " (" + length + ") (got "
                    + copy.length + ")");
        }
        return copy;
    }

    /** @return a copy of the signals */
    @Override
    public double[] signals() {
        return signals.clone();
    }

    /** @return a copy of the signal probabilities */
    @Override
    public double[] signalProbabilities() {
        return signalProbabilities.clone();
    }

    /** @return a copy of the shock grid */
    @Override
    public double[] shocks() {
        return shocks.clone();
    }

    /** @return a copy of the shock probabilities */
    @Override
    public double[] shockProbabilities() {
        return shockProbabilities.clone();
    }

    /**
     * The number of signals.
     *
     * @return {@code I}
     */
    public int signalCount() {
        return signals.length;
    }

    /**
     * The virtual signals of the relaxed problem (see the type's Javadoc, derived):
     * {@code θ̃_i = θ_i - (1 - G_i)/g_i · (θ_{i+1} - θ_i)}, {@code θ̃_I = θ_I}. {@code O(I)}.
     *
     * @return {@code θ̃}
     */
    public double[] virtualSignals() {
        int n = signals.length;
        double[] virtual = new double[n];
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            cumulative += signalProbabilities[i];
            double above = i == n - 1 ? 0 : Math.max(0, 1 - cumulative);
            virtual[i] = i == n - 1 ? signals[i] : signals[i] - above / signalProbabilities[i] * (signals[i + 1] - signals[i]);
        }
        return virtual;
    }

    /**
     * The expectation over shocks of {@code W(θ ε, p)}, the surplus of a buyer of signal {@code θ} facing the
     * unit price {@code p} who re-optimises his usage at every shock.
     *
     * @param signal the signal value {@code θ > 0} (any, not only a grid signal)
     * @param price  the unit price {@code p > 0}
     * @return {@code E_ε W(θ ε, p)}
     */
    public double expectedSurplus(double signal, double price) {
        return overShocks(signal, price, usageValue::surplus);
    }

    /**
     * The expected usage of a buyer of signal {@code θ} at unit price {@code p}.
     *
     * @param signal the signal value {@code θ > 0}
     * @param price  the unit price {@code p > 0}
     * @return {@code E_ε q(θ ε, p)}
     */
    public double expectedUsage(double signal, double price) {
        return overShocks(signal, price, usageValue::demand);
    }

    private double overShocks(double signal, double price, DoubleBinaryOperator atIntensityAndPrice) {
        Arguments.nonNegative("signal", signal);
        Arguments.nonNegative("price", price);
        double sum = 0;
        for (int k = 0; k < shocks.length; k++) {
            sum += shockProbabilities[k] * atIntensityAndPrice.applyAsDouble(signal * shocks[k], price);
        }
        return sum;
    }

    /**
     * The relaxed bound (derived, see the type's Javadoc): {@code Σ_i g_i E[θ̃_i ε u(q_i) - c q_i]} with
     * {@code q_i(ε) = q(θ̃_i ε, c)}, i.e. {@code Σ_i g_i E W(θ̃_i ε, c)} (a signal with {@code θ̃_i ≤ 0}
     * contributes 0). An upper bound on the profit of every mechanism. {@code O(I · shocks)}.
     *
     * @return the relaxed profit
     */
    public double relaxedBound() {
        double[] virtual = virtualSignals();
        double sum = 0;
        for (int i = 0; i < signals.length; i++) {
            if (virtual[i] > 0) {
                sum += signalProbabilities[i] * expectedSurplus(virtual[i], unitCost);
            }
        }
        return sum;
    }

    /**
     * The relaxed problem's usage at signal {@code i} and shock {@code k}.
     *
     * @param signal the signal index
     * @param shock  the shock index
     * @return {@code q(θ̃_i ε_k, c)}, 0 if {@code θ̃_i ≤ 0}
     */
    public double relaxedUsage(int signal, int shock) {
        Arguments.index("signal", signal, signals.length);
        Arguments.index("shock", shock, shocks.length);
        double virtual = virtualSignals()[signal];
        return virtual <= 0 ? 0 : usageValue.demand(virtual * shocks[shock], unitCost);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MultiplicativeDemand that && Arrays.equals(signals, that.signals)
                && Arrays.equals(signalProbabilities, that.signalProbabilities) && Arrays.equals(shocks, that.shocks)
                && Arrays.equals(shockProbabilities, that.shockProbabilities) && usageValue == that.usageValue
                && Double.compare(unitCost, that.unitCost) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {Arrays.hashCode(signals), Arrays.hashCode(signalProbabilities),
                Arrays.hashCode(shocks), Arrays.hashCode(shockProbabilities), usageValue.hashCode(), Double.hashCode(unitCost)});
    }

    @Override
    public String toString() {
        return "MultiplicativeDemand[" + signals.length + " signals, " + shocks.length + " shocks, " + usageValue
                + ", c = " + unitCost + "]";
    }
}
