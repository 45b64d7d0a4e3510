package org.mdlab.platform;

import org.mdlab.market.Arguments;
import org.mdlab.market.ValueDistribution;

/**
 * Consumer types with a linear inverse hazard rate on {@code [lower, upper]}: {@code 1 - F(θ) =
 * ((upper - θ)/(upper - lower))^κ}, so {@code (1 - F(θ))/f(θ) = (upper - θ)/κ} and the virtual value
 * {@code θ - (upper - θ)/κ} is increasing for every {@code κ > 0}. This is the generalized Pareto family with
 * bounded support (shape {@code -1/κ}); {@code κ = 1} is the uniform distribution. Used as the type
 * distribution of the reconstructed platform model of Bergemann and Bonatti (arXiv:2304.07653).
 *
 * <p>At {@code θ = upper} the density is 0 for {@code κ > 1} and infinite for {@code κ < 1}; the virtual value
 * is the closed form above everywhere, so it is finite at both ends.
 *
 * @param lower the lowest type; finite and {@code >= 0}
 * @param upper the highest type; finite and {@code > lower}
 * @param shape {@code κ}; finite and {@code > 0}
 */
public record LinearHazardTypes(double lower, double upper, double shape) implements ValueDistribution {

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter breaks its rule
     */
    public LinearHazardTypes {
        Arguments.nonNegative("lower", lower);
        Arguments.finite("upper", upper);
        if (!(upper > lower)) {
            throw new IllegalArgumentException("upper must be > lower (got [" + lower + ", " + upper + "])");
        }
        Arguments.positive("shape", shape);
    }

    /**
     * The family member with shape {@code κ}.
     *
     * @param lower the lowest type; finite and {@code >= 0}
     * @param upper the highest type; finite and {@code > lower}
     * @param shape {@code κ}; finite and {@code > 0}
     * @return the distribution
     * @throws IllegalArgumentException if a parameter breaks its rule
     */
    public static LinearHazardTypes of(double lower, double upper, double shape) {
        return new LinearHazardTypes(lower, upper, shape);
    }

    /**
     * The uniform distribution on {@code [lower, upper]}, {@code κ = 1}.
     *
     * @param lower the lowest type; finite and {@code >= 0}
     * @param upper the highest type; finite and {@code > lower}
     * @return the distribution
     * @throws IllegalArgumentException if a parameter breaks its rule
     */
    public static LinearHazardTypes uniform(double lower, double upper) {
        return new LinearHazardTypes(lower, upper, 1);
    }

    /**
     * The same family with every type multiplied by {@code s}.
     *
     * @param s the factor; finite and {@code > 0}
     * @return the scaled distribution
     * @throws IllegalArgumentException if {@code s} is not finite and positive
     */
    public LinearHazardTypes scaled(double s) {
        Arguments.positive("s", s);
        return new LinearHazardTypes(lower * s, upper * s, shape);
    }

    /**
     * The width of the support.
     *
     * @return {@code upper - lower}
     */
    public double width() {
        return upper - lower;
    }

    /**
     * The inverse hazard rate {@code (1 - F(θ))/f(θ) = (upper - θ)/κ}.
     *
     * @param theta a finite type
     * @return the inverse hazard rate, clamped to the support
     * @throws IllegalArgumentException if {@code theta} is not finite
     */
    public double inverseHazard(double theta) {
        return (upper - clamp(Arguments.finite("theta", theta))) / shape;
    }

    @Override
    public double cdf(double v) {
        return 1 - Math.pow((upper - clamp(Arguments.finite("v", v))) / width(), shape);
    }

    @Override
    public double density(double v) {
        double y = (upper - clamp(Arguments.finite("v", v))) / width();
        return shape * Math.pow(y, shape - 1) / width();
    }

    @Override
    public double quantile(double u) {
        Arguments.probability("u", u);
        return upper - width() * Math.pow(1 - u, 1 / shape);
    }

    @Override
    public double virtualValue(double v) {
        double theta = clamp(Arguments.finite("v", v));
        return theta - (upper - theta) / shape;
    }

    private double clamp(double theta) {
        return Math.min(upper, Math.max(lower, theta));
    }
}
