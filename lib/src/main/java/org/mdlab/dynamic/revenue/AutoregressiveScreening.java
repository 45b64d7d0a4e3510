package org.mdlab.dynamic.revenue;

import org.mdlab.market.Arguments;

import org.mdlab.optimisation.Cancellation;

import org.mdlab.estimator.MonteCarloEstimate;

import java.util.SplittableRandom;

/**
 * Dynamic revenue maximisation with an AR(1) type (Pavan, Segal and Toikka 2014, "Dynamic Mechanism
 * Design: A Myersonian Approach", Econometrica 82(2): 601–653; the lecture slides' virtual surplus with
 * impulse responses). The buyer's initial type is {@code θ_1 ~ U[0, 1]}; then
 * {@code θ_t = γ θ_{t-1} + ε_t} with {@code ε_t ~ N(0, σ²)} i.i.d.; each period the buyer values quantity
 * {@code q} at {@code θ_t q} and the seller's cost is {@code q²/2}; discount δ, horizon {@code T}. The
 * impulse response of {@code θ_t} to {@code θ_1} is {@code I_t = γ^{t-1}}, so with hazard
 * {@code (1 - F(θ_1)) / f(θ_1) = 1 - θ_1} the relaxed optimal allocation maximises
 * {@code (θ_t - γ^{t-1}(1 - θ_1)) q - q²/2}: {@code q_t = max{0, θ_t - γ^{t-1}(1 - θ_1)}}. The distortion
 * {@code γ^{t-1}(1 - θ_1)} vanishes as {@code t} grows when {@code |γ| < 1}. Expected profit equals
 * expected discounted virtual surplus {@code Σ_t δ^{t-1} E[½ q_t²]}.
 *
 * @param persistence γ; in [0, 1]
 * @param shockSd     σ, the standard deviation of the innovations; finite and {@code > 0}
 * @param discount    δ; in (0, 1)
 * @param horizon     T, the number of periods; in 1..1000
 */
public record AutoregressiveScreening(double persistence, double shockSd, double discount, int horizon) {

    private static final int QUADRATURE_INTERVALS = 400;

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public AutoregressiveScreening {
        if (!(persistence >= 0 && persistence <= 1)) {
            throw new IllegalArgumentException("persistence must lie in [0, 1] (got " + persistence + ")");
        }
        if (!(shockSd > 0) || !Double.isFinite(shockSd)) {
            throw new IllegalArgumentException("shockSd must be finite and > 0 (got " + shockSd + ")");
        }
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
        if (horizon < 1 || horizon > 1000) {
            throw new IllegalArgumentException("horizon must lie in 1..1000 (got " + horizon + ")");
        }
    }

    /**
     * The impulse response of {@code θ_t} to {@code θ_1} for the AR(1) process (Pavan, Segal and Toikka 2014).
     *
     * @param period t; {@code >= 1}
     * @return {@code γ^{t-1}}
     */
    public double impulseResponse(int period) {
        requirePeriod(period);
        return Math.pow(persistence, period - 1);
    }

    /**
     * The downward distortion of period {@code t} for initial type {@code θ_1}.
     *
     * @param period       t; in 1..T
     * @param initialType  θ_1; in [0, 1]
     * @return {@code γ^{t-1}(1 - θ_1)}
     */
    public double distortion(int period, double initialType) {
        requireInitialType(initialType);
        return impulseResponse(period) * (1 - initialType);
    }

    /**
     * The relaxed optimal allocation.
     *
     * @param period      t; in 1..T
     * @param initialType θ_1; in [0, 1]
     * @param type        θ_t
     * @return {@code max{0, θ_t - γ^{t-1}(1 - θ_1)}}
     */
    public double allocation(int period, double initialType, double type) {
        return Math.max(0, type - distortion(period, initialType));
    }

    /**
     * The efficient allocation {@code max{0, θ_t}}.
     *
     * @param type θ_t
     * @return the first-best quantity
     */
    public double efficientAllocation(double type) {
        return Math.max(0, type);
    }

