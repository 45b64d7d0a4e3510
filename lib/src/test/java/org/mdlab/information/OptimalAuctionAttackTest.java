package org.mdlab.information;

import static org.mdlab.market.Attacks.rejects;

import org.junit.jupiter.api.Test;
import org.mdlab.market.ValueDistribution;
import org.mdlab.optimisation.SolverOptions;

class OptimalAuctionAttackTest {

    @Test
    void badInputIsRejectedNamingTheArgument() {
        rejects("bidders", () -> OptimalAuctionDisclosure.of(q -> q, 10, 0));
        rejects("cells", () -> OptimalAuctionDisclosure.of(q -> q, 1, 2));
        rejects("cells", () -> OptimalAuctionDisclosure.of(q -> q, OptimalAuctionDisclosure.MAX_CELLS + 1, 2));
        rejects("non-decreasing", () -> OptimalAuctionDisclosure.of(q -> 1 - q, 10, 2));
        rejects(">= 0", () -> OptimalAuctionDisclosure.of(q -> q - 1, 10, 2));
        rejects("reserveCell", () -> OptimalAuctionDisclosure.of(q -> q, 10, 2).solveAtReserve(10, SolverOptions.defaults()));
        rejects("non-decreasing", () -> OptimalAuctionAudit.ofQuantiles(new double[] {0.5, 0.2}, 2));
        rejects("bidders", () -> OptimalAuctionAudit.ofQuantiles(new double[] {0.2, 0.5}, 0));
        rejects("too coarse", () -> BuyerOptimalSignal.solve(ValueDistribution.uniform(0, 1), 100, 1e-8, SolverOptions.defaults()));
        rejects("tolerance", () -> BuyerOptimalSignal.solve(ValueDistribution.uniform(0, 1), 100, 0, SolverOptions.defaults()));
        rejects("price", () -> BuyerOptimalSignal.withPrice(-1, 0.5));
        rejects("top", () -> new BuyerOptimalSignal(0.5, 0.4));
    }
}
