package org.mdlab.information;

import static org.mdlab.market.Attacks.rejects;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.mdlab.optimisation.SolverOptions;

class ParetoCentreAttackTest {

    private static final ParetoCentreDisclosure FAMILY = ParetoCentreDisclosure.of(q -> q, 2, 100);

    @Property(tries = 20)
    void fewerThanTwoBiddersIsRejected(@ForAll @IntRange(min = -1000, max = 1) int bidders) {
        rejects("bidders", () -> ParetoCentreDisclosure.of(q -> q, bidders, 100));
        rejects("bidders", () -> new ParetoCentrePolicy(0, 0.5, 0, 0.2, bidders, 0.1, 0.1));
    }

    @Property(tries = 20)
    void badResolutionIsRejected(@ForAll @IntRange(min = -1000, max = 7) int resolution) {
        rejects("resolution", () -> ParetoCentreDisclosure.of(q -> q, 2, resolution));
        rejects("resolution", () -> ParetoCentreDisclosure.of(q -> q, 2, ParetoCentreDisclosure.MAX_RESOLUTION + 8 - resolution));
    }

    @Property(tries = 20)
    void aToleranceFinerThanTheGridIsRejected(@ForAll @DoubleRange(min = 1e-9, max = 0.0099) @Scale(12) double tolerance) {
        rejects("too coarse", () -> FAMILY.solve(tolerance, SolverOptions.defaults()));
    }

    @Property(tries = 20)
    void aToleranceOutsideTheUnitIntervalIsRejected(@ForAll @DoubleRange(min = 1, max = 1e9) double tolerance) {
        rejects("tolerance", () -> FAMILY.solve(tolerance, SolverOptions.defaults()));
        rejects("tolerance", () -> FAMILY.solve(-tolerance, SolverOptions.defaults()));
        rejects("tolerance", () -> FAMILY.solve(Double.NaN, SolverOptions.defaults()));
    }

    @Property(tries = 20)
    void aBadQuantileFunctionIsRejected(@ForAll @DoubleRange(min = 0.01, max = 100) double slope) {
        rejects("non-decreasing", () -> ParetoCentreDisclosure.of(q -> slope * (1 - q), 2, 50));
        rejects(">= 0", () -> ParetoCentreDisclosure.of(q -> slope * (q - 0.5), 2, 50));
        rejects("finite", () -> ParetoCentreDisclosure.of(q -> q > 0.5 ? Double.NaN : slope * q, 2, 50));
        rejects("finite", () -> ParetoCentreDisclosure.of(q -> slope / (1 - q), 2, 50));
        rejects("inverseCdf", () -> ParetoCentreDisclosure.of(null, 2, 50));
    }

    @Property(tries = 20)
    void aQuantileOutsideTheUnitIntervalOrAForeignPolicyIsRejected(@ForAll @DoubleRange(min = 1.0001, max = 1e9) @Scale(6) double q) {
        ParetoCentrePolicy p = FAMILY.solve(0.01, SolverOptions.defaults()).value();
        rejects("q", () -> FAMILY.quantile(p, q));
        rejects("q", () -> FAMILY.quantile(p, -q));
        rejects("policy", () -> FAMILY.quantile(null, 0.5));
        rejects("policy.bidders()", () -> ParetoCentreDisclosure.of(x -> x, 3, 100).quantile(p, 0.5));
        rejects("q", () -> p.centreQuantile(Math.min(q, 2)));
        rejects("options", () -> FAMILY.solve(0.01, null));
    }

    @Property(tries = 20)
    void anIncoherentPolicyIsRejected(@ForAll @DoubleRange(min = 0, max = 1) double a) {
        rejects("upperQuantile", () -> new ParetoCentrePolicy(a, a, 0, 0.1, 2, 0.1, 0.1));
        rejects("scale", () -> new ParetoCentrePolicy(0, 1, 0, -a - 1e-3, 2, 0.1, 0.1));
        rejects("lowerQuantile", () -> new ParetoCentrePolicy(-a - 1e-3, 1, 0, 0.1, 2, 0.1, 0.1));
        rejects("virtualValue", () -> new ParetoCentrePolicy(0, 1, Double.NaN, 0.1, 2, 0.1, 0.1));
        rejects("bidderSurplus", () -> new ParetoCentrePolicy(0, 1, 0, 0.1, 2, Double.POSITIVE_INFINITY, 0.1));
    }
}
