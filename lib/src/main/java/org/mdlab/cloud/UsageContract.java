package org.mdlab.cloud;

/**
 * A contract signed before demand is known and settled on realised usage: the buyer whose marginal value
 * of usage turns out to be {@code v} chooses usage to maximise {@code v q - payment(q)} (Bergemann and
 * Wang 2025, arXiv 2502.08022, Section 4: the two-part tariff and the committed-spend contract are both
 * of this form).
 */
public interface UsageContract {

    /**
     * Relative tolerance within which two payoffs count as a tie, broken towards larger usage: relative to
     * the magnitude {@code |v q| + |payment(q)|} of the terms the payoffs are made of, so that ties do not
     * depend on the units of money.
     */
    double TIE = 1e-10;

    /**
     * The total payment for a usage level, fixed parts included.
     *
     * @param usage the usage, in {@code [0, maxUsage()]}
     * @return the payment
     */
    double payment(double usage);

    /**
     * The largest usage the contract allows.
     *
     * @return the cap
     */
    double maxUsage();

    /**
     * The usage levels among which a buyer's best choice always lies (the kinks of a piecewise-linear payment).
     *
     * @return the candidate levels, increasing
     */
    double[] candidateUsage();

    /**
     * The buyer's usage at marginal value {@code v}: the best candidate level, ties (within {@value #TIE}
     * times the largest {@code |v q| + |payment(q)|} over the candidates) broken towards larger usage.
     *
     * @param value the realised marginal value, finite
     * @return the chosen usage
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    default double usage(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite (got " + value + ")");
        }
        double[] candidates = candidateUsage();
        double scale = 0;
        for (double q : candidates) {
            scale = Math.max(scale, Math.abs(value * q) + Math.abs(payment(q)));
        }
        double bestUsage = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (double q : candidates) {
            double payoff = value * q - payment(q);
            if (payoff >= best - TIE * scale) {
                best = Math.max(best, payoff);
                bestUsage = q;
            }
        }
        return bestUsage;
    }

    /**
     * The magnitude of the terms of the buyer's payoff at his best usage, {@code |v q(v)| + |payment(q(v))|},
     * the scale of its rounding error.
     *
     * @param value the realised marginal value, finite
     * @return the magnitude, {@code >= 0}
     */
    default double magnitude(double value) {
        double q = usage(value);
        return Math.abs(value * q) + Math.abs(payment(q));
    }

    /**
     * The buyer's ex-post payoff at marginal value {@code v} from his best usage.
     *
     * @param value the realised marginal value, finite
     * @return {@code v q(v) - payment(q(v))}
     */
    default double payoff(double value) {
        double q = usage(value);
        return value * q - payment(q);
    }
}