    /**
     * The expected virtual surplus of period {@code t}, {@code E[½ q_t²]}: given θ_1 the argument
     * {@code θ_t - γ^{t-1}(1 - θ_1)} is normal with mean {@code m = γ^{t-1}(2θ_1 - 1)} and variance
     * {@code s² = σ² Σ_{k<t-1} γ^{2k}}, so {@code E[X₊²] = (m² + s²) Φ(m/s) + m s φ(m/s)} (for t = 1,
     * {@code m₊²}); the outer integral over θ_1 ~ U[0, 1] is by composite Simpson's rule with 400
     * intervals (the kink of the first period sits on a node; later integrands are smooth); Φ by
     * Marsaglia's Taylor series (2004, Journal of Statistical Software 11(4)), absolute error about 1e-15.
     *
     * @param period t; in 1..T
     * @return the expected virtual surplus
     */
    public double expectedVirtualSurplus(int period) {
        requirePeriod(period);
        double g = impulseResponse(period);
        double variance = 0;
        for (int k = 0; k < period - 1; k++) {
            variance += Math.pow(persistence, 2 * k);
        }
        double s = shockSd * Math.sqrt(variance);
        double h = 1.0 / QUADRATURE_INTERVALS;
        double sum = 0;
        for (int j = 0; j <= QUADRATURE_INTERVALS; j++) {
            double theta = j * h;
            double m = g * (2 * theta - 1);
            double value = s == 0 ? Math.pow(Math.max(0, m), 2) : positivePartSecondMoment(m, s);
            double weight = j == 0 || j == QUADRATURE_INTERVALS ? 1 : (j % 2 == 1 ? 4 : 2);
            sum += weight * value;
        }
        return 0.5 * sum * h / 3;
    }

    /**
     * The seller's expected discounted profit, {@code Σ_{t=1}^{T} δ^{t-1} E[½ q_t²]}.
     *
     * @return the exact (quadrature) expected profit
     */
    public double expectedProfit() {
        double total = 0;
        for (int t = 1; t <= horizon; t++) {
            total += Math.pow(discount, t - 1) * expectedVirtualSurplus(t);
        }
        return total;
    }

    /**
     * One simulated history: types {@code θ_1..θ_T} drawn from the model.
     *
     * @param random the seeded source of randomness
     * @return the types, index {@code t - 1}
     */
    public double[] simulateTypes(SplittableRandom random) {
        double[] types = new double[horizon];
        types[0] = random.nextDouble();
        for (int t = 1; t < horizon; t++) {
            types[t] = persistence * types[t - 1] + shockSd * gaussian(random);
        }
        return types;
    }

    /**
     * The expected profit by simulation: the mean of {@code Σ_t δ^{t-1} ½ q_t²} over seeded histories.
     *
     * @param histories the number of histories; {@code >= 2}
     * @param random    the seeded source of randomness
     * @return the estimate with its standard error
     * @throws IllegalArgumentException if fewer than 2 histories are asked for
     */
    public MonteCarloEstimate simulateProfit(int histories, SplittableRandom random) {
        if (histories < 2) {
            throw new IllegalArgumentException("histories must be >= 2 (got " + histories + ")");
        }
        double sum = 0;
        double sumSquares = 0;
        Arguments.notNull("random", random);
        for (int n = 0; n < histories; n++) {
            Cancellation.threadInterrupt().check("profit Monte Carlo");
            double[] types = simulateTypes(random);
            double profit = 0;
            for (int t = 1; t <= horizon; t++) {
                double q = allocation(t, types[0], types[t - 1]);
                profit += Math.pow(discount, t - 1) * 0.5 * q * q;
            }
            sum += profit;
            sumSquares += profit * profit;
        }
        double mean = sum / histories;
        double variance = Math.max(0, (sumSquares - histories * mean * mean) / (histories - 1));
        return new MonteCarloEstimate(mean, Math.sqrt(variance / histories), histories);
    }

    private static double positivePartSecondMoment(double m, double s) {
        double z = m / s;
        return (m * m + s * s) * normalCdf(z) + m * s * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    private static double normalCdf(double z) {
        if (z <= -8) {
            return 0;
        }
        if (z >= 8) {
            return 1;
        }
        double sum = z;
        double previous = 0;
        double term = z;
        double square = z * z;
        for (int i = 1; sum != previous; ) {
            previous = sum;
            i += 2;
            term *= square / i;
            sum = previous + term;
        }
        return 0.5 + sum * Math.exp(-0.5 * square - 0.91893853320467274178);
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    private void requirePeriod(int period) {
        if (period < 1 || period > horizon) {
            throw new IllegalArgumentException("period must lie in 1.." + horizon + " (got " + period + ")");
        }
    }

    private static void requireInitialType(double initialType) {
        if (!(initialType >= 0 && initialType <= 1)) {
            throw new IllegalArgumentException("initialType must lie in [0, 1] (got " + initialType + ")");
        }
    }
}
