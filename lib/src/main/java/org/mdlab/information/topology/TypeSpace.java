package org.mdlab.information.topology;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.mdlab.market.Arguments;

/**
 * A finite two-player type space with a common prior (Bergemann, Morris and Veiel, arXiv 2411.09149,
 * the model of the abstract): states {@code θ = 0..S-1}, types {@code t₁ = 0..n₁-1} and {@code t₂ = 0..n₂-1}, and a prior
 * {@code π(θ, t₁, t₂)} on their product. Every type has positive probability, so its interim belief
 * {@code π(θ, t₋ᵢ | tᵢ)} is defined. The positive-probability profiles are the <i>cells</i> of the space; events,
 * common beliefs and equilibria are defined on them. A structure is <i>simple</i> when each player's types have
 * pairwise distinct first-order beliefs {@code π(θ | tᵢ)} (the dense class of the paper's density result).
 */
public final class TypeSpace {

    /** The largest difference of two first-order beliefs that still counts as equal in {@link #isSimple()}. */
    public static final double BELIEF_TOLERANCE = 1e-12;

    private final int states;
    private final int[] types;
    private final double[][] marginals;
    private final int[] cellState;
    private final int[][] cellType;
    private final double[] cellProbability;
    private final Map<Long, Integer> index = new HashMap<>();

    /** From cells in lexicographic order of (state, type1, type2), each of positive probability. */
    private TypeSpace(int states, int n1, int n2, int[] cellState, int[] type1, int[] type2, double[] probability) {
        this.states = states;
        this.types = new int[] {n1, n2};
        this.cellState = cellState;
        this.cellType = new int[][] {type1, type2};
        this.cellProbability = probability;
        this.marginals = new double[][] {new double[n1], new double[n2]};
        for (int c = 0; c < probability.length; c++) {
            marginals[0][type1[c]] += probability[c];
            marginals[1][type2[c]] += probability[c];
            index.put(key(cellState[c], type1[c], type2[c]), c);
        }
        for (int i = 0; i < 2; i++) {
            for (int t = 0; t < types[i]; t++) {
                if (!(marginals[i][t] > 0)) {
                    throw new IllegalArgumentException("prior must give every type positive probability (type " + t
                            + " of player " + (i + 1) + " has probability " + marginals[i][t] + ")");
                }
            }
        }
    }

    /** From a dense prior whose entries were validated. */
    private static TypeSpace dense(double[][][] prior) {
        int n1 = prior[0].length;
        int n2 = prior[0][0].length;
        int count = 0;
        for (double[][] byType1 : prior) {
            for (double[] row : byType1) {
                for (double x : row) {
                    count += x > 0 ? 1 : 0;
                }
            }
        }
        int[] cs = new int[count];
        int[] c1 = new int[count];
        int[] c2 = new int[count];
        double[] cp = new double[count];
        int c = 0;
        for (int s = 0; s < prior.length; s++) {
            for (int t1 = 0; t1 < n1; t1++) {
                for (int t2 = 0; t2 < n2; t2++) {
                    if (prior[s][t1][t2] > 0) {
                        cs[c] = s;
                        c1[c] = t1;
                        c2[c] = t2;
                        cp[c++] = prior[s][t1][t2];
                    }
                }
            }
        }
        return new TypeSpace(prior.length, n1, n2, cs, c1, c2, cp);
    }

    /**
     * A type space from its cells, for structures too large to write densely; the profiles must be distinct, in
     * lexicographic order of (state, type1, type2), with positive probabilities summing to 1.
     */
    static TypeSpace sparse(int states, int n1, int n2, int[] cellState, int[] type1, int[] type2, double[] probability) {
        double sum = 0;
        for (double p : probability) {
            sum += p;
        }
        if (Math.abs(sum - 1) > Arguments.PROBABILITY_SUM_TOLERANCE * Math.max(1, probability.length)) {
            throw new IllegalArgumentException("prior must sum to 1 (got " + sum + ")");
        }
        return new TypeSpace(states, n1, n2, cellState, type1, type2, probability);
    }

    private long key(int state, int type1, int type2) {
        return ((long) state * types[0] + type1) * types[1] + type2;
    }

