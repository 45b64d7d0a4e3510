package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.Status;

class MeanDemandPricingTest {

    // c = 0.2, μ = 1.5, θ̄ = 4 on a grid of step 0.1 (41 points).
    private static final MeanDemandPricing MODEL = new MeanDemandPricing(0.2, 1.5, 4, 41);

    private static WorstCaseDemand worst(CommittedSpendContract contract) {
        Solution<WorstCaseDemand> g = MODEL.guarantee(contract);
        assertEquals(Status.OPTIMAL, g.status());
        return g.value();
    }

    @Test
    void surplusAtTheMeanIsTheClosedForm() {
        // S(μ) = (μ - c)^2 / (2μ) = 1.69 / 3.
        assertEquals(1.69 / 3, MODEL.surplusAtMean(), 1e-12);
    }

    @Test
    void committedSpendAtCostGuaranteesTheSurplusAtTheMeanWhateverTheCommitment() {
        // Jensen: E_G W_c(θ) >= W_c(μ) = S(μ), so every G accepts, and profit is S(μ) at every θ.
        for (double share : new double[] {0, 0.5, 1}) {
            WorstCaseDemand w = worst(MODEL.robustCommittedSpend(share));
            assertFalse(w.buyerDeclines());
            assertEquals(1.69 / 3, w.profit(), 1e-7);
        }
    }

    @Test
    void committedSpendProfitIsTheSameAtEveryDemand() {
        CommittedSpendContract cs = MODEL.robustCommittedSpend(1);
        for (double theta : new double[] {0, 0.3, 1.5, 4}) {
            // B + c (q - m)^+ - c q = S(μ) + c m - c m = S(μ) since q >= m.
            assertEquals(1.69 / 3, MODEL.sellerProfit(theta, cs), 1e-12);
        }
    }

    @Test
    void postedPriceGuaranteeIsTheConvexEnvelopeClosedForm() {
        // Worst case mixes θ = p (no usage) and θ = θ̄: E q = (μ - p)/θ̄, so the guarantee is
        // (p - c)(μ - p)/θ̄ = 0.6 · 0.7 / 4 = 0.105 at p = 0.8 (on the grid).
        assertEquals(0.105, worst(CommittedSpendContract.postedPrice(0.8)).profit(), 1e-7);
    }

    @Test
    void acceptedTwoPartTariffGuaranteeAddsTheFeeToThePostedPriceGuarantee() {
        // F = W_p(μ) = (μ - p)^2/(2μ) = 0.49/3 at p = 0.8; the acceptance constraint is slack at the
        // worst case (θ̄ >= μ), so the guarantee is F + (p - c)(μ - p)/θ̄ = 0.49/3 + 0.105.
        assertEquals(0.49 / 3 + 0.105, worst(MODEL.acceptedTwoPartTariff(0.8)).profit(), 1e-7);
    }

    @Test
    void overCommitmentIsDeclinedByTheMeanBuyer() {
        // m = 1 > q(μ, c) = 13/15 at B = S(μ) + c: the point mass at μ gets μ u(1) - B = 0.75 - 0.5633 - 0.2 < 0.
        WorstCaseDemand w = worst(CommittedSpendContract.withUnitPrice(1, MODEL.surplusAtMean() + 0.2, 0.2));
        assertTrue(w.buyerDeclines());
        assertEquals(0, w.profit());
    }

    @Property(tries = 30)
    void noPostedPriceGuaranteesMoreThanTheCommittedSpend(@ForAll @DoubleRange(min = 0, max = 1.5) double price) {
        // The point mass at μ caps every guarantee at S(μ), which the committed spend attains.
        assertTrue(worst(CommittedSpendContract.postedPrice(price)).profit() <= MODEL.surplusAtMean() + 1e-7);
        assertTrue(worst(MODEL.acceptedTwoPartTariff(price)).profit() <= MODEL.surplusAtMean() + 1e-7);
    }

    @Property(tries = 30)
    void worstCaseDistributionsHaveTheKnownMean(@ForAll @DoubleRange(min = 0.2, max = 1.5) double price) {
        assertEquals(1.5, worst(CommittedSpendContract.postedPrice(price)).mean(), 1e-7);
    }

    @Test
    void parametersOutOfOrderAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MeanDemandPricing(0.2, 5, 4, 41));
        assertTrue(e.getMessage().contains("meanDemand < maxDemand"));
        assertThrows(IllegalArgumentException.class, () -> new MeanDemandPricing(0.2, 1.5, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> MODEL.robustCommittedSpend(1.5));
    }
}
