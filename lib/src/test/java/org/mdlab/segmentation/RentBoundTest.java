package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.Market;

class RentBoundTest {

    @Test
    void onOneTwoThreeTheBoundIsFiveTwelfths() {
        // h* = (2, 1, 0) >= v/2 below the top: Λ = (0, 0, 3), G = (1/3)(1 + 4)/4 = 5/12.
        RentBound b = RentBound.of(Market.uniform(1, 2, 3), 1);
        assertEquals(5.0 / 12, b.value(), 1e-12);
        assertEquals(0.5, b.inverseHazardRates()[0], 1e-12);
        assertEquals(1.0, b.inverseHazardRates()[1], 1e-12);
    }

    @Property(tries = 30)
    void theBoundIsAtMostTheSecondMomentBoundAndAtLeastNoSegmentation(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 2, max = 30) int n) {
        // G(0) = E[v^2]/4 is one feasible dual point; no segmentation is one feasible segmentation.
        Market m = Market.random(n, seed);
        double secondMoment = 0;
        for (int k = 0; k < n; k++) {
            secondMoment += m.probability(k) * m.value(k) * m.value(k) / 4;
        }
        double bound = RentBound.of(m, 1).value();
        assertTrue(bound <= secondMoment + 1e-12);
        assertTrue(bound >= ScreeningSegmentation.unsegmented(m, ConvexCost.quadratic(1, 1000)).consumerSurplus() - 1e-12);
    }

    @Property(tries = 20)
    void noRandomSegmentationBeatsTheBound(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 2, max = 8) int n) {
        // Independent route: random segmentations (random segments plus the residual, weights by construction)
        // each screened by its own Mussa–Rosen menu; the bound is proved for every segmentation.
        Market m = Market.random(n, seed);
        ConvexCost cost = ConvexCost.quadratic(1, 1000);
        SplittableRandom rng = new SplittableRandom(seed);
        double bound = RentBound.of(m, 1).value();
        for (int trial = 0; trial < 20; trial++) {
            double[] residual = m.probabilities();
            List<ScreenedSegment> segments = new ArrayList<>();
            double used = 0;
            for (int s = 0; s < 3; s++) {
                double[] x = new double[n];
                double take = Double.POSITIVE_INFINITY;
                for (int k = 0; k < n; k++) {
                    x[k] = rng.nextDouble() < 0.3 ? 0 : rng.nextDouble();
                }
                double total = java.util.Arrays.stream(x).sum();
                if (total == 0) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    x[k] /= total;
                    if (x[k] > 0) {
                        take = Math.min(take, residual[k] / x[k]);
                    }
                }
                double w = 0.9 * take;
                if (w <= 1e-9) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    residual[k] -= w * x[k];
                }
                used += w;
                segments.add(new ScreenedSegment(w, ScreenedMarket.of(Market.of(m.values(), x), cost)));
            }
            double rest = 1 - used;
            double[] r = new double[n];
            for (int k = 0; k < n; k++) {
                r[k] = Math.max(0, residual[k]) / rest;
            }
            segments.add(new ScreenedSegment(rest, ScreenedMarket.of(Market.of(m.values(), r), cost)));
            double cs = segments.stream().mapToDouble(ScreenedSegment::consumerSurplus).sum();
            assertTrue(cs <= bound + 1e-9, () -> "segmentation CS " + cs + " above bound " + bound);
        }
    }
}
