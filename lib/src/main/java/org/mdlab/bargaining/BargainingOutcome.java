package org.mdlab.bargaining;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * The play of an alternating-offers game (Rubinstein 1982, Econometrica 50(1)): the round of agreement, if any,
 * the agreed split and the demands made. Agreement in round {@code t} pays player {@code i} its share of the pie
 * times {@code δᵢ^(t−1)}; no agreement pays 0.
 *
 * @param game           the game played; not null
 * @param agreementRound the round of agreement, or 0 when every demand was rejected
 * @param firstShare     the fraction of the pie player 0 receives; in [0, 1], 0 without agreement
 * @param demands        the proposer's demand in each round played (copied); the last one accepted if there was agreement
 */
public record BargainingOutcome(AlternatingOffers game, int agreementRound, double firstShare, double[] demands) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public BargainingOutcome {
        Arguments.notNull("game", game);
        demands = Arguments.notNull("demands", demands).clone();
        if (agreementRound < 0 || agreementRound > demands.length || (agreementRound > 0 && agreementRound != demands.length)) {
            throw new IllegalArgumentException("agreementRound must be 0 or the last of the " + demands.length
                    + " rounds played (got " + agreementRound + ")");
        }
        Shares.fraction("firstShare", firstShare);
        if (agreementRound == 0 && firstShare != 0) {
            throw new IllegalArgumentException("firstShare must be 0 without agreement (got " + firstShare + ")");
        }
        for (int k = 0; k < demands.length; k++) {
            Shares.fraction("demands[" + k + "]", demands[k]);
        }
    }

    static BargainingOutcome agreement(AlternatingOffers game, int round, double firstShare, double[] demands) {
        return new BargainingOutcome(game, round, firstShare, demands);
    }

    static BargainingOutcome disagreement(AlternatingOffers game, double[] demands) {
        return new BargainingOutcome(game, 0, 0, demands);
    }

    /**
     * Whether the players agreed.
     *
     * @return true if some demand was accepted
     */
    public boolean agreed() {
        return agreementRound > 0;
    }

    /**
     * A player's discounted payoff, {@code δᵢ^(t−1)} times its share of the pie.
     *
     * @param player 0 or 1
     * @return the payoff, in pie units; 0 without agreement
     */
    public double payoff(int player) {
        Arguments.index("player", player, 2);
        if (!agreed()) {
            return 0;
        }
        double share = player == 0 ? firstShare : 1 - firstShare;
        return game.pie() * Math.pow(game.patience(player), agreementRound - 1) * share;
    }

    @Override
    public double[] demands() {
        return demands.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BargainingOutcome o && game.equals(o.game) && agreementRound == o.agreementRound
                && Double.compare(firstShare, o.firstShare) == 0 && Arrays.equals(demands, o.demands);
    }

    @Override
    public int hashCode() {
        return (game.hashCode() * 31 + agreementRound) * 31 + Double.hashCode(firstShare);
    }

    @Override
    public String toString() {
        return agreed() ? "BargainingOutcome[agreement in round " + agreementRound + ", player 0 gets " + firstShare + "]"
                : "BargainingOutcome[no agreement in " + demands.length + " rounds]";
    }
}
