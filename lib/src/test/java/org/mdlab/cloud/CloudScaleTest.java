package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.mdlab.market.ConvexCost;

/**
 * Scale equivariance of the cloud models: multiplying every marginal value of usage (signals, values)
 * and the cost of usage by {@code s ∈ [1e-12, 1e12]} multiplies profits, payments and rents by
 * {@code s} and leaves usage and the contracts chosen unchanged (Bergemann and Wang 2025: the dynamic
 * virtual value {@code φ_i(v_k) = c'(q)} is homogeneous of degree one in money).
 */
class CloudScaleTest {

    private static double scale(double exponent) {
        return Math.pow(10, exponent);
    }

    private static CloudDemand scaled(CloudDemand d, double s, double k) {
        return new CloudDemand(d.signalProbabilities(), Arrays.stream(d.values()).map(v -> s * v).toArray(),
                d.conditionals(), ConvexCost.quadratic(s * k, d.cost().maxQuality()));
    }

    @Property(tries = 60)
    void closedFormMechanismAndItsMenusAreScaleEquivariant(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                           @ForAll @DoubleRange(min = -12, max = 12) double exponent) {
        double s = scale(exponent);
        CloudDemand base = CloudInstances.random(seed);
        double k = base.cost().marginal(1);
        CloudDemand moved = scaled(base, s, k);
        Optional<CloudMechanism> regular = ClosedFormCloudContract.optimal(base);
        assertEquals(regular.isPresent(), ClosedFormCloudContract.optimal(moved).isPresent());
        Assume.that(regular.isPresent());
        CloudMechanism a = regular.orElseThrow();
        CloudMechanism b = ClosedFormCloudContract.optimal(moved).orElseThrow();
        for (int i = 0; i < base.signals(); i++) {
            assertArrayEquals(a.usage()[i], b.usage()[i], 1e-9 * base.cost().maxQuality());
        }
        assertEquals(s * a.profit(), b.profit(), 1e-9 * s * a.surplus());
        for (CloudContractMenu menu : new CloudContractMenu[] {CloudContractMenu.twoPartTariffs(a), CloudContractMenu.committedSpend(a)}) {
            CloudContractMenu movedMenu = menu.contracts().get(0) instanceof CommittedSpendContract
                    ? CloudContractMenu.committedSpend(b) : CloudContractMenu.twoPartTariffs(b);
            assertArrayEquals(menu.choices(base), movedMenu.choices(moved));
            assertEquals(s * menu.outcome(base).profit(), movedMenu.outcome(moved).profit(), 1e-9 * s * a.surplus());
            assertEquals(s * menu.outcome(base).audit().violation(), movedMenu.outcome(moved).audit().violation(),
                    1e-9 * s * a.surplus());
        }
    }

    @Property(tries = 10)
    void lotteryLpIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double exponent) {
        // The 2×2 instance on levels of 1/3: the LP's optimum is the closed-form profit 13/12, times s.
        double s = scale(exponent);
        CloudDemand moved = scaled(CloudInstances.TWO_BY_TWO, s, 1);
        assertEquals(s * 13.0 / 12, CloudContractLp.solve(moved, 9).value().profit(), 1e-7 * s);
    }

    @Property(tries = 30)
    void shockModelTariffsAreScaleEquivariant(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                              @ForAll @DoubleRange(min = -12, max = 12) double exponent) {
        double s = scale(exponent);
        MultiplicativeDemand base = MultiplicativeInstances.random(seed);
        MultiplicativeDemand moved = new MultiplicativeDemand(Arrays.stream(base.signals()).map(t -> s * t).toArray(),
                base.signalProbabilities(), base.shocks(), base.shockProbabilities(), base.usageValue(), s * base.unitCost());
        TwoPartTariffMenu a = TwoPartTariffMenu.relaxedOptimum(base);
        TwoPartTariffMenu b = TwoPartTariffMenu.relaxedOptimum(moved);
        assertArrayEquals(Arrays.stream(a.unitPrices()).map(p -> s * p).toArray(), b.unitPrices(), 1e-9 * s * base.signals()[base.signalCount() - 1]);
        assertEquals(s * a.profit(base), b.profit(moved), 1e-9 * s * base.relaxedBound());
        assertEquals(s * base.relaxedBound(), moved.relaxedBound(), 1e-9 * s * base.relaxedBound());
        for (int i = 0; i < base.signalCount(); i++) {
            assertEquals(a.choice(base, i), b.choice(moved, i));
        }
    }

    @Property(tries = 10)
    void meanDemandGuaranteeIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double exponent) {
        // c = 0.2, μ = 1.5, θ̄ = 4: the robust committed spend guarantees S(μ) = (μ - c)²/(2μ), times s.
        double s = scale(exponent);
        MeanDemandPricing base = new MeanDemandPricing(0.2, 1.5, 4, 41);
        MeanDemandPricing moved = new MeanDemandPricing(0.2 * s, 1.5 * s, 4 * s, 41);
        assertEquals(s * base.surplusAtMean(), moved.surplusAtMean(), 1e-12 * s);
        double posted = base.guarantee(CommittedSpendContract.postedPrice(0.8)).value().profit();
        assertEquals(s * posted, moved.guarantee(CommittedSpendContract.postedPrice(0.8 * s)).value().profit(), 1e-7 * s);
        assertEquals(s * base.guarantee(base.robustCommittedSpend(1)).value().profit(),
                moved.guarantee(moved.robustCommittedSpend(1)).value().profit(), 1e-7 * s);
    }
}
