package org.mdlab.dynamic.revenue;

import org.mdlab.optimisation.Cancellation;

import org.mdlab.market.Arguments;

import java.util.SplittableRandom;
import org.mdlab.estimator.MonteCarloEstimate;

/**
 * Impulse responses of a Markov type process computed numerically (Pavan, Segal and Toikka 2014,
 * Econometrica 82(2), eq. (5)): along a history {@code θ_1, …, θ_T},
 * <pre>  I_1 = 1,   I_t = Π_{s=2}^{t} [ -∂F(θ_s | θ_{s-1})/∂θ_{s-1} ] / f(θ_s | θ_{s-1}), </pre>
 * with the derivative in the conditioning type by a central difference of step {@code h}
 * (error {@code O(h²)}). For the AR(1) process every factor is γ and {@code I_t = γ^{t-1}}.
 */
public final class ImpulseResponse {

    /** The most draws ({@code periods × paths}) of {@link #expected}. */
    public static final long MAX_DRAWS = 100_000_000L;

    private ImpulseResponse() {
    }

    /**
     * The impulse responses along one history.
     *
     * @param kernel the type process
     * @param path   {@code θ_1, …, θ_T}; at least one finite entry
     * @param step   the central-difference step h; finite, {@code > 0}
     * @return {@code I_1, …, I_T}
     * @throws IllegalArgumentException if the path is empty or not finite, the step is not positive, or a
     *                                  density along the path is not positive
     */
    public static double[] along(TypeTransition kernel, double[] path, double step) {
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must not be null");
        }
        if (path == null || path.length == 0) {
            throw new IllegalArgumentException("path must hold at least the initial type");
        }
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("step must be finite and > 0 (got " + step + ")");
        }
        double[] response = new double[path.length];
        response[0] = 1;
        for (int t = 1; t < path.length; t++) {
            double next = path[t];
            double current = path[t - 1];
            if (!Double.isFinite(next) || !Double.isFinite(current)) {
                throw new IllegalArgumentException("path must be finite (got " + next + " at " + t + ")");
            }
            double density = kernel.density(next, current);
            if (!(density > 0)) {
                throw new IllegalArgumentException("density f(θ_" + (t + 1) + " | θ_" + t + ") must be > 0 (got " + density + ")");
            }
            double derivative = (kernel.cdf(next, current + step) - kernel.cdf(next, current - step)) / (2 * step);
            response[t] = response[t - 1] * (-derivative / density);
        }
        return response;
    }

    /**
     * The expected impulse responses {@code E[I_t | θ_1]} from seeded simulated histories: history
     * {@code p} uses the {@code p}-th split of {@code new SplittableRandom(seed)}.
     *
     * @param kernel  the type process
     * @param initial θ_1; finite
     * @param periods T; {@code >= 1}
     * @param paths   the number of histories; {@code >= 2}
     * @param step    the central-difference step; finite, {@code > 0}
     * @param seed    the root seed
     * @return one estimate (mean and standard error) per period {@code 1..T}
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static MonteCarloEstimate[] expected(TypeTransition kernel, double initial, int periods, int paths,
                                                double step, long seed) {
        Arguments.notNull("kernel", kernel);
        Arguments.finite("initial", initial);
        Arguments.atLeast("periods", periods, 1);
        Arguments.atLeast("paths", paths, 2);
        Arguments.sizeAtMost("periods × paths", (long) periods * paths, MAX_DRAWS, "one kernel draw and one impulse response each");
        double[] sum = new double[periods];
        double[] squares = new double[periods];
        SplittableRandom root = new SplittableRandom(seed);
        double[] path = new double[periods];
        for (int p = 0; p < paths; p++) {
            Cancellation.threadInterrupt().check("impulse-response Monte Carlo");
            SplittableRandom random = root.split();
            path[0] = initial;
            for (int t = 1; t < periods; t++) {
                path[t] = kernel.sample(path[t - 1], random);
            }
            double[] response = along(kernel, path, step);
            for (int t = 0; t < periods; t++) {
                sum[t] += response[t];
                squares[t] += response[t] * response[t];
            }
        }
        MonteCarloEstimate[] estimates = new MonteCarloEstimate[periods];
        for (int t = 0; t < periods; t++) {
            estimates[t] = MonteCarloEstimate.fromSums(sum[t], squares[t], paths);
        }
        return estimates;
    }
}
