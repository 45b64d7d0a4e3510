package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RegularisedVcgTest {

    @Test
    void policyTiltsTheReferenceByExponentiatedRewards() {
        // π_ref = (1/2, 1/2), total reward (log 3, 0), λ = 1: π* ∝ (3/2, 1/2) = (3/4, 1/4)
        RegularisedOutcome o = RegularisedVcg.outcome(new double[]{0.5, 0.5}, new double[][]{{Math.log(3), 0}}, 1);
        assertArrayEquals(new double[]{0.75, 0.25}, o.policy(), 1e-12);
        // a single agent imposes no externality: W_{-1} = -λ KL, maximised at π_ref (0), and at π*:
        // -KL((3/4,1/4) ‖ (1/2,1/2)) = -(3/4 log 3/2 + 1/4 log 1/2)
        double kl = 0.75 * Math.log(1.5) + 0.25 * Math.log(0.5);
        assertEquals(kl, o.payments()[0], 1e-12);
    }

    @Property(tries = 50)
    void truthfulRewardsAreADominantReport(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        // VCG argument: agent utility = W(π*(report)) evaluated at the true reward - max W_{-i}; π* maximises the true W
        SplittableRandom r = new SplittableRandom(seed);
        int outputs = 4;
        double[] ref = {0.1, 0.2, 0.3, 0.4};
        double[][] truth = new double[3][outputs];
        for (double[] row : truth) {
            for (int y = 0; y < outputs; y++) {
                row[y] = r.nextDouble() * 2;
            }
        }
        double lambda = 0.5;
        double truthful = RegularisedVcg.outcome(ref, truth, lambda).utility(truth[0], 0);
        for (int k = 0; k < 20; k++) {
            double[][] report = {new double[outputs], truth[1], truth[2]};
            for (int y = 0; y < outputs; y++) {
                report[0][y] = r.nextDouble() * 3 - 0.5;
            }
            RegularisedOutcome o = RegularisedVcg.outcome(ref, report, lambda);
            assertTrue(o.utility(truth[0], 0) <= truthful + 1e-10);
            assertTrue(o.payments()[0] >= -1e-12);
        }
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> RegularisedVcg.outcome(new double[]{0.5, 0.4}, new double[][]{{0, 0}}, 1));
        assertThrows(IllegalArgumentException.class, () -> RegularisedVcg.outcome(new double[]{0.5, 0.5}, new double[][]{{0, 0}}, 0));
        assertThrows(IllegalArgumentException.class, () -> RegularisedVcg.outcome(new double[]{0.5, 0.5}, new double[][]{{0, Double.NaN}}, 1));
    }
}
