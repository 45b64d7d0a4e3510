package org.mdlab.information.topology;

import org.mdlab.market.Arguments;

/**
 * Common p-belief (Monderer and Samet 1989, "Approximating Common Knowledge with Common Beliefs", GEB 1(2)):
 * an event {@code E} is common p-belief at a cell when the cell lies in an evident p-belief event {@code F} with
 * {@code F ⊆ B₁ᵖ(E) ∩ B₂ᵖ(E)} (their fixed-point characterisation of the iterated "everyone p-believes,
 * everyone p-believes that everyone p-believes, ..."). Since the p-belief operators are monotone, a union of such
 * events is another one, so there is a largest, {@code Cᵖ(E)}; the level {@code p} of almost common knowledge is
 * what the strategic topology of Bergemann, Morris and Veiel (arXiv 2411.09149) measures closeness with.
 */
public final class CommonBelief {

    private CommonBelief() {
    }

    /**
     * The event {@code Cᵖ(E)} by fixed-point elimination: start from {@code F₀ = B₁ᵖ(E) ∩ B₂ᵖ(E)} and remove, until
     * nothing changes, every cell at which a player gives the current set probability below {@code p},
     * {@code Fₖ₊₁ = Fₖ ∩ B₁ᵖ(Fₖ) ∩ B₂ᵖ(Fₖ)}. Every evident p-belief subset of {@code F₀} survives each step (by
     * monotonicity of {@code Bᵢᵖ}), and the limit is evident, so the limit is the largest: {@code Cᵖ(E)}. At most
     * as many steps as cells, each {@code O(cells)}.
     *
     * @param event the event {@code E}
     * @param p     the belief level, in [0, 1]
     * @return {@code Cᵖ(E)}, the largest evident p-belief event inside {@code B₁ᵖ(E) ∩ B₂ᵖ(E)}
     */
    public static BeliefEvent of(BeliefEvent event, double p) {
        Arguments.notNull("event", event);
        Arguments.probability("p", p);
        BeliefEvent f = event.believedBy(1, p).intersect(event.believedBy(2, p));
        while (true) {
            BeliefEvent next = f.intersect(f.believedBy(1, p)).intersect(f.believedBy(2, p));
            if (next.equals(f)) {
                return f;
            }
            f = next;
        }
    }

    /**
     * The largest {@code p} at which {@code E} is common p-belief at one cell, {@code sup{p : ω ∈ Cᵖ(E)}}, exactly,
     * by peeling: starting from all cells, the level of a set {@code F} is the smallest, over its cells and the two
     * players, of the type's probability of {@code F} and of {@code E}; the cells at that level are removed, and the
     * answer is the largest level recorded while {@code ω} remains. A set of larger level containing {@code ω} never
     * loses a cell before its level is recorded, since its cells sit above every level below its own. At most as
     * many rounds as cells, each {@code O(cells)}.
     *
     * @param event the event {@code E}
     * @param state the cell's state
     * @param type1 the cell's type of player 1
     * @param type2 the cell's type of player 2
     * @return the threshold, in [0, 1]
     * @throws IllegalArgumentException if the profile has probability 0
     */
    public static double threshold(BeliefEvent event, int state, int type1, int type2) {
        Arguments.notNull("event", event);
        TypeSpace space = event.space();
        int target = space.cellOf(state, type1, type2);
        double[][] inEvent = {event.conditionals(0), event.conditionals(1)};
        boolean[] alive = new boolean[space.cells()];
        java.util.Arrays.fill(alive, true);
        double best = 0;
        while (alive[target]) {
            BeliefEvent f = new BeliefEvent(space, alive.clone());
            double[][] inF = {f.conditionals(0), f.conditionals(1)};
            double[] level = new double[alive.length];
            double lowest = Double.POSITIVE_INFINITY;
            for (int c = 0; c < alive.length; c++) {
                if (alive[c]) {
                    level[c] = Double.POSITIVE_INFINITY;
                    for (int i = 0; i < 2; i++) {
                        int t = space.cellType(i, c);
                        level[c] = Math.min(level[c], Math.min(inF[i][t], inEvent[i][t]));
                    }
                    lowest = Math.min(lowest, level[c]);
                }
            }
            best = Math.max(best, lowest);
            for (int c = 0; c < alive.length; c++) {
                alive[c] &= level[c] > lowest;
            }
        }
        return Math.min(1, best);
    }
}