    /**
     * A type space from its prior.
     *
     * @param prior {@code prior[θ][t₁][t₂]}: a rectangular array with at least one state and one type per player,
     *              finite non-negative entries summing to 1 (within {@link Arguments#PROBABILITY_SUM_TOLERANCE}
     *              times the number of positive entries), and every type of positive probability
     * @return the type space (the array is copied)
     * @throws IllegalArgumentException if a rule is broken, naming it
     */
    public static TypeSpace of(double[][][] prior) {
        Arguments.notNull("prior", prior);
        if (prior.length == 0 || prior[0] == null || prior[0].length == 0 || prior[0][0] == null
                || prior[0][0].length == 0) {
            throw new IllegalArgumentException("prior must have at least one state and one type per player");
        }
        int n1 = prior[0].length;
        int n2 = prior[0][0].length;
        double[][][] copy = new double[prior.length][n1][];
        double sum = 0;
        int positive = 0;
        for (int s = 0; s < prior.length; s++) {
            if (prior[s] == null || prior[s].length != n1) {
                throw new IllegalArgumentException("prior must be rectangular: state " + s + " needs " + n1
                        + " types of player 1");
            }
            for (int t1 = 0; t1 < n1; t1++) {
                if (prior[s][t1] == null || prior[s][t1].length != n2) {
                    throw new IllegalArgumentException("prior must be rectangular: prior[" + s + "][" + t1 + "] needs "
                            + n2 + " types of player 2");
                }
                copy[s][t1] = prior[s][t1].clone();
                for (int t2 = 0; t2 < n2; t2++) {
                    double x = copy[s][t1][t2];
                    if (!(x >= 0) || !Double.isFinite(x)) {
                        throw new IllegalArgumentException("prior must be finite and >= 0 (got " + x + " at ["
                                + s + "][" + t1 + "][" + t2 + "])");
                    }
                    sum += x;
                    positive += x > 0 ? 1 : 0;
                }
            }
        }
        if (Math.abs(sum - 1) > Arguments.PROBABILITY_SUM_TOLERANCE * Math.max(1, positive)) {
            throw new IllegalArgumentException("prior must sum to 1 (got " + sum + ")");
        }
        return dense(copy);
    }

    /**
     * Common knowledge of the state: each player's type is the state, {@code π(θ, θ, θ) = μ(θ)}.
     *
     * @param statePrior {@code μ}, a probability vector with every entry {@code > 0}
     * @return the type space
     */
    public static TypeSpace commonKnowledge(double[] statePrior) {
        double[] mu = Arguments.positiveProbabilities("statePrior", statePrior);
        double[][][] p = new double[mu.length][mu.length][mu.length];
        for (int s = 0; s < mu.length; s++) {
            p[s][s][s] = mu[s];
        }
        return dense(p);
    }

    /**
     * A public signal: both players see the same signal {@code σ}, equal to the state with probability
     * {@code 1 − error} and otherwise uniform on the other states, {@code π(θ, σ, σ) = μ(θ)(1 − error)} for
     * {@code σ = θ} and {@code μ(θ)·error/(S − 1)} otherwise. The signal is common knowledge; its error is not.
     *
     * @param statePrior {@code μ}, a probability vector with at least two entries, every entry {@code > 0}
     * @param error      the probability that the signal is wrong, in (0, 1)
     * @return the type space, types indexed by the signal
     */
    public static TypeSpace publicSignal(double[] statePrior, double error) {
        double[] mu = Arguments.positiveProbabilities("statePrior", statePrior);
        if (mu.length < 2) {
            throw new IllegalArgumentException("statePrior must have at least two states for a public signal (got "
                    + mu.length + ")");
        }
        Arguments.openUnit("error", error);
        double[][][] p = new double[mu.length][mu.length][mu.length];
        for (int s = 0; s < mu.length; s++) {
            for (int signal = 0; signal < mu.length; signal++) {
                p[s][signal][signal] = mu[s] * (signal == s ? 1 - error : error / (mu.length - 1));
            }
        }
        return dense(p);
    }

    /**
     * The mixture {@code (1 − weight)·π + weight·π'} of two priors on the same states and types.
     *
     * @param other  a type space of the same dimensions
     * @param weight the weight of {@code other}, in [0, 1]
     * @return the mixed type space
     * @throws IllegalArgumentException if the dimensions differ or the weight is outside [0, 1]
     */
    public TypeSpace mix(TypeSpace other, double weight) {
        Arguments.notNull("other", other);
        Arguments.probability("weight", weight);
        if (other.states() != states() || other.types(1) != types[0] || other.types(2) != types[1]) {
            throw new IllegalArgumentException("other must have the same dimensions (" + dimensions() + ", got "
                    + other.dimensions() + ")");
        }
        Arguments.sizeAtMost("profiles (states × types × types)", (long) states * types[0] * types[1], 10_000_000,
                "dense mixture");
        double[][][] p = new double[states][types[0]][types[1]];
        for (int c = 0; c < cells(); c++) {
            p[cellState[c]][cellType[0][c]][cellType[1][c]] += (1 - weight) * cellProbability[c];
        }
        for (int c = 0; c < other.cells(); c++) {
            p[other.cellState[c]][other.cellType[0][c]][other.cellType[1][c]] += weight * other.cellProbability[c];
        }
        return dense(p);
    }

