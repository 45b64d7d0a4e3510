package org.mdlab.bargaining;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * The subgame-perfect equilibrium of a finite-horizon alternating-offers game (Rubinstein 1982, Econometrica
 * 50(1), with finitely many rounds; computed by {@link AlternatingOffers#backwardInduction}), indexed by the
 * number of rounds left {@code k = 1..T}: the share a proposer keeps and the least share a responder accepts.
 *
 * @param firstKeeps      {@code firstKeeps[k − 1]}: the fraction player 0 keeps when proposing with {@code k} rounds left
 * @param secondKeeps     the same for player 1
 * @param firstThreshold  {@code firstThreshold[k − 1]}: the least fraction player 0 accepts as responder with {@code k} rounds left
 * @param secondThreshold the same for player 1
 */
public record HorizonShares(double[] firstKeeps, double[] secondKeeps, double[] firstThreshold,
                            double[] secondThreshold) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an array is null or empty, the lengths differ or an entry lies outside [0, 1]
     */
    public HorizonShares {
        firstKeeps = fractions("firstKeeps", firstKeeps, -1);
        secondKeeps = fractions("secondKeeps", secondKeeps, firstKeeps.length);
        firstThreshold = fractions("firstThreshold", firstThreshold, firstKeeps.length);
        secondThreshold = fractions("secondThreshold", secondThreshold, firstKeeps.length);
    }

    private static double[] fractions(String name, double[] values, int length) {
        double[] copy = Arguments.finiteArray(name, values);
        if (length >= 0 && copy.length != length) {
            throw new IllegalArgumentException(name + " must have " + length + " entries (got " + copy.length + ")");
        }
        for (int k = 0; k < copy.length; k++) {
            if (!(copy[k] >= 0 && copy[k] <= 1)) {
                throw new IllegalArgumentException(name + "[" + k + "] must lie in [0, 1] (got " + copy[k] + ")");
            }
        }
        return copy;
    }

    /**
     * The horizon.
     *
     * @return {@code T}
     */
    public int horizon() {
        return firstKeeps.length;
    }

    /**
     * The fraction a proposer keeps.
     *
     * @param player     the proposer, 0 or 1
     * @param roundsLeft the rounds left including this one; in 1..T
     * @return its equilibrium demand
     */
    public double proposerShare(int player, int roundsLeft) {
        int k = Arguments.index("roundsLeft − 1", roundsLeft - 1, horizon());
        return Arguments.index("player", player, 2) == 0 ? firstKeeps[k] : secondKeeps[k];
    }

    /**
     * The least fraction a responder accepts: its discounted share as next proposer, 0 in the last round.
     *
     * @param player     the responder, 0 or 1
     * @param roundsLeft the rounds left including this one; in 1..T
     * @return its acceptance threshold
     */
    public double threshold(int player, int roundsLeft) {
        int k = Arguments.index("roundsLeft − 1", roundsLeft - 1, horizon());
        return Arguments.index("player", player, 2) == 0 ? firstThreshold[k] : secondThreshold[k];
    }

    /**
     * The share player 0 keeps in the equilibrium of the whole game (agreement in round 1).
     *
     * @return {@code firstKeeps[T − 1]}
     */
    public double openingShare() {
        return firstKeeps[horizon() - 1];
    }

    @Override
    public double[] firstKeeps() {
        return firstKeeps.clone();
    }

    @Override
    public double[] secondKeeps() {
        return secondKeeps.clone();
    }

    @Override
    public double[] firstThreshold() {
        return firstThreshold.clone();
    }

    @Override
    public double[] secondThreshold() {
        return secondThreshold.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HorizonShares h && Arrays.equals(firstKeeps, h.firstKeeps)
                && Arrays.equals(secondKeeps, h.secondKeeps) && Arrays.equals(firstThreshold, h.firstThreshold)
                && Arrays.equals(secondThreshold, h.secondThreshold);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(firstKeeps) + Arrays.hashCode(secondKeeps);
    }

    @Override
    public String toString() {
        return "HorizonShares[T=" + horizon() + ", opening=" + openingShare() + "]";
    }
}
