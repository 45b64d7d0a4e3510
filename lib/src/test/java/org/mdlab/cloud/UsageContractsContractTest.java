package org.mdlab.cloud;

import org.junit.jupiter.api.Nested;

/** Every {@link UsageContract} (two-part tariff and committed spend) runs the {@link UsageContractContract}. */
class UsageContractsContractTest {

    private static final CloudMechanism OPTIMAL = ClosedFormCloudContract.optimal(CloudInstances.TWO_BY_TWO).orElseThrow();

    @Nested
    class TwoPartTariffs extends UsageContractContract {
        @Override
        UsageContract contract() {
            return CloudTariff.implementing(OPTIMAL).get(0);
        }

        @Override
        double[] values() {
            return new double[] {0.5, 1, 1.5, 2, 2.5};
        }
    }

    @Nested
    class CommittedSpend extends UsageContractContract {
        @Override
        UsageContract contract() {
            return CommittedSpendContract.from(CloudTariff.implementing(OPTIMAL).get(1), 1);
        }

        @Override
        double[] values() {
            return new double[] {0.5, 1, 1.5, 2, 2.5};
        }
    }
}
