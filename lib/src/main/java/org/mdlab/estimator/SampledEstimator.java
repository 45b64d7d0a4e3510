package org.mdlab.estimator;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Cancellation;

/**
 * An estimator known through a sampler of ω̂ given ω; expectations are seeded Monte Carlo averages
 * over {@code draws} samples. The same seed is used for every expectation (common random numbers), so
 * comparisons between reports are not blurred by independent noise (Bergemann et al., arXiv 2412.16132,
 * where ε of ε-ex-post implementation is then computed by simulation).
 *
 * @param sampler draws ω̂ given ω from a stream
 * @param seed    the seed of every expectation
 * @param draws   the number of samples per expectation, {@code >= 1}
 */
public record SampledEstimator(Sampler sampler, long seed, int draws) implements Estimator {

    /** Draws ω̂ given ω. */
    @FunctionalInterface
    public interface Sampler {
        /**
         * @param state  the true state
         * @param random the stream
         * @return one estimate
         */
        double sample(double state, SplittableRandom random);
    }

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if {@code sampler} is null or {@code draws < 1}
     */
    public SampledEstimator {
        Arguments.notNull("sampler", sampler);
        Arguments.atLeast("draws", draws, 1);
    }

    /**
     * The unbiased estimator ω̂ = ω + σZ with standard normal Z.
     *
     * @param sigma the noise level; finite, {@code >= 0}
     * @param seed  the seed
     * @param draws samples per expectation
     * @return the estimator
     * @throws IllegalArgumentException if {@code sigma} is not finite and non-negative
     */
    public static SampledEstimator gaussian(double sigma, long seed, int draws) {
        Arguments.nonNegative("sigma", sigma);
        return new SampledEstimator((w, r) -> w + sigma * gaussian(r), seed, draws);
    }

    private static double gaussian(SplittableRandom r) {
        double u = r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    /**
     * The seeded Monte Carlo average of {@code g(ω̂)} over {@code draws} samples, polling the thread's
     * interrupt before every draw.
     *
     * @param state the true state; finite
     * @param g     a function of the estimate; not null, finite at every draw
     * @return the average
     * @throws IllegalArgumentException if {@code state} is not finite, {@code g} is null, or a draw, a
     *                                  value of {@code g} or the average is not finite
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    @Override
    public double expectation(double state, DoubleUnaryOperator g) {
        Arguments.finite("state", state);
        Arguments.notNull("g", g);
        Cancellation cancellation = Cancellation.threadInterrupt();
        SplittableRandom random = new SplittableRandom(seed);
        double sum = 0;
        for (int k = 0; k < draws; k++) {
            cancellation.check("sampled estimator");
            double w = sampler.sample(state, random);
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("the sampler must draw finite estimates (got " + w + " at state " + state + ")");
            }
            double y = g.applyAsDouble(w);
            if (!Double.isFinite(y)) {
                throw new IllegalArgumentException("the estimate's function must be finite (got " + y + " at " + w + ")");
            }
            sum += y;
        }
        return Arguments.finite("average of g", sum / draws);
    }
}
