package org.mdlab.dynamic.revenue;

import org.mdlab.market.Arguments;
import org.mdlab.market.ValueDistribution;

import java.util.SplittableRandom;

/**
 * The law of the innovations {@code ε_t} of the autoregressive type {@code θ_t = γ θ_{t-1} + ε_t}
 * (Pavan, Segal and Toikka 2014, Econometrica 82(2), the AR(1) example; its impulse response
 * {@code γ^{t-1}} holds for any innovation law). An innovation is known by its distribution function,
 * an interval holding all but a negligible tail of its mass, its mean and standard deviation, and a way
 * to draw from it; {@link AutoregressiveScreening} needs nothing else.
 */
public interface Innovation {

    /**
     * @param x a point
     * @return {@code Pr(ε ≤ x)}
     */
    double cdf(double x);

    /** @return the lower end of the interval discretised for quadrature (the support's, or 9 standard deviations below the mean) */
    double lower();

    /** @return the upper end of the interval discretised for quadrature */
    double upper();

    /** @return {@code E[ε]} */
    double mean();

    /** @return the standard deviation of ε; {@code > 0} */
    double standardDeviation();

    /**
     * @param random the stream to draw from
     * @return a draw of ε
     */
    double sample(SplittableRandom random);

    /**
     * Normal innovations {@code N(0, σ²)}, discretised on {@code [-9σ, 9σ]} (the tail beyond holds less
     * than {@code 3·10⁻¹⁹} of the mass). The distribution function is Marsaglia's Taylor series (2004,
     * Journal of Statistical Software 11(4)), absolute error about {@code 10⁻¹⁵}.
     *
     * @param sd σ; finite and {@code > 0}
     * @return the law
     * @throws IllegalArgumentException if σ is not finite and positive
     */
    static Innovation normal(double sd) {
        Arguments.positive("sd", sd);
        return new NormalInnovation(sd);
    }

    /**
     * Innovations drawn from a bounded distribution of the library, as they are (centre it yourself,
     * e.g. {@code ValueDistribution.uniform(-a, a)}). The mean and standard deviation are computed once
     * by the midpoint rule on the quantile function with 20,000 nodes.
     *
     * @param law the distribution of ε; its support {@code [lower, upper]} must have positive length
     * @return the law
     * @throws IllegalArgumentException if {@code law} is null or degenerate
     */
    static Innovation of(ValueDistribution law) {
        Arguments.notNull("law", law);
        int nodes = 20_000;
        double sum = 0;
        double squares = 0;
        for (int k = 0; k < nodes; k++) {
            double x = law.quantile((k + 0.5) / nodes);
            sum += x;
            squares += x * x;
        }
        double mean = sum / nodes;
        double sd = Math.sqrt(Math.max(0, squares / nodes - mean * mean));
        if (!(sd > 0)) {
            throw new IllegalArgumentException("law must have a positive standard deviation (got " + sd + " on ["
                    + law.lower() + ", " + law.upper() + "])");
        }
        return new BoundedInnovation(law, mean, sd);
    }

    /** Normal innovations. */
    record NormalInnovation(double sd) implements Innovation {
        @Override
        public double cdf(double x) {
            double z = x / sd;
            if (z <= -9) {
                return 0;
            }
            if (z >= 9) {
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

        @Override
        public double lower() {
            return -9 * sd;
        }

        @Override
        public double upper() {
            return 9 * sd;
        }

        @Override
        public double mean() {
            return 0;
        }

        @Override
        public double standardDeviation() {
            return sd;
        }

        @Override
        public double sample(SplittableRandom random) {
            double u = random.nextDouble();
            double v = random.nextDouble();
            return sd * Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
        }

        @Override
        public String toString() {
            return "N(0, " + sd + "²)";
        }
    }

    /** Innovations with a bounded law. */
    record BoundedInnovation(ValueDistribution law, double mean, double standardDeviation) implements Innovation {
        @Override
        public double cdf(double x) {
            return x < law.lower() ? 0 : x >= law.upper() ? 1 : law.cdf(x);
        }

        @Override
        public double lower() {
            return law.lower();
        }

        @Override
        public double upper() {
            return law.upper();
        }

        @Override
        public double sample(SplittableRandom random) {
            return law.sample(random);
        }

        @Override
        public String toString() {
            return "ε ~ " + law + " on [" + law.lower() + ", " + law.upper() + "]";
        }
    }
}
