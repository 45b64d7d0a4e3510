package org.mdlab.market;

import org.junit.jupiter.api.Nested;

/** Every {@link ValueDistribution} factory runs the {@link ValueDistributionContract}. */
class ValueDistributionsContractTest {

    @Nested
    class Uniform extends ValueDistributionContract {
        @Override
        ValueDistribution distribution() {
            return ValueDistribution.uniform(1, 3);
        }
    }

    @Nested
    class Power extends ValueDistributionContract {
        @Override
        ValueDistribution distribution() {
            return ValueDistribution.power(2.5);
        }
    }

    @Nested
    class PiecewiseUniform extends ValueDistributionContract {
        @Override
        ValueDistribution distribution() {
            return ValueDistribution.piecewiseUniform(new double[] {0, 0.5, 1}, new double[] {0.9, 0.1});
        }
    }

    @Nested
    class FromFunctions extends ValueDistributionContract {
        @Override
        ValueDistribution distribution() {
            // F(v) = (e^{2v} - 1)/(e^2 - 1) on [0, 1], f = 2e^{2v}/(e^2 - 1).
            double norm = Math.exp(2) - 1;
            return ValueDistribution.of(v -> (Math.exp(2 * v) - 1) / norm, v -> 2 * Math.exp(2 * v) / norm, 0, 1);
        }
    }
}
