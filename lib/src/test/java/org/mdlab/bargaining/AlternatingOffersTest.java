package org.mdlab.bargaining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverOptions;

class AlternatingOffersTest {

    @Test
    void equalPatienceOfNineTenthsGivesTheFirstProposerTenNineteenths() {
        // x* = (1 − δ)/(1 − δ²) = 1/(1 + δ) = 1/1.9 = 10/19
        assertEquals(10.0 / 19, AlternatingOffers.of(0.9, 0.9).stationaryShare(), 1e-15);
    }

    @Test
    void shortHorizonsMatchHandBackwardInduction() {
        // T = 1: ultimatum, keep 1; T = 2: offer δ₂·1, keep 1 − δ₂; T = 3: keep 1 − δ₂(1 − δ₁)
        AlternatingOffers game = AlternatingOffers.of(0.8, 0.6);
        assertEquals(1, game.backwardInduction(1).value().openingShare(), 0);
        assertEquals(0.4, game.backwardInduction(2).value().openingShare(), 1e-15);
        assertEquals(1 - 0.6 * (1 - 0.8), game.backwardInduction(3).value().openingShare(), 1e-15);
    }

    @Property(tries = 200)
    void oddHorizonErrorShrinksByTheProductOfDiscountsEveryTwoRounds(
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double first,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double second, @ForAll @IntRange(min = 0, max = 60) int m) {
        // a_{2m+1} − x* = (δ₁δ₂)^m (1 − x*): the recursion a_k = (1 − δ₂) + δ₁δ₂ a_{k−2} has fixed point x*
        AlternatingOffers game = AlternatingOffers.of(first, second);
        double x = (1 - second) / (1 - first * second);
        double expected = x + Math.pow(first * second, m) * (1 - x);
        assertEquals(expected, game.backwardInduction(2 * m + 1).value().openingShare(), 1e-12);
    }

    @Property(tries = 50)
    void bestReplyOnADemandGridFallsShortOfTheEquilibriumByLessThanOneStep(
            @ForAll @DoubleRange(min = 0.05, max = 0.95) double first,
            @ForAll @DoubleRange(min = 0.05, max = 0.95) double second, @ForAll @IntRange(min = 1, max = 12) int horizon,
            @ForAll @IntRange(min = 0, max = 1) int player) {
        // Nash property of the SPE: no strategy beats the equilibrium payoff; the best grid demand is the largest
        // multiple of 1/steps below the equilibrium demand, so it loses less than 1/steps of the pie.
        AlternatingOffers game = AlternatingOffers.of(first, second);
        int steps = 64;
        double best = game.bestReply(player, horizon, steps, SolverOptions.defaults()).value().value(0);
        double opening = game.backwardInduction(horizon).value().openingShare();
        double equilibrium = player == 0 ? opening : 1 - opening;
        assertTrue(best <= equilibrium + 1e-12, () -> best + " > " + equilibrium);
        assertTrue(best > equilibrium - 1.0 / steps, () -> best + " too low against " + equilibrium);
    }

    @Property(tries = 100)
    void noScriptedAgentHasNegativeRegret(@ForAll @DoubleRange(min = 0.05, max = 0.95) double first,
                                          @ForAll @DoubleRange(min = 0.05, max = 0.95) double second,
                                          @ForAll @DoubleRange(min = 0, max = 1) double share,
                                          @ForAll @IntRange(min = 1, max = 15) int horizon) {
        // the SPE is a Nash equilibrium, so the benchmark is the best-reply payoff against the SPE opponent
        AlternatingOffers game = AlternatingOffers.of(first, second);
        for (BargainingAgent agent : List.of(BargainingAgent.greedy(), BargainingAgent.myopic(),
                BargainingAgent.fixedShare(share), BargainingAgent.conceding(1, share, 0.7))) {
            for (int player = 0; player < 2; player++) {
                assertTrue(game.score(agent, player, horizon).regret() >= -1e-12);
            }
        }
    }

    @Test
    void theEquilibriumAgentHasNoRegretAndAgreesAtOnce() {
        AlternatingOffers game = AlternatingOffers.of(0.9, 0.95);
        for (int player = 0; player < 2; player++) {
            AgentScore score = game.score(BargainingAgent.subgamePerfect(), player, 25);
            assertEquals(0, score.regret(), 1e-15);
            assertEquals(1, score.outcome().agreementRound());
        }
    }

    @Test
    void greedyFirstProposerWaitsForTheLastOddRound() {
        // the greedy agent rejects every positive offer and the SPE responder accepts anything only in the
        // last round; with T = 7 player 0 proposes it and gets δ₁⁶ of the pie
        AlternatingOffers game = AlternatingOffers.of(0.9, 0.8);
        AgentScore score = game.score(BargainingAgent.greedy(), 0, 7);
        assertEquals(7, score.outcome().agreementRound());
        assertEquals(Math.pow(0.9, 6), score.payoff(), 1e-15);
    }

    @Test
    void myopicResponderHasNoRegretButMyopicProposerLosesADelay() {
        // as responder it accepts the SPE opening offer; as proposer its demand of 1 is rejected and it accepts
        // player 1's round-2 equilibrium offer 1 − a¹_{T−1}: payoff δ₁(1 − a¹_{T−1}) against a⁰_T = 1 − δ₂a¹_{T−1}
        AlternatingOffers game = AlternatingOffers.of(0.9, 0.8);
        int horizon = 6;
        assertEquals(0, game.score(BargainingAgent.myopic(), 1, horizon).regret(), 1e-15);
        HorizonShares shares = game.backwardInduction(horizon).value();
        double secondKeeps = shares.proposerShare(1, horizon - 1);
        double regret = (1 - 0.8 * secondKeeps) - 0.9 * (1 - secondKeeps);
        assertEquals(regret, game.score(BargainingAgent.myopic(), 0, horizon).regret(), 1e-14);
    }

    @Test
    void playReportsDisagreementWhenBothStayGreedy() {
        BargainingOutcome outcome = AlternatingOffers.of(0.5, 0.5).play(BargainingAgent.greedy(),
                BargainingAgent.greedy(), 4);
        assertTrue(!outcome.agreed());
        assertEquals(0, outcome.payoff(0), 0);
        assertEquals(4, outcome.demands().length);
    }

    @Test
    void concedingAgentsMeetWhenTheirTargetsAddUpToOne() {
        // both targets 0.5 + 0.5·0.5^(t−1): first round t with target_0 ≤ 1 − target_1, i.e. 0.5^(t−1) = 0
        // never; with floors 0.4 the targets are 0.4 + 0.6·0.5^(t−1) and agreement needs 0.8 + 1.2·0.5^(t−1) ≤ 1,
        // i.e. 0.5^(t−1) ≤ 1/6: t − 1 ≥ 3, agreement in round 4 at player 1's demand 0.4 + 0.6/8 = 0.475
        BargainingAgent agent = BargainingAgent.conceding(1, 0.4, 0.5);
        BargainingOutcome outcome = AlternatingOffers.of(0.9, 0.9).play(agent, agent, 10);
        assertEquals(4, outcome.agreementRound());
        assertEquals(1 - 0.475, outcome.firstShare(), 1e-15);
    }
}
