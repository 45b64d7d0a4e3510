package org.mdlab.screening;

import org.junit.jupiter.api.Nested;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.Market;

/** Every {@link IncentiveMenu} of the screening package runs the {@link IncentiveMenuContract}. */
class IncentiveMenusContractTest {

    @Nested
    class MussaRosenMenu extends IncentiveMenuContract {
        @Override
        protected IncentiveMenu menu() {
            return NonlinearPricing.optimal(Market.uniform(1, 2, 3), ConvexCost.quadratic(1, 4)).menu();
        }
    }

    @Nested
    class TokenPackages extends IncentiveMenuContract {
        @Override
        protected IncentiveMenu menu() {
            return TokenMenu.optimal(Market.uniformOn(0.5, 2, 5), TokenTechnology.of(0.5, 1, 1e4));
        }
    }

    @Nested
    class SequentialContracts extends IncentiveMenuContract {
        @Override
        protected IncentiveMenu menu() {
            return SequentialScreening.discretised(0, 1, 21, new double[] {0.4, 0.6}, SequentialScreening.uniformCdf(0, 1),
                    SequentialScreening.uniformCdf(0.5, 1)).solve().value();
        }
    }
}
