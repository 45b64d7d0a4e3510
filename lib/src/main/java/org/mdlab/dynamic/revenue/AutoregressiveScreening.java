package org.mdlab.dynamic.revenue;

import org.mdlab.estimator.MonteCarloEstimate;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Cancellation;

import java.util.SplittableRandom;

/**
 * Dynamic revenue maximisation with an AR(1) type (Pavan, Segal and Toikka 2014, "Dynamic Mechanism
 * Design: A Myersonian Approach", Econometrica 82(2): 601–653, its AR(1) illustration; Bergemann and Välimäki 2019,
 * "Dynamic Mechanism Design: An Introduction", Journal of Economic Literature 57(2)). The
 * buyer's initial type is {@code θ_1 ~ U[0, 1]}; then {@code θ_t = γ θ_{t-1} + ε_t} with i.i.d.
 * innovations of any {@link Innovation} law; each period the buyer values quantity {@code q} at
 * {@code θ_t q} and the seller's cost is {@code q²/2}; discount δ, horizon {@code T}. The impulse
 * response of {@code θ_t} to {@code θ_1} is {@code I_t = γ^{t-1}} whatever the innovation law, so with
 * hazard {@code (1 - F(θ_1)) / f(θ_1) = 1 - θ_1} the relaxed optimal allocation maximises
 * {@code (θ_t - γ^{t-1}(1 - θ_1)) q - q²/2}: {@code q_t = max{0, θ_t - γ^{t-1}(1 - θ_1)}}. Expected
 * profit equals expected discounted virtual surplus {@code Σ_t δ^{t-1} E[½ q_t²]}; the buyer's expected
 * rent is {@code Σ_t δ^{t-1} E[γ^{t-1}(1 - θ_1) q_t]}.
 *
 * <p>Expectations are exact in {@code θ_1} (the integrals over {@code θ_1 ~ U[0, 1]} of the piecewise
 * polynomials are in closed form) and by lattice quadrature in the accumulated innovations
 * {@code S_t = θ_t - γ^{t-1}θ_1} ({@link #LATTICE_CELLS_PER_SD} cells per innovation standard
 * deviation, error {@code O(w²)} in the spacing w).
 *
 * @param persistence γ; in [0, 1]
 * @param innovation  the law of ε_t; not null
 * @param discount    δ; in (0, 1)
 * @param horizon     T, the number of periods; in 1..1000
 */
public record AutoregressiveScreening(double persistence, Innovation innovation, double discount, int horizon) {

    /** Lattice cells per innovation standard deviation used by the expectations. */
    public static final int LATTICE_CELLS_PER_SD = 64;

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public AutoregressiveScreening {
        if (!(persistence >= 0 && persistence <= 1)) {
            throw new IllegalArgumentException("persistence must lie in [0, 1] (got " + persistence + ")");
        }
        Arguments.notNull("innovation", innovation);
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
        if (horizon < 1 || horizon > 1000) {
            throw new IllegalArgumentException("horizon must lie in 1..1000 (got " + horizon + ")");
        }
    }

    /**
     * The model with normal innovations {@code N(0, σ²)}.
     *
     * @param persistence γ; in [0, 1]
     * @param shockSd     σ; finite and {@code > 0}
     * @param discount    δ; in (0, 1)
     * @param horizon     T; in 1..1000
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public AutoregressiveScreening(double persistence, double shockSd, double discount, int horizon) {
        this(persistence, Innovation.normal(Arguments.positive("shockSd", shockSd)), discount, horizon);
    }

    /**
     * The impulse response of {@code θ_t} to {@code θ_1} for the AR(1) process (Pavan, Segal and Toikka 2014).
     *
     * @param period t; in 1..T
     * @return {@code γ^{t-1}}
     */
    public double impulseResponse(int period) {
        requirePeriod(period);
        return Math.pow(persistence, period - 1);
    }

