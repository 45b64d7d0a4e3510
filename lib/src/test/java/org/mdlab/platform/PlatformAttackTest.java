package org.mdlab.platform;

import static org.mdlab.market.Attacks.rejects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.mdlab.optimisation.SolverOptions;

/** Bad input at every public entry point of {@code org.mdlab.platform}: an IllegalArgumentException naming the argument. */
class PlatformAttackTest {

    private static final PlatformMarket UNIFORM = PlatformMarket.uniform(0, 1, 0.3);

    @Provide
    Arbitrary<Double> badShares() {
        return Arbitraries.oneOf(Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0),
                Arbitraries.doubles().between(-1e6, -1e-9).ofScale(12), Arbitraries.doubles().between(1, 1e6));
    }

    @Provide
    Arbitrary<Double> notFinite() {
        return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    @Property(tries = 30)
    void sharesOutsideTheUnitIntervalAreRefused(@ForAll("badShares") double share) {
        rejects("share", () -> PlatformMarket.uniform(0, 1, share));
        rejects("share", () -> UNIFORM.withShare(share));
        rejects("share", () -> new GridMenus(new double[] {1}, new double[] {1}, new double[] {0}, new double[] {0},
                new double[] {0}, new double[] {0}, share, 1));
    }

    @Property(tries = 20)
    void badDistributionsAreRefused(@ForAll("notFinite") double x, @ForAll @DoubleRange(min = -10, max = 0) double nonPositive) {
        rejects("lower", () -> LinearHazardTypes.of(x, 1, 1));
        rejects("lower", () -> LinearHazardTypes.of(-1e-3 + nonPositive, 1, 1));
        rejects("upper", () -> LinearHazardTypes.of(0, x, 1));
        rejects("upper", () -> LinearHazardTypes.of(1, 1 + nonPositive, 1));
        rejects("shape", () -> LinearHazardTypes.of(0, 1, x));
        rejects("shape", () -> LinearHazardTypes.of(0, 1, nonPositive));
        rejects("curvature", () -> PlatformMarket.of(LinearHazardTypes.uniform(0, 1), 0.2, nonPositive));
        rejects("curvature", () -> PlatformMarket.of(LinearHazardTypes.uniform(0, 1), 0.2, x));
        rejects("types", () -> PlatformMarket.of(null, 0.2, 1));
        rejects("s", () -> UNIFORM.scaled(nonPositive));
        rejects("market", () -> PerfectTargeting.of(null));
        rejects("u", () -> LinearHazardTypes.uniform(0, 1).quantile(1 - nonPositive + 1e-9));
    }

    @Property(tries = 20)
    void typesOutsideTheSupportAreRefused(@ForAll @DoubleRange(min = 1e-3, max = 1e9) @net.jqwik.api.constraints.Scale(6) double beyond) {
        PlatformOutcome[] outcomes = {PerfectTargeting.of(UNIFORM), CohortTargeting.of(UNIFORM, 3)};
        for (PlatformOutcome o : outcomes) {
            rejects("theta", () -> o.offQuality(1 + beyond));
            rejects("theta", () -> o.onQuality(-beyond));
            rejects("theta", () -> o.offRent(Double.NaN));
            rejects("theta", () -> o.onPrice(1 + beyond));
        }
        rejects("theta", () -> PerfectTargeting.of(UNIFORM).offUnitPrice(0.2));
        rejects("quality", () -> PerfectTargeting.of(UNIFORM).offTariff(1 + beyond));
        rejects("quality", () -> PerfectTargeting.of(UNIFORM).onTariff(-beyond));
        rejects("quality", () -> PerfectTargeting.of(UNIFORM).offTariff(0));
    }

    @Property(tries = 30)
    void badGridsAndCohortsAreRefused(@ForAll @IntRange(min = -100, max = 1) int coarse, @ForAll @IntRange(min = 3, max = 50) int n) {
        rejects("typeCount", () -> ShowroomingLp.perfect(UNIFORM, coarse, 11));
        rejects("qualityLevels", () -> ShowroomingLp.perfect(UNIFORM, n, coarse));
        rejects("typeCount", () -> ShowroomingLp.perfect(UNIFORM, ShowroomingLp.MAX_TYPES + n, 11));
        rejects("cohorts", () -> ShowroomingLp.of(UNIFORM, n, coarse - 1, 11));
        rejects("cohorts", () -> ShowroomingLp.of(UNIFORM, n, n + 1, 11));
        rejects("cohorts", () -> ShowroomingLp.of(UNIFORM, n * 2 + 1, 2, 11));
        rejects("variables", () -> ShowroomingLp.perfect(UNIFORM, 400, 10_000));
        rejects("market", () -> ShowroomingLp.perfect(null, n, 11));
        rejects("options", () -> ShowroomingLp.perfect(UNIFORM, n, 11).solve(null));
        rejects("cohorts", () -> CohortTargeting.of(UNIFORM, coarse - 1));
        rejects("cohorts", () -> CohortTargeting.of(UNIFORM, CohortTargeting.MAX_COHORTS + n));
        rejects("market.types()", () -> CohortTargeting.of(PlatformMarket.of(LinearHazardTypes.of(0, 1, 2), 0.3, 1), n));
    }

    @Property(tries = 10)
    void badMenusAndWelfareAreRefused(@ForAll("notFinite") double x) {
        rejects("consumer", () -> new PlatformWelfare(x, 0, 0));
        rejects("grossProfit", () -> PlatformWelfare.split(0, x, 0));
        rejects("types", () -> new GridMenus(new double[] {1, 1}, new double[] {0.5, 0.5}, new double[2], new double[2],
                new double[2], new double[2], 0.2, 1));
        rejects("masses", () -> new GridMenus(new double[] {1, 2}, new double[] {0.5, 0.6}, new double[2], new double[2],
                new double[2], new double[2], 0.2, 1));
        rejects("qualities", () -> new GridMenus(new double[] {1, 2}, new double[] {0.5, 0.5}, new double[] {-1, 0},
                new double[2], new double[2], new double[2], 0.2, 1));
        rejects("length", () -> new GridMenus(new double[] {1, 2}, new double[] {0.5, 0.5}, new double[3], new double[2],
                new double[2], new double[2], 0.2, 1));
        rejects("offPrices", () -> new GridMenus(new double[] {1, 2}, new double[] {0.5, 0.5}, new double[2],
                new double[] {x, 0}, new double[2], new double[2], 0.2, 1));
        rejects("baselineProfit", () -> new GridMenus(new double[] {1}, new double[] {1}, new double[1], new double[1],
                new double[1], new double[1], 0.2, 1).welfare(x));
    }
}
