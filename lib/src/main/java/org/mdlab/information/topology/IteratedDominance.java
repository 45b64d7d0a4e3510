package org.mdlab.information.topology;

import org.mdlab.market.Arguments;

/**
 * Interim iterated elimination of strictly dominated actions, type by type, an algorithm independent of the
 * equilibrium linear program: in each round, action {@code a} of type {@code tᵢ} is removed when another action
 * {@code a'} does strictly better against every conjecture that puts the other player's surviving actions on each
 * cell, that is when {@code Σ_{cells of tᵢ} π(θ, t) min_{b surviving for t₋ᵢ} [uᵢ(θ, a', b) − uᵢ(θ, a, b)] > 0}
 * (the worst surviving action may differ from cell to cell, so the conjecture may correlate it with the state).
 * Rounds repeat until nothing is removed. Every belief-invariant Bayes correlated equilibrium recommends only
 * surviving actions, since a recommendation leaves the player's belief about {@code (θ, t₋ᵢ)} at the prior's and
 * obedience makes the action a best reply to such a conjecture. With two actions per player, pure dominance is
 * all the dominance there is; with more, only pure dominators are tried, so the survivors may be a superset of the
 * rationalisable actions. This is Rubinstein's (1989, AER 79(3)) induction in the email game.
 */
public final class IteratedDominance {

    private static final double SLACK = 1e-12;

    private final boolean[][][] survives;
    private final int rounds;

    private IteratedDominance(boolean[][][] survives, int rounds) {
        this.survives = survives;
        this.rounds = rounds;
    }

    /**
     * Eliminates until a fixed point.
     *
     * @param game  the game
     * @param space a type space with the game's states
     * @return the surviving actions of every type
     */
    public static IteratedDominance of(FiniteGame game, TypeSpace space) {
        Arguments.notNull("game", game);
        Arguments.notNull("space", space);
        if (game.states() != space.states()) {
            throw new IllegalArgumentException("space must have the game's " + game.states() + " states (got "
                    + space.states() + ")");
        }
        boolean[][][] alive = new boolean[2][][];
        for (int i = 0; i < 2; i++) {
            alive[i] = new boolean[space.typeCount(i)][game.actions(i + 1)];
            for (boolean[] row : alive[i]) {
                java.util.Arrays.fill(row, true);
            }
        }
        double slack = SLACK * game.scale();
        int rounds = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            boolean[][][] next = {copy(alive[0]), copy(alive[1])};
            for (int i = 0; i < 2; i++) {
                double[][][] gain = worstGains(game, space, alive, i);
                for (int t = 0; t < alive[i].length; t++) {
                    for (int a = 0; a < alive[i][t].length; a++) {
                        for (int b = 0; b < alive[i][t].length && next[i][t][a]; b++) {
                            if (b != a && gain[t][b][a] > slack * space.marginal(i, t)) {
                                next[i][t][a] = false;
                                changed = true;
                            }
                        }
                    }
                }
            }
            alive = next;
            rounds += changed ? 1 : 0;
        }
        return new IteratedDominance(alive, rounds);
    }

    /** {@code gain[t][b][a] = Σ_{cells of t} π · min over surviving opponent actions of u(b) − u(a)}. */
    private static double[][][] worstGains(FiniteGame game, TypeSpace space, boolean[][][] alive, int i) {
        int m = game.actions(i + 1);
        double[][][] gain = new double[space.typeCount(i)][m][m];
        for (int c = 0; c < space.cells(); c++) {
            int t = space.cellType(i, c);
            int u = space.cellType(1 - i, c);
            int s = space.cellState(c);
            for (int b = 0; b < m; b++) {
                for (int a = 0; a < m; a++) {
                    double worst = Double.POSITIVE_INFINITY;
                    for (int o = 0; o < alive[1 - i][u].length; o++) {
                        if (alive[1 - i][u][o]) {
                            double ub = i == 0 ? game.raw(0, s, b, o) : game.raw(1, s, o, b);
                            double ua = i == 0 ? game.raw(0, s, a, o) : game.raw(1, s, o, a);
                            worst = Math.min(worst, ub - ua);
                        }
                    }
                    gain[t][b][a] += space.cellProbability(c) * worst;
                }
            }
        }
        return gain;
    }

    private static boolean[][] copy(boolean[][] a) {
        boolean[][] c = new boolean[a.length][];
        for (int k = 0; k < a.length; k++) {
            c[k] = a[k].clone();
        }
        return c;
    }

    /**
     * @param player 1 or 2
     * @param type   one of the player's types
     * @param action one of the player's actions
     * @return whether the action survives elimination for the type
     */
    public boolean survives(int player, int type, int action) {
        int i = TypeSpace.playerIndex(player);
        Arguments.index("type", type, survives[i].length);
        Arguments.index("action", action, survives[i][type].length);
        return survives[i][type][action];
    }

    /**
     * @return the number of rounds that removed something
     */
    public int rounds() {
        return rounds;
    }
}
