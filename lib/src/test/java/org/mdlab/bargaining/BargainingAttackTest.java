package org.mdlab.bargaining;

import static org.mdlab.market.Attacks.rejects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverOptions;

/**
 * Bad input at every public entry point of {@code org.mdlab.bargaining}: each generator produces values that break
 * the documented rule, and each property asserts an {@link IllegalArgumentException} whose message names the
 * offending argument (never an NPE, an index exception, NaN in a result or a hang).
 */
class BargainingAttackTest {

    private static final AlternatingOffers GAME = AlternatingOffers.of(0.9, 0.8);
    private static final CoasianBargaining COASE = CoasianBargaining.uniform(0.9);

    @Provide
    Arbitrary<Double> outsideOpenUnit() {
        return Arbitraries.oneOf(Arbitraries.doubles().lessOrEqual(0), Arbitraries.doubles().greaterOrEqual(1),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, 1.0, -0.0));
    }

    @Provide
    Arbitrary<Double> notPositive() {
        return Arbitraries.oneOf(Arbitraries.doubles().lessOrEqual(0),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0));
    }

    @Provide
    Arbitrary<Double> notFraction() {
        return Arbitraries.oneOf(Arbitraries.doubles().lessThan(0), Arbitraries.doubles().greaterThan(1),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1e-300, 1 + 1e-15));
    }

    @Provide
    Arbitrary<Integer> badHorizons() {
        return Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(0),
                Arbitraries.of(Integer.MIN_VALUE, 0, -1, AlternatingOffers.MAX_HORIZON + 1, Integer.MAX_VALUE));
    }

    @Property(tries = 50)
    void discountFactorsOutsideTheOpenUnitIntervalAreRejected(@ForAll("outsideOpenUnit") double delta) {
        rejects("firstPatience", () -> AlternatingOffers.of(delta, 0.5));
        rejects("secondPatience", () -> AlternatingOffers.of(0.5, delta));
        rejects("discount", () -> CoasianBargaining.uniform(delta));
        rejects("discount", () -> COASE.withDiscount(delta));
    }

    @Property(tries = 50)
    void sizesThatAreNotPositiveAreRejected(@ForAll("notPositive") double size) {
        rejects("pie", () -> GAME.withPie(size));
        rejects("topValue", () -> new CoasianBargaining(size, 0.5));
    }

    @Property(tries = 50)
    void horizonsBelowOneOrAboveTheLimitAreRejected(@ForAll("badHorizons") int horizon) {
        rejects("horizon", () -> GAME.backwardInduction(horizon));
        rejects("horizon", () -> GAME.play(BargainingAgent.greedy(), BargainingAgent.greedy(), horizon));
        rejects("horizon", () -> GAME.score(BargainingAgent.greedy(), 0, horizon));
        rejects("horizon", () -> GAME.bestReplyProblem(0, horizon, 4));
        rejects("horizon", () -> COASE.backwardInduction(horizon < 1 ? horizon : CoasianBargaining.MAX_HORIZON + 1));
        rejects("periods", () -> COASE.pricePath(horizon < 1 ? horizon : CoasianBargaining.MAX_HORIZON + 1));
    }

    @Property(tries = 50)
    void sharesOutsideTheUnitIntervalAreRejected(@ForAll("notFraction") double share) {
        rejects("share", () -> BargainingAgent.fixedShare(share));
        rejects("initial", () -> BargainingAgent.conceding(share, 0, 0.5));
        rejects("floor", () -> BargainingAgent.conceding(1, share, 0.5));
        rejects("rate", () -> BargainingAgent.conceding(1, 0, share));
        BargainingAgent wild = new BargainingAgent() {
            @Override
            public double demand(Negotiation negotiation) {
                return share;
            }

            @Override
            public boolean accept(Negotiation negotiation, double offered) {
                return false;
            }
        };
        rejects("demand of player 0", () -> GAME.play(wild, BargainingAgent.greedy(), 3));
        rejects("demand of player 1", () -> GAME.play(BargainingAgent.greedy(), wild, 3));
    }

    @Test
    void nullAgentsAndOptionsAreRejected() {
        rejects("first", () -> GAME.play(null, BargainingAgent.greedy(), 3));
        rejects("second", () -> GAME.play(BargainingAgent.greedy(), null, 3));
        rejects("agent", () -> GAME.score(null, 0, 3));
        rejects("options", () -> GAME.bestReply(0, 3, 4, null));
        rejects("options", () -> COASE.solveSellerProgram(4, null));
        rejects("negotiation", () -> BargainingAgent.myopic().demand(null));
        rejects("negotiation", () -> BargainingAgent.subgamePerfect().accept(null, 0.5));
    }

    @Test
    void seatsRoundsAndGridsOutOfRangeAreRejected() {
        rejects("player", () -> GAME.score(BargainingAgent.greedy(), 2, 3));
        rejects("player", () -> GAME.score(BargainingAgent.greedy(), -1, 3));
        rejects("player", () -> GAME.patience(2));
        rejects("player", () -> GAME.stationaryPayoff(-1));
        rejects("steps", () -> GAME.bestReplyProblem(0, 3, 0));
        rejects("rows", () -> GAME.bestReplyProblem(0, AlternatingOffers.MAX_HORIZON, 5_000));
        rejects("cells", () -> COASE.sellerProgram(0));
        rejects("cells", () -> COASE.sellerProgram(CoasianBargaining.MAX_CELLS + 1));
        rejects("floor", () -> BargainingAgent.conceding(0.3, 0.5, 0.5));
        rejects("round", () -> new Negotiation(GAME, 3, 4, 0, new double[3]));
        rejects("rejected", () -> new Negotiation(GAME, 3, 2, 0, new double[0]));
        rejects("roundsLeft", () -> GAME.backwardInduction(3).value().proposerShare(0, 4));
        rejects("periods", () -> COASE.solveSellerProgram(4, SolverOptions.defaults()).value().pricePath(0));
    }
}
