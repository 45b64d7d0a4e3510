package org.mdlab.information.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypeSpaceTest {

    /** Player 1's two types both believe the state is 0 with probability 1/2, but differ about player 2's type. */
    static TypeSpace sharedFirstOrderBeliefs() {
        return TypeSpace.of(new double[][][] {{{0.3, 0.0}, {0.05, 0.15}}, {{0.1, 0.2}, {0.15, 0.05}}});
    }

    @Test
    void firstOrderBeliefsAreConditionalStateProbabilities() {
        TypeSpace t = sharedFirstOrderBeliefs();
        // Type 0 of player 1: (0.3 + 0.0) / 0.6; type 1: (0.05 + 0.15) / 0.4.
        assertArrayEquals(new double[] {0.5, 0.5}, t.firstOrderBelief(1, 0), 1e-15);
        assertArrayEquals(new double[] {0.5, 0.5}, t.firstOrderBelief(1, 1), 1e-15);
        // Player 2's type 0: 0.35 in state 0 of 0.6.
        assertArrayEquals(new double[] {0.35 / 0.6, 0.25 / 0.6}, t.firstOrderBelief(2, 0), 1e-15);
        assertFalse(t.isSimple());
        assertEquals(0.6, t.typeProbability(1, 0), 1e-15);
    }

    @Test
    void mixingInASeparatingStructureMakesTheBeliefsDistinct() {
        TypeSpace separating = TypeSpace.of(new double[][][] {{{0.5, 0}, {0, 0}}, {{0, 0}, {0, 0.5}}});
        assertTrue(sharedFirstOrderBeliefs().mix(separating, 0.01).isSimple());
        assertEquals(sharedFirstOrderBeliefs(), sharedFirstOrderBeliefs().mix(separating, 0));
    }

    @Test
    void commonKnowledgeAndPublicSignalsHaveTheirBeliefs() {
        TypeSpace ck = TypeSpace.commonKnowledge(new double[] {0.25, 0.75});
        assertEquals(2, ck.cells());
        assertArrayEquals(new double[] {0, 1}, ck.firstOrderBelief(2, 1), 0);
        TypeSpace pub = TypeSpace.publicSignal(new double[] {0.25, 0.75}, 0.1);
        assertEquals(0.75 * 0.9 / (0.75 * 0.9 + 0.25 * 0.1), pub.firstOrderBelief(1, 1)[1], 1e-15);
        assertTrue(pub.isSimple());
    }
}
