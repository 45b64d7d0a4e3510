package org.mdlab.market;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * A continuous distribution of a buyer's value (a bidder's value in Myerson 1981, §2; a buyer's type
 * {@code θ} in Mussa and Rosen 1978) on a bounded interval {@code [lower, upper]} with a positive
 * density. Its virtual value is {@code φ(v) = v - (1 - F(v)) / f(v)} (Myerson 1981, eq. (3.3); Mussa and
 * Rosen 1978, eq. (12)); the distribution is regular when {@code φ} is increasing. The finite
 * counterpart is {@link Market}.
 *
 * <p>Every implementation rejects a NaN or infinite argument of {@link #cdf}, {@link #density} and
 * {@link #virtualValue}, and an argument of {@link #quantile} outside {@code [0, 1]}, with an
 * {@link IllegalArgumentException}.
 */
public interface ValueDistribution {

    /**
     * The lower end of the support, the lowest value a buyer can have.
     *
     * @return {@code lower}, finite
     */
    double lower();

    /**
     * The upper end of the support, the highest value a buyer can have.
     *
     * @return {@code upper}, finite and {@code > lower}
     */
    double upper();

    /**
     * The distribution function: the probability that a value is at most {@code v}.
     *
     * @param v a finite value; below the support it gives 0, above it 1
     * @return {@code F(v)} in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code v} is not finite
     */
    double cdf(double v);

    /**
     * The density.
     *
     * @param v a finite value in the support
     * @return {@code f(v) > 0}
     * @throws IllegalArgumentException if {@code v} is not finite
     */
    double density(double v);

    /**
     * The quantile function, the inverse of {@link #cdf}.
     *
     * @param u a number in {@code [0, 1]}
     * @return {@code F^{-1}(u)} in {@code [lower, upper]}
     * @throws IllegalArgumentException if {@code u} is outside {@code [0, 1]}
     */
    double quantile(double u);

    /**
     * Myerson's virtual value, the marginal revenue of selling to a buyer of value {@code v} (Myerson
     * 1981, eq. (3.3); Mussa and Rosen 1978, eq. (12)).
     *
     * @param v a finite value in the support
     * @return {@code v - (1 - F(v)) / f(v)}
     * @throws IllegalArgumentException if {@code v} is not finite
     */
    default double virtualValue(double v) {
        return v - (1 - cdf(v)) / density(v);
    }

    /**
     * One draw by inversion, {@code F^{-1}(U)} with {@code U} uniform on {@code [0, 1)}.
     *
     * @param random the seeded stream; not null
     * @return a value distributed according to this distribution
     * @throws IllegalArgumentException if {@code random} is null
     */
    default double sample(SplittableRandom random) {
        return quantile(Arguments.notNull("random", random).nextDouble());
    }

    /**
     * The uniform distribution on {@code [lower, upper]}; {@code φ(v) = 2v - upper}.
     *
     * @param lower the lower end; finite
     * @param upper the upper end; finite, {@code > lower}
     * @return the distribution
     * @throws IllegalArgumentException if the interval is not finite and non-degenerate
     */
    static ValueDistribution uniform(double lower, double upper) {
        return new UniformDistribution(lower, upper);
    }

    /**
     * The power distribution {@code F(v) = v^a} on {@code [0, 1]}, with
     * {@code φ(v) = (1 + 1/a) v - v^{1-a} / a}: regular (φ increasing) exactly when {@code a >= 1}, with
     * optimal reserve {@code (1 + a)^{-1/a}}.
     *
     * @param a the exponent; finite, {@code > 0}
     * @return the distribution
     * @throws IllegalArgumentException if {@code a} is not finite and positive
     */
    static ValueDistribution power(double a) {
        return new PowerDistribution(a);
    }

    /**
     * A piecewise-uniform (histogram) distribution: mass {@code masses[k]} spread uniformly on
     * {@code [breakpoints[k], breakpoints[k+1]]}. Its virtual value jumps down wherever the density
     * drops, so it is irregular unless the density never decreases, and the standard test case for
     * ironing (Myerson 1981, §6). The mixture {@code w·U[0, 1/2] + (1 - w)·U[0, 1]} is
     * {@code piecewiseUniform({0, 1/2, 1}, {(1 + w)/2, (1 - w)/2})}.
     *
     * @param breakpoints strictly increasing, finite, at least two
     * @param masses      one per piece; finite, {@code > 0}, summing to 1
     * @return the distribution
     * @throws IllegalArgumentException if the breakpoints are not finite and strictly increasing, the
     *                                  lengths do not match, or the masses are not a positive distribution
     */
    static ValueDistribution piecewiseUniform(double[] breakpoints, double[] masses) {
        return PiecewiseUniformDistribution.of(breakpoints, masses);
    }

    /**
     * A distribution given by its distribution function and density on {@code [lower, upper]}, the
     * general Mussa–Rosen type distribution. The quantile is found by bisection on {@code F}, to the
     * spacing of doubles. Both functions are checked at {@value FunctionDistribution#CHECK_POINTS}
     * equally spaced points.
     *
     * @param cdf     {@code F}, non-decreasing on the check grid, with {@code F(lower) = 0} and
     *                {@code F(upper) = 1} within {@code 1e-9}
     * @param density {@code f}, finite and {@code > 0} on the check grid
     * @param lower   the lowest value; finite
     * @param upper   the highest value; finite and {@code > lower}
     * @return the distribution
     * @throws IllegalArgumentException if an argument is null or breaks its rule
     */
    static ValueDistribution of(DoubleUnaryOperator cdf, DoubleUnaryOperator density, double lower, double upper) {
        return new FunctionDistribution(cdf, density, lower, upper);
    }
}
