package org.mdlab.information.topology;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * A finite two-player game with payoffs that depend on a state (the basic game of Bergemann, Morris and Veiel,
 * arXiv 2411.09149): actions {@code a₁ = 0..m₁-1}, {@code a₂ = 0..m₂-1} and payoffs
 * {@code uᵢ(θ, a₁, a₂)}. Outcomes are distributions on {@code Θ × A₁ × A₂}, flattened by
 * {@link #outcomeIndex(int, int, int)}.
 */
public final class FiniteGame {

    private final double[][][][] payoffs;

    private FiniteGame(double[][][][] payoffs) {
        this.payoffs = payoffs;
    }

    /**
     * A game from its payoff arrays.
     *
     * @param payoff1 {@code u₁[θ][a₁][a₂]}: rectangular, finite, at least one state and one action per player
     * @param payoff2 {@code u₂[θ][a₁][a₂]}: of the same dimensions
     * @return the game (the arrays are copied)
     * @throws IllegalArgumentException if an array is empty, ragged, holds a non-finite payoff, or the two differ
     *                                  in dimensions
     */
    public static FiniteGame of(double[][][] payoff1, double[][][] payoff2) {
        double[][][] u1 = copy("payoff1", payoff1);
        double[][][] u2 = copy("payoff2", payoff2);
        if (u1.length != u2.length || u1[0].length != u2[0].length || u1[0][0].length != u2[0][0].length) {
            throw new IllegalArgumentException("payoff2 must have the dimensions of payoff1 (" + u1.length + " × "
                    + u1[0].length + " × " + u1[0][0].length + ", got " + u2.length + " × " + u2[0].length + " × "
                    + u2[0][0].length + ")");
        }
        return new FiniteGame(new double[][][][] {u1, u2});
    }

    /**
     * The coordinated attack game (Rubinstein 1989, AER 79(3), in its coordinated-attack form): state 1, the
     * attack state, and state 0; actions 0 = wait and 1 = attack. Waiting pays 0. Attacking pays {@code gain}
     * when both attack in state 1 and {@code −loss} otherwise (alone, or in state 0). With {@code loss >= gain}
     * a player attacks only if she is at least half sure that the attack succeeds.
     *
     * @param gain the payoff of a successful attack; finite and {@code > 0}
     * @param loss the cost of a failed attack; finite and {@code > 0}
     * @return the game
     */
    public static FiniteGame coordinatedAttack(double gain, double loss) {
        Arguments.positive("gain", gain);
        Arguments.positive("loss", loss);
        double[][][] u1 = new double[2][2][2];
        double[][][] u2 = new double[2][2][2];
        for (int s = 0; s < 2; s++) {
            for (int other = 0; other < 2; other++) {
                double attack = s == 1 && other == 1 ? gain : -loss;
                u1[s][1][other] = attack;
                u2[s][other][1] = attack;
            }
        }
        return new FiniteGame(new double[][][][] {u1, u2});
    }

    /**
     * The same game with every payoff multiplied by {@code factor}.
     *
     * @param factor finite and {@code > 0}
     * @return the scaled game (same best replies, same equilibria)
     */
    public FiniteGame scaled(double factor) {
        Arguments.positive("factor", factor);
        double[][][][] u = new double[2][states()][actions(1)][actions(2)];
        for (int i = 0; i < 2; i++) {
            for (int s = 0; s < states(); s++) {
                for (int a1 = 0; a1 < actions(1); a1++) {
                    for (int a2 = 0; a2 < actions(2); a2++) {
                        u[i][s][a1][a2] = payoffs[i][s][a1][a2] * factor;
                    }
                }
            }
        }
        return new FiniteGame(u);
    }

    /**
     * @return the number of states
     */
    public int states() {
        return payoffs[0].length;
    }

    /**
     * @param player 1 or 2
     * @return the number of the player's actions
     */
    public int actions(int player) {
        return TypeSpace.playerIndex(player) == 0 ? payoffs[0][0].length : payoffs[0][0][0].length;
    }

    /**
     * @param player 1 or 2
     * @param state  a state
     * @param a1     player 1's action
     * @param a2     player 2's action
     * @return {@code uᵢ(θ, a₁, a₂)}
     */
    public double payoff(int player, int state, int a1, int a2) {
        int i = TypeSpace.playerIndex(player);
        Arguments.index("state", state, states());
        Arguments.index("a1", a1, actions(1));
        Arguments.index("a2", a2, actions(2));
        return payoffs[i][state][a1][a2];
    }

    /**
     * @return the dimension of the outcome space, {@code |Θ|·m₁·m₂}
     */
    public int outcomeDimension() {
        return states() * actions(1) * actions(2);
    }

    /**
     * The position of {@code (θ, a₁, a₂)} in a flattened outcome distribution or direction.
     *
     * @param state a state
     * @param a1    player 1's action
     * @param a2    player 2's action
     * @return {@code (θ·m₁ + a₁)·m₂ + a₂}
     */
    public int outcomeIndex(int state, int a1, int a2) {
        Arguments.index("state", state, states());
        Arguments.index("a1", a1, actions(1));
        Arguments.index("a2", a2, actions(2));
        return (state * actions(1) + a1) * actions(2) + a2;
    }

    /** The largest payoff in absolute value (1 if all are 0), the scale of the obedience rows. */
    double scale() {
        double m = 0;
        for (double[][][] u : payoffs) {
            for (double[][] byState : u) {
                for (double[] row : byState) {
                    for (double x : row) {
                        m = Math.max(m, Math.abs(x));
                    }
                }
            }
        }
        return m > 0 ? m : 1;
    }

    double raw(int playerIndex, int state, int a1, int a2) {
        return payoffs[playerIndex][state][a1][a2];
    }

    private static double[][][] copy(String name, double[][][] u) {
        Arguments.notNull(name, u);
        if (u.length == 0 || u[0] == null || u[0].length == 0 || u[0][0] == null || u[0][0].length == 0) {
            throw new IllegalArgumentException(name + " must have at least one state and one action per player");
        }
        double[][][] copy = new double[u.length][u[0].length][];
        for (int s = 0; s < u.length; s++) {
            if (u[s] == null || u[s].length != u[0].length) {
                throw new IllegalArgumentException(name + " must be rectangular: state " + s + " needs " + u[0].length
                        + " actions of player 1");
            }
            for (int a1 = 0; a1 < u[0].length; a1++) {
                if (u[s][a1] == null || u[s][a1].length != u[0][0].length) {
                    throw new IllegalArgumentException(name + " must be rectangular: " + name + "[" + s + "][" + a1
                            + "] needs " + u[0][0].length + " actions of player 2");
                }
                for (int a2 = 0; a2 < u[0][0].length; a2++) {
                    if (!Double.isFinite(u[s][a1][a2])) {
                        throw new IllegalArgumentException(name + " must be finite (got " + u[s][a1][a2] + " at [" + s
                                + "][" + a1 + "][" + a2 + "])");
                    }
                }
                copy[s][a1] = u[s][a1].clone();
            }
        }
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FiniteGame g && Arrays.deepEquals(payoffs, g.payoffs);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(payoffs);
    }

    @Override
    public String toString() {
        return "FiniteGame[" + states() + " states, " + actions(1) + " × " + actions(2) + " actions]";
    }
}
