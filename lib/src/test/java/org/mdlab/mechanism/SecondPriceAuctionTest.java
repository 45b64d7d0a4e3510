package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;

class SecondPriceAuctionTest {

    private static final Market IRONING = Market.of(new double[]{4, 5, 6}, new double[]{0.45, 0.10, 0.45});

    @Test
    void secondPriceWithoutReserveEarnsTheExpectedMinimum() {
        // revenue = E[min(v1, v2)] = 4 * (1 - 0.55^2) + 5 * (0.55^2 - 0.45^2) + 6 * 0.45^2
        // = 4 * 0.6975 + 5 * 0.1 + 6 * 0.2025 = 2.79 + 0.5 + 1.215 = 4.505 (papers.md §3)
        DirectMechanism m = SecondPriceAuction.withReserve(List.of(IRONING, IRONING), 0);
        assertEquals(4.505, m.expectedRevenue(), 1e-12);
        assertEquals(0.0, IncentiveAudit.dominantStrategy(m).gain(), 1e-12);
    }

    @Test
    void aReserveAboveAllValuesNeverSells() {
        DirectMechanism m = SecondPriceAuction.withReserve(List.of(IRONING, IRONING), 7);
        assertEquals(0.0, m.expectedRevenue(), 0.0);
    }

    @Test
    void aSingleBidderPaysTheReserve() {
        // one bidder, reserve 5: sells with probability 0.55 at price 5, revenue 2.75
        assertEquals(2.75, SecondPriceAuction.withReserve(List.of(IRONING), 5).expectedRevenue(), 1e-12);
    }

    @Test
    void aNonFiniteReserveIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SecondPriceAuction.withReserve(List.of(IRONING), Double.NaN));
    }
}
