package org.mdlab.information.topology;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * An event of a {@link TypeSpace}: a set of its cells {@code (θ, t₁, t₂)}, with the p-belief operator of Monderer
 * and Samet (1989, GEB 1(2)): {@code Bᵢᵖ(E)} is the set of cells at which player {@code i}'s type
 * assigns {@code E} probability at least {@code p}. An event {@code F} is <i>evident p-belief</i> when
 * {@code F ⊆ B₁ᵖ(F) ∩ B₂ᵖ(F)}. Probabilities are compared with the slack
 * {@link TypeSpace#BELIEF_TOLERANCE}, so that a belief equal to {@code p} in exact arithmetic counts.
 */
public final class BeliefEvent {

    /** A condition on a profile, to define an event. */
    @FunctionalInterface
    public interface Condition {
        /**
         * @param state the state
         * @param type1 player 1's type
         * @param type2 player 2's type
         * @return whether the profile belongs to the event
         */
        boolean holds(int state, int type1, int type2);
    }

    private final TypeSpace space;
    private final boolean[] member;

    BeliefEvent(TypeSpace space, boolean[] member) {
        this.space = space;
        this.member = member;
    }

    /**
     * The cells that satisfy a condition.
     *
     * @param space     the type space
     * @param condition the condition
     * @return the event
     */
    public static BeliefEvent where(TypeSpace space, Condition condition) {
        Arguments.notNull("space", space);
        Arguments.notNull("condition", condition);
        boolean[] m = new boolean[space.cells()];
        for (int c = 0; c < m.length; c++) {
            m[c] = condition.holds(space.cellState(c), space.cellType(0, c), space.cellType(1, c));
        }
        return new BeliefEvent(space, m);
    }

    /**
     * The event that the state is {@code state}.
     *
     * @param space the type space
     * @param state a state of the space
     * @return {@code {θ = state}}
     */
    public static BeliefEvent state(TypeSpace space, int state) {
        Arguments.notNull("space", space);
        Arguments.index("state", state, space.states());
        return where(space, (s, t1, t2) -> s == state);
    }

    /**
     * @return the type space the event lives on
     */
    public TypeSpace space() {
        return space;
    }

    /**
     * @return the prior probability of the event
     */
    public double probability() {
        double p = 0;
        for (int c = 0; c < member.length; c++) {
            p += member[c] ? space.cellProbability(c) : 0;
        }
        return p;
    }

    /**
     * @return whether the event has no cell
     */
    public boolean isEmpty() {
        for (boolean m : member) {
            if (m) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param state a state
     * @param type1 a type of player 1
     * @param type2 a type of player 2
     * @return whether the profile is a cell of the event (profiles of probability 0 are in no event)
     */
    public boolean contains(int state, int type1, int type2) {
        Arguments.index("state", state, space.states());
        Arguments.index("type1", type1, space.types(1));
        Arguments.index("type2", type2, space.types(2));
        for (int c = 0; c < member.length; c++) {
            if (member[c] && space.cellState(c) == state && space.cellType(0, c) == type1
                    && space.cellType(1, c) == type2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The conditional probability of the event given a type, {@code π(E | tᵢ)}.
     *
     * @param player 1 or 2
     * @param type   one of the player's types
     * @return the probability
     */
    public double conditional(int player, int type) {
        int i = TypeSpace.playerIndex(player);
        Arguments.index("type", type, space.typeCount(i));
        return conditionals(i)[type];
    }

    /**
     * The p-belief operator, {@code Bᵢᵖ(E)}: the cells whose type of player {@code i} gives the event probability
     * at least {@code p}.
     *
     * @param player 1 or 2
     * @param p      the belief level, in [0, 1]
     * @return {@code Bᵢᵖ(E)}
     */
    public BeliefEvent believedBy(int player, double p) {
        int i = TypeSpace.playerIndex(player);
        Arguments.probability("p", p);
        double[] q = conditionals(i);
        boolean[] m = new boolean[member.length];
        for (int c = 0; c < m.length; c++) {
            m[c] = q[space.cellType(i, c)] >= p - TypeSpace.BELIEF_TOLERANCE;
        }
        return new BeliefEvent(space, m);
    }

    /**
     * @param other an event of the same type space
     * @return the intersection
     */
    public BeliefEvent intersect(BeliefEvent other) {
        requireSameSpace(other);
        boolean[] m = new boolean[member.length];
        for (int c = 0; c < m.length; c++) {
            m[c] = member[c] && other.member[c];
        }
        return new BeliefEvent(space, m);
    }

    /**
     * @param other an event of the same type space
     * @return whether every cell of this event is a cell of {@code other}
     */
    public boolean isSubsetOf(BeliefEvent other) {
        requireSameSpace(other);
        for (int c = 0; c < member.length; c++) {
            if (member[c] && !other.member[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the event is evident p-belief: {@code F ⊆ B₁ᵖ(F) ∩ B₂ᵖ(F)}.
     *
     * @param p the belief level, in [0, 1]
     * @return whether each player, at each cell of the event, gives it probability at least {@code p}
     */
    public boolean isEvident(double p) {
        return isSubsetOf(believedBy(1, p).intersect(believedBy(2, p)));
    }

    boolean member(int cell) {
        return member[cell];
    }

    double[] conditionals(int playerIndex) {
        double[] q = new double[space.typeCount(playerIndex)];
        for (int c = 0; c < member.length; c++) {
            if (member[c]) {
                q[space.cellType(playerIndex, c)] += space.cellProbability(c);
            }
        }
        for (int t = 0; t < q.length; t++) {
            q[t] /= space.marginal(playerIndex, t);
        }
        return q;
    }

    void requireSameSpace(BeliefEvent other) {
        Arguments.notNull("other", other);
        if (!other.space.equals(space)) {
            throw new IllegalArgumentException("other must be an event of the same type space (" + space + ", got "
                    + other.space + ")");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BeliefEvent e && e.space.equals(space) && Arrays.equals(member, e.member);
    }

    @Override
    public int hashCode() {
        return 31 * space.hashCode() + Arrays.hashCode(member);
    }

    @Override
    public String toString() {
        int n = 0;
        for (boolean m : member) {
            n += m ? 1 : 0;
        }
        return "BeliefEvent[" + n + " of " + member.length + " cells, probability " + probability() + "]";
    }
}
