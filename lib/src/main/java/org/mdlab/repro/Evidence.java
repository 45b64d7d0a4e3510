package org.mdlab.repro;

import java.util.List;

/**
 * What stands behind a {@link Check}'s reproduced number: one comparison, a property tallied over
 * instances, an error measured at increasing sizes, or a Monte Carlo estimate with its standard error.
 * Part of the project's reproduction standard ({@code DEVELOPERS.md}); it cites no paper itself.
 */
public sealed interface Evidence {

    /** One reproduced number compared with one expected number. */
    record Single() implements Evidence {
    }

    /**
     * A property checked on {@code instances} instances, of which {@code held} satisfied it.
     *
     * @param instances how many instances were checked; {@code >= 1}
     * @param held      on how many the violation was within the tolerance; in {@code [0, instances]}
     */
    record Sample(int instances, int held) implements Evidence {

        /**
         * Validates the counts.
         *
         * @param instances how many instances were checked; {@code >= 1}
         * @param held      how many satisfied the property; in {@code [0, instances]}
         * @throws IllegalArgumentException if a count breaks its rule
         */
        public Sample {
            if (instances < 1) {
                throw new IllegalArgumentException("instances must be >= 1 (got " + instances + ")");
            }
            if (held < 0 || held > instances) {
                throw new IllegalArgumentException(
                        "held must be in [0, instances = " + instances + "] (got " + held + ")");
            }
        }
    }

    /**
     * Errors against an exact value at increasing sizes, from which a rate is fitted.
     *
     * @param sizes  the sizes (grid points, draws, iterations), strictly increasing and positive (copied)
     * @param errors the error at each size, positive and finite (copied)
     */
    record Refinement(List<Double> sizes, List<Double> errors) implements Evidence {

        /**
         * Copies the lists; their values are validated by {@link Check#convergence}.
         *
         * @param sizes  the sizes, at least two
         * @param errors the errors, as many as sizes
         * @throws IllegalArgumentException if either is null, they differ in length or have fewer than two entries
         */
        public Refinement {
            if (sizes == null || errors == null) {
                throw new IllegalArgumentException("sizes and errors must not be null");
            }
            if (sizes.size() != errors.size() || sizes.size() < 2) {
                throw new IllegalArgumentException("sizes and errors must have the same length >= 2 (got "
                        + sizes.size() + " sizes and " + errors.size() + " errors)");
            }
            sizes = List.copyOf(sizes);
            errors = List.copyOf(errors);
        }
    }

    /**
     * A Monte Carlo mean from {@code draws} draws with its standard error.
     *
     * @param draws         the number of draws; {@code >= 2}
     * @param standardError the estimated standard error of the mean; finite and {@code >= 0}
     */
    record Simulation(long draws, double standardError) implements Evidence {

        /**
         * Validates the components.
         *
         * @param draws         the number of draws; {@code >= 2}
         * @param standardError the standard error of the mean; finite and {@code >= 0}
         * @throws IllegalArgumentException if a component breaks its rule
         */
        public Simulation {
            if (draws < 2) {
                throw new IllegalArgumentException("draws must be >= 2 (got " + draws + ")");
            }
            if (!Double.isFinite(standardError) || standardError < 0) {
                throw new IllegalArgumentException(
                        "standardError must be finite and >= 0 (got " + standardError + ")");
            }
        }
    }
}
