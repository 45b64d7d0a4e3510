package org.mdlab.cloud;

import org.mdlab.market.Arguments;
import org.mdlab.market.ConvexCost;
import org.mdlab.screening.SequentialScreening;

/**
 * The discretised demand side of multi-unit sequential screening (Bergemann and Wang 2025, arXiv
 * 2502.08022, Section 2, on a finite grid): the sequential type structure of {@link SequentialScreening}
 * (Courty and Li 2000) with a cost of usage. At contracting the buyer privately learns a signal {@code i}
 * (probability {@code g_i}); afterwards he learns his marginal value of usage {@code v_k} from the
 * conditional distribution {@code f_i}; usage {@code q} is worth {@code v_k q} to him and costs the
 * seller {@code c(q)}, a convex cost. Higher signals are better news: the conditional distributions are
 * ordered by first-order stochastic dominance. Every conditional distribution has full support on the
 * value grid, so that every report of the buyer is on path, and every value is {@code >= 0}.
 *
 * @param types the sequential type structure: signal probabilities, value grid, conditionals
 * @param cost  the seller's convex cost of usage
 */
public record CloudDemand(SequentialScreening types, ConvexCost cost) {

    private static final double DOMINANCE_TOLERANCE = 1e-9;

    /**
     * Validates the demand model.
     *
     * @throws IllegalArgumentException if an argument is null, a value is negative, a conditional lacks
     *                                  full support, or the signals are not ordered by first-order
     *                                  stochastic dominance
     */
    public CloudDemand {
        Arguments.notNull("types", types);
        Arguments.notNull("cost", cost);
        Arguments.nonNegative("values[0]", types.value(0));
        if (!types.hasFullSupport()) {
            throw new IllegalArgumentException("conditionals must be > 0 on every value (full support)");
        }
        types.dominanceViolation(DOMINANCE_TOLERANCE).ifPresent(v -> {
            throw new IllegalArgumentException("conditionals must increase in first-order stochastic dominance (got "
                    + v + ")");
        });
    }

    /**
     * The demand model from its arrays, in the order of {@link SequentialScreening}.
     *
     * @param signalProbabilities the probabilities {@code g_i} of the signals, in increasing order of the signal
     * @param values              the marginal values {@code 0 <= v_1 < ... < v_K} of usage
     * @param conditionals        {@code f_i(v_k)}, one probability vector per signal, all entries positive
     * @param cost                the seller's convex cost of usage
     * @throws IllegalArgumentException if a rule of {@link SequentialScreening} or of this record is broken
     */
    public CloudDemand(double[] signalProbabilities, double[] values, double[][] conditionals, ConvexCost cost) {
        this(new SequentialScreening(Arguments.positiveProbabilities("signalProbabilities", signalProbabilities), values,
                conditionals), cost);
    }

    /**
     * Signals that tilt a common grid exponentially ({@link SequentialScreening#tilted}).
     *
     * @param signalProbabilities the signal probabilities
     * @param values              the value grid
     * @param tilts               one tilt per signal, finite, positive and strictly increasing
     * @param cost                the seller's convex cost
     * @return the demand model
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static CloudDemand tilted(double[] signalProbabilities, double[] values, double[] tilts, ConvexCost cost) {
        return new CloudDemand(SequentialScreening.tilted(Arguments.positiveProbabilities("signalProbabilities",
                signalProbabilities), values, tilts), cost);
    }

    /** @return a copy of the signal probabilities {@code g_i} */
    public double[] signalProbabilities() {
        return types.typeProbabilities();
    }

    /** @return a copy of the value grid */
    public double[] values() {
        return types.values();
    }

    /** @return a copy of the conditional distributions, {@code [i][k] = f_i(v_k)} */
    public double[][] conditionals() {
        return types.conditionals();
    }

    /**
     * The number of signals.
     *
     * @return {@code I}
     */
    public int signals() {
        return types.types();
    }

    /**
     * The number of grid values.
     *
     * @return {@code K}
     */
    public int valueCount() {
        return types.valueCount();
    }

    /**
     * The conditional probability of value {@code k} given signal {@code i}.
     *
     * @param signal the signal index, in {@code [0, I)}
     * @param value  the value index, in {@code [0, K)}
     * @return {@code f_i(v_k)}
     */
    public double probability(int signal, int value) {
        return types.probability(signal, value);
    }

    /**
     * The probability of signal {@code i}.
     *
     * @param signal the signal index, in {@code [0, I)}
     * @return {@code g_i}
     */
    public double signalProbability(int signal) {
        return types.typeProbability(signal);
    }

    /**
     * The marginal value at grid index {@code k}.
     *
     * @param value the value index, in {@code [0, K)}
     * @return {@code v_k}
     */
    public double value(int value) {
        return types.value(value);
    }

    /**
     * The dynamic virtual values of the relaxed problem ({@link SequentialScreening#dynamicVirtualValues()};
     * Bergemann and Wang 2025, Section 3). {@code O(IK)}.
     *
     * @return {@code φ[i][k]}
     */
    public double[][] dynamicVirtualValues() {
        return types.dynamicVirtualValues();
    }

    @Override
    public String toString() {
        return "CloudDemand[" + signals() + " signals, " + valueCount() + " values]";
    }
}