    /**
     * @return the number of states
     */
    public int states() {
        return states;
    }

    /**
     * @param player 1 or 2
     * @return the number of the player's types
     */
    public int types(int player) {
        return types[playerIndex(player)];
    }

    /**
     * @param state a state
     * @param type1 a type of player 1
     * @param type2 a type of player 2
     * @return {@code π(θ, t₁, t₂)}
     */
    public double probability(int state, int type1, int type2) {
        Arguments.index("state", state, states());
        Arguments.index("type1", type1, types[0]);
        Arguments.index("type2", type2, types[1]);
        Integer c = index.get(key(state, type1, type2));
        return c == null ? 0 : cellProbability[c];
    }

    /**
     * @param player 1 or 2
     * @param type   one of the player's types
     * @return the type's marginal probability {@code π(tᵢ)}, {@code > 0}
     */
    public double typeProbability(int player, int type) {
        int i = playerIndex(player);
        return marginals[i][Arguments.index("type", type, types[i])];
    }

    /**
     * The first-order belief of a type: its conditional distribution of the state, {@code π(θ | tᵢ)}.
     *
     * @param player 1 or 2
     * @param type   one of the player's types
     * @return the belief, indexed by state
     */
    public double[] firstOrderBelief(int player, int type) {
        int i = playerIndex(player);
        Arguments.index("type", type, types[i]);
        double[] belief = new double[states()];
        for (int c = 0; c < cellProbability.length; c++) {
            if (cellType[i][c] == type) {
                belief[cellState[c]] += cellProbability[c] / marginals[i][type];
            }
        }
        return belief;
    }

    /**
     * Whether the structure is simple: no two types of the same player have first-order beliefs within
     * {@link #BELIEF_TOLERANCE} of each other in every state.
     *
     * @return {@code true} when every player's first-order beliefs are pairwise distinct
     */
    public boolean isSimple() {
        for (int player = 1; player <= 2; player++) {
            double[][] beliefs = new double[types(player)][];
            for (int t = 0; t < beliefs.length; t++) {
                beliefs[t] = firstOrderBelief(player, t);
                for (int u = 0; u < t; u++) {
                    if (distance(beliefs[t], beliefs[u]) <= BELIEF_TOLERANCE) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * @return the number of cells, the profiles {@code (θ, t₁, t₂)} of positive probability
     */
    public int cells() {
        return cellProbability.length;
    }

    int cellState(int cell) {
        return cellState[cell];
    }

    int cellType(int playerIndex, int cell) {
        return cellType[playerIndex][cell];
    }

    double cellProbability(int cell) {
        return cellProbability[cell];
    }

    double marginal(int playerIndex, int type) {
        return marginals[playerIndex][type];
    }

    int typeCount(int playerIndex) {
        return types[playerIndex];
    }

    int cellOf(int state, int type1, int type2) {
        Arguments.index("state", state, states());
        Arguments.index("type1", type1, types[0]);
        Arguments.index("type2", type2, types[1]);
        Integer c = index.get(key(state, type1, type2));
        if (c != null) {
            return c;
        }
        throw new IllegalArgumentException("(state, type1, type2) = (" + state + ", " + type1 + ", " + type2
                + ") must have positive probability");
    }

    static int playerIndex(int player) {
        if (player != 1 && player != 2) {
            throw new IllegalArgumentException("player must be 1 or 2 (got " + player + ")");
        }
        return player - 1;
    }

    private String dimensions() {
        return states() + " states × " + types[0] + " × " + types[1] + " types";
    }

    private static double distance(double[] a, double[] b) {
        double d = 0;
        for (int k = 0; k < a.length; k++) {
            d = Math.max(d, Math.abs(a[k] - b[k]));
        }
        return d;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypeSpace t && t.states == states && Arrays.equals(t.types, types)
                && Arrays.equals(t.cellState, cellState) && Arrays.equals(t.cellType[0], cellType[0])
                && Arrays.equals(t.cellType[1], cellType[1]) && Arrays.equals(t.cellProbability, cellProbability);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cellProbability) + 31 * Arrays.hashCode(cellType[0]) + 961 * Arrays.hashCode(cellType[1]);
    }

    @Override
    public String toString() {
        return "TypeSpace[" + dimensions() + ", " + cells() + " cells]";
    }
}
