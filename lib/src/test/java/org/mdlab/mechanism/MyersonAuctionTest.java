package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.Status;

class MyersonAuctionTest {

    private static final Market IRONING = Market.of(new double[]{4, 5, 6}, new double[]{0.45, 0.10, 0.45});

    @Test
    void twoBidderIroningExampleEarnsFourPointNine() {
        // papers.md §3 (derived): ironed virtual values 26/11, 26/11, 6. Revenue = E[max φ̄] =
        // P(both in {4,5}) * 26/11 + (1 - P(both in {4,5})) * 6 = 0.3025 * 26/11 + 0.6975 * 6 = 0.715 + 4.185 = 4.9
        DirectMechanism m = MyersonAuction.optimal(List.of(IRONING, IRONING));
        assertEquals(4.9, m.expectedRevenue(), 1e-12);
    }

    @Test
    void optimalAuctionIsDominantStrategyIcAndExPostIr() {
        DirectMechanism m = MyersonAuction.optimal(List.of(IRONING, IRONING));
        assertEquals(0.0, IncentiveAudit.dominantStrategy(m).gain(), 1e-9);
        assertTrue(IncentiveAudit.expostParticipation(m).holds(1e-9));
    }

    @Test
    void singleBidderOptimalAuctionIsTheMonopolyPrice() {
        // one bidder: Myerson's auction posts the monopoly price; revenue = max_k v_k P(v >= v_k)
        // for values 1,2,3 uniform: max(1, 2*2/3, 3*1/3) = 4/3
        Market m = Market.uniform(1, 2, 3);
        assertEquals(4.0 / 3.0, MyersonAuction.optimal(List.of(m)).expectedRevenue(), 1e-12);
    }

    @Test
    void revenueLpAgreesWithTheClosedFormOnTheIroningExample() {
        // the LP over all Bayesian IC / interim IR mechanisms attains Myerson's bound 4.9 (Myerson 1981, Thm 3)
        Solution<DirectMechanism> lp = RevenueLp.solve(Environment.singleItem(List.of(IRONING, IRONING)));
        assertEquals(Status.OPTIMAL, lp.status());
        assertEquals(4.9, lp.value().expectedRevenue(), 1e-6);
        DirectMechanism m = lp.value();
        assertTrue(IncentiveAudit.bayesian(m).holds(1e-6));
        assertTrue(IncentiveAudit.interimParticipation(m).holds(1e-6));
    }

    @Test
    void revenueLpAgreesWithMyersonOnAsymmetricBidders() {
        // independent computation: the LP and the ironed-virtual-value auction must give equal revenue
        List<Market> bidders = List.of(Market.of(new double[]{1, 3}, new double[]{0.5, 0.5}),
                Market.of(new double[]{2, 4, 5}, new double[]{0.2, 0.5, 0.3}));
        double lp = RevenueLp.solve(Environment.singleItem(bidders)).value().expectedRevenue();
        assertEquals(MyersonAuction.optimal(bidders).expectedRevenue(), lp, 1e-6);
    }
}