    /**
     * The downward distortion of period {@code t} for initial type {@code θ_1}.
     *
     * @param period      t; in 1..T
     * @param initialType θ_1; in [0, 1]
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
     * The expected discounted accounts of the optimal mechanism, computed in one pass: per period
     * {@code g = γ^{t-1}} and, integrating {@code θ_1} out in closed form,
     * {@code E[½ q_t² | S] = ((S + g)₊³ - (S - g)₊³)/(12g)},
     * {@code E[g(1 - θ_1) q_t | S] = [A u²/2 - u³/3]_{(S-g)₊}^{A₊}/(4g)} with {@code A = S + g}, and
     * {@code E[½ (θ_t)₊² | S] = ((S + g)₊³ - S₊³)/(6g)} (for {@code g = 0}: {@code ½ S₊²}, 0, {@code ½ S₊²}).
     *
     * @return expected profit, consumer rent and first-best surplus
     */
    public DynamicSurplus accounts() {
        return accounts(LATTICE_CELLS_PER_SD);
    }

    /**
     * The accounts with a chosen lattice resolution, to measure the quadrature's convergence.
     *
     * @param cellsPerSd lattice cells per innovation standard deviation; in 2..4096
     * @return expected profit, consumer rent and first-best surplus
     * @throws IllegalArgumentException if {@code cellsPerSd} is out of range or the lattice too large
     */
    public DynamicSurplus accounts(int cellsPerSd) {
        if (cellsPerSd < 2 || cellsPerSd > 4096) {
            throw new IllegalArgumentException("cellsPerSd must lie in 2..4096 (got " + cellsPerSd + ")");
        }
        ShockLattice lattice = ShockLattice.of(persistence, innovation, horizon, cellsPerSd);
        double[] profit = new double[horizon];
        double rent = 0;
        double firstBest = 0;
        double total = 0;
        for (int t = 1; t <= horizon; t++) {
            double g = impulseResponse(t);
            double weight = Math.pow(discount, t - 1);
            double p = lattice.expectation(t, s -> profitGiven(g, s));
            profit[t - 1] = p;
            total += weight * p;
            rent += weight * lattice.expectation(t, s -> rentGiven(g, s));
            firstBest += weight * lattice.expectation(t, s -> firstBestGiven(g, s));
        }
        return new DynamicSurplus(total, rent, firstBest, profit);
    }

    private static double profitGiven(double g, double s) {
        return g == 0 ? halfSquare(s) : (cube(s + g) - cube(s - g)) / (12 * g);
    }

    private static double rentGiven(double g, double s) {
        if (g == 0) {
            return 0;
        }
        double a = s + g;
        double top = Math.max(0, a);
        double bottom = Math.max(0, s - g);
        return (a * (top * top - bottom * bottom) / 2 - (top * top * top - bottom * bottom * bottom) / 3) / (4 * g);
    }

    private static double firstBestGiven(double g, double s) {
        return g == 0 ? halfSquare(s) : (cube(s + g) - cube(s)) / (6 * g);
    }

    /** {@code ½ (x⁺)²}, the surplus of quality {@code x⁺} at cost {@code q²/2}; shared with {@link AutoregressiveContract}. */
    static double halfSquare(double x) {
        return x > 0 ? 0.5 * x * x : 0;
    }

    private static double cube(double x) {
        return x > 0 ? x * x * x : 0;
    }

    /**
     * One simulated history: types {@code θ_1..θ_T} drawn from the model.
     *
     * @param random the seeded source of randomness; not null
     * @return the types, index {@code t - 1}
     */
    public double[] simulateTypes(SplittableRandom random) {
        Arguments.notNull("random", random);
        double[] types = new double[horizon];
        types[0] = random.nextDouble();
        for (int t = 1; t < horizon; t++) {
            types[t] = persistence * types[t - 1] + innovation.sample(random);
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
        Arguments.atLeast("histories", histories, 2);
        Arguments.notNull("random", random);
        double sum = 0;
        double sumSquares = 0;
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
        return MonteCarloEstimate.fromSums(sum, sumSquares, histories);
    }

    void requirePeriod(int period) {
        if (period < 1 || period > horizon) {
            throw new IllegalArgumentException("period must lie in 1.." + horizon + " (got " + period + ")");
        }
    }

    static void requireInitialType(double initialType) {
        if (!(initialType >= 0 && initialType <= 1)) {
            throw new IllegalArgumentException("initialType must lie in [0, 1] (got " + initialType + ")");
        }
    }
}
