package org.mdlab.cloud;

/**
 * A contract signed before demand is known and settled on realised usage: the buyer whose marginal value
 * of usage turns out to be {@code v} chooses usage to maximise {@code v q - payment(q)} (Bergemann and
 * Wang 2025, arXiv 2502.08022, Section 4: the two-part tariff and the committed-spend contract are both
 * of this form).
 */
public interface UsageContract {

    /** Relative tolerance within which two payoffs count as a tie, broken towards larger usage. */
    double TIE = 1e-9;

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
     * The buyer's usage at marginal value {@code v}: the best candidate level, ties (within
     * {@value #TIE} relative) broken towards larger usage.
     *
     * @param value the realised marginal value, finite
     * @return the chosen usage
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    default double usage(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite (got " + value + ")");
        }
        double bestUsage = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (double q : candidateUsage()) {
            double payoff = value * q - payment(q);
            if (payoff >= best - TIE * (1 + Math.abs(best))) {
                best = Math.max(best, payoff);
                bestUsage = q;
            }
        }
        return bestUsage;
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
