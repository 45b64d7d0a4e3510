package org.mdlab.bargaining;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * What a {@link BargainingAgent} sees when it moves in an alternating-offers game (Rubinstein 1982, Econometrica
 * 50(1)): the game, its horizon, the current round, its own seat and the demands rejected so far.
 *
 * @param game     the game; not null
 * @param horizon  the number of rounds {@code T}; in 1..{@value AlternatingOffers#MAX_HORIZON}
 * @param round    the current round {@code t}; in 1..T (player 0 proposes in odd rounds)
 * @param player   the seat of the agent that moves, 0 or 1
 * @param rejected the demands of rounds {@code 1..t − 1}, all rejected (copied); {@code t − 1} entries in [0, 1]
 */
public record Negotiation(AlternatingOffers game, int horizon, int round, int player, double[] rejected) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public Negotiation {
        Arguments.notNull("game", game);
        AlternatingOffers.requireHorizon(horizon);
        if (round < 1 || round > horizon) {
            throw new IllegalArgumentException("round must lie in 1.." + horizon + " (got " + round + ")");
        }
        Arguments.index("player", player, 2);
        rejected = Arguments.notNull("rejected", rejected).clone();
        if (rejected.length != round - 1) {
            throw new IllegalArgumentException("rejected must hold the " + (round - 1) + " earlier demands (got "
                    + rejected.length + ")");
        }
        for (int k = 0; k < rejected.length; k++) {
            if (!(rejected[k] >= 0 && rejected[k] <= 1)) {
                throw new IllegalArgumentException("rejected[" + k + "] must lie in [0, 1] (got " + rejected[k] + ")");
            }
        }
    }

    /**
     * The rounds left, this one included.
     *
     * @return {@code T − t + 1}
     */
    public int roundsLeft() {
        return horizon - round + 1;
    }

    /**
     * Whether the agent proposes in this round.
     *
     * @return true in its own proposing rounds
     */
    public boolean proposing() {
        return (round - 1) % 2 == player;
    }

    /**
     * The agent's own discount factor.
     *
     * @return {@code δ_player}
     */
    public double patience() {
        return game.patience(player);
    }

    @Override
    public double[] rejected() {
        return rejected.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Negotiation n && game.equals(n.game) && horizon == n.horizon && round == n.round
                && player == n.player && Arrays.equals(rejected, n.rejected);
    }

    @Override
    public int hashCode() {
        return ((game.hashCode() * 31 + horizon) * 31 + round) * 31 + player;
    }

    @Override
    public String toString() {
        return "Negotiation[T=" + horizon + ", round=" + round + ", player=" + player + "]";
    }
}
