package org.mdlab.cloud;

import org.junit.jupiter.api.Nested;
import org.mdlab.screening.IncentiveMenu;
import org.mdlab.screening.IncentiveMenuContract;

/** Every {@link IncentiveMenu} of the cloud package runs the {@link IncentiveMenuContract}. */
class CloudIncentiveMenusContractTest {

    @Nested
    class ClosedFormMechanism extends IncentiveMenuContract {
        @Override
        protected IncentiveMenu menu() {
            return ClosedFormCloudContract.optimal(CloudInstances.TWO_BY_TWO).orElseThrow();
        }
    }

    @Nested
    class LotteryLpMechanism extends IncentiveMenuContract {
        @Override
        protected IncentiveMenu menu() {
            return CloudContractLp.solve(CloudInstances.TWO_BY_TWO, 9).value();
        }
    }

    @Nested
    class RelaxedTwoPartTariffs extends IncentiveMenuContract {
        @Override
        protected IncentiveMenu menu() {
            return TwoPartTariffMenu.relaxedOptimum(MultiplicativeInstances.HAND).against(MultiplicativeInstances.HAND);
        }
    }

    @Nested
    class CommittedSpendCoveringLowestUsage extends IncentiveMenuContract {
        @Override
        protected IncentiveMenu menu() {
            MultiplicativeDemand d = MultiplicativeInstances.HAND;
            return CommittedSpendMenu.coveringLowestUsage(d, TwoPartTariffMenu.relaxedOptimum(d)).against(d);
        }
    }
}
