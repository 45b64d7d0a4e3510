package org.mdlab.information.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommonBeliefTest {

    @ParameterizedTest
    @CsvSource({"0.5, 0.1, 8", "0.5, 0.3, 9", "0.3, 0.05, 12", "0.6, 0.2, 6"})
    void theAttackStateIsCommonBeliefOnlyAtLevelsNearOneHalfInTheEmailGame(double mu, double eps, int messages) {
        TypeSpace space = new EmailGame(mu, eps, messages).typeSpace();
        BeliefEvent attack = BeliefEvent.state(space, 1);
        // Player 2 with no message: P(attack) = με / (1 − μ + με).
        double w = mu * eps / (1 - mu + mu * eps);
        assertEquals(w, CommonBelief.threshold(attack, 1, 1, 0), 1e-12);
        // Any evident event through (1, 1) contains player 1's type 1, who gives the confirmation probability
        // (1−ε)/(2−ε); the set {t₂ >= 1} reaches that level, and the whole attack state reaches w.
        assertEquals(Math.max(w, (1 - eps) / (2 - eps)), CommonBelief.threshold(attack, 1, 1, 1), 1e-12);
        // The last profile of the capped game is evident at 1 − ε: its uncertain type gives ε to one step lower.
        int t1 = (messages + 1) / 2;
        int t2 = messages / 2;
        assertEquals(1 - eps, CommonBelief.threshold(attack, 1, t1, t2), 1e-12);
        // No message: player 1 knows the state is 0.
        assertEquals(0, CommonBelief.threshold(attack, 0, 0, 0), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.1", "0.3, 0.01", "0.7, 0.4"})
    void aPublicSignalMakesTheAttackStateCommonBeliefAtItsPosterior(double mu, double eps) {
        TypeSpace space = TypeSpace.publicSignal(new double[] {1 - mu, mu}, eps);
        double posterior = mu * (1 - eps) / (mu * (1 - eps) + (1 - mu) * eps);
        assertEquals(posterior, CommonBelief.threshold(BeliefEvent.state(space, 1), 1, 1, 1), 1e-12);
        assertEquals(posterior, CommonBelief.threshold(BeliefEvent.state(space, 1), 0, 1, 1), 1e-12);
    }

    @Property(tries = 60)
    void eliminationFindsTheUnionOfAllEvidentSubsetsFoundByEnumeration(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @DoubleRange(min = 0.3, max = 0.95) double p) {
        SplittableRandom rng = new SplittableRandom(seed);
        TypeSpace space = RandomSpaces.sparseTypeSpace(rng, 2, 3, 3);
        BeliefEvent event = BeliefEvent.where(space, (s, t1, t2) -> s == 1 || (t1 + t2) % 3 == 0);
        BeliefEvent inside = event.believedBy(1, p).intersect(event.believedBy(2, p));
        int n = space.cells();
        boolean[] union = new boolean[n];
        for (int mask = 1; mask < (1 << n); mask++) {
            int m = mask;
            BeliefEvent f = BeliefEvent.where(space, (s, t1, t2) -> (m >> cellIndex(space, s, t1, t2) & 1) == 1);
            if (f.isSubsetOf(inside) && f.isEvident(p)) {
                for (int c = 0; c < n; c++) {
                    union[c] |= (m >> c & 1) == 1;
                }
            }
        }
        BeliefEvent common = CommonBelief.of(event, p);
        for (int c = 0; c < n; c++) {
            assertEquals(union[c], common.member(c), "cell " + c);
        }
        assertTrue(common.isEvident(p));
        assertTrue(common.isSubsetOf(inside));
    }

    @Property(tries = 60)
    void theThresholdIsWhereEliminationDropsTheCell(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        TypeSpace space = RandomSpaces.sparseTypeSpace(rng, 2, 4, 4);
        BeliefEvent event = BeliefEvent.state(space, 1);
        int c = rng.nextInt(space.cells());
        int s = space.cellState(c);
        int t1 = space.cellType(0, c);
        int t2 = space.cellType(1, c);
        double threshold = CommonBelief.threshold(event, s, t1, t2);
        assertTrue(CommonBelief.of(event, threshold).contains(s, t1, t2));
        if (threshold < 1 - 1e-9) {
            assertFalse(CommonBelief.of(event, threshold + 1e-9).contains(s, t1, t2));
        }
    }

    private static int cellIndex(TypeSpace space, int s, int t1, int t2) {
        return space.cellOf(s, t1, t2);
    }
}
