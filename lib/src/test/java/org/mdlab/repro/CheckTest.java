package org.mdlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckTest {

    @Test
    void paperFactoryRecordsThePaperSource() {
        Check check = Check.paper("revenue", "Table 2", 4.0 / 3.0, 1.3333333333, 1e-9);
        assertEquals(Source.paper("Table 2"), check.source());
        assertEquals(4.0 / 3.0, check.expected());
        assertEquals(1.3333333333, check.reproduced());
        assertEquals(1e-9, check.tolerance());
    }

    @Test
    void closedFormFactoryRecordsTheFormula() {
        Check check = Check.closedForm("price", "p* = argmax p(1 - F(p))", 0.5, 0.5, 0.0);
        assertEquals(Source.closedForm("p* = argmax p(1 - F(p))"), check.source());
        assertEquals(new Evidence.Single(), check.evidence());
    }

    @Test
    void aPropertyCountsTheInstancesWithinToleranceAndReportsTheLargestViolation() {
        // violations 0, 1e-12, 3e-9 against tolerance 1e-9: two of three hold, the largest is 3e-9
        Check check = Check.property("IC", "Theorem 1", 1e-9, new double[] {0, 1e-12, 3e-9});
        assertEquals(new Evidence.Sample(3, 2), check.evidence());
        assertEquals(0.0, check.expected());
        assertEquals(3e-9, check.reproduced());
        assertFalse(check.passed());
        assertTrue(Check.property("IC", "Theorem 1", 1e-9, new double[] {0, 1e-12}).passed());
    }

    @Test
    void aNaNViolationFailsThePropertyAndANegativeOneIsRejected() {
        Check check = Check.property("IC", "Theorem 1", 1.0, new double[] {0, Double.NaN});
        assertEquals(new Evidence.Sample(2, 1), check.evidence());
        assertFalse(check.passed());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Check.property("IC", "Theorem 1", 1.0, new double[] {0, -0.5}));
        assertTrue(e.getMessage().startsWith("violations must be >= 0"), e.getMessage());
        assertTrue(e.getMessage().contains("-0.5 at index 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Check.property("IC", "Theorem 1", 1.0, new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Check.property("IC", "Theorem 1", 1.0, null));
    }

    @Test
    void convergenceFitsTheRateOfAnExactPowerLaw() {
        // errors 3 n^-2 at n = 10, 20, 40, 80: log error = log 3 - 2 log n exactly, so the fitted rate is 2
        double[] sizes = {10, 20, 40, 80};
        double[] errors = new double[4];
        for (int i = 0; i < 4; i++) {
            errors[i] = 3 / (sizes[i] * sizes[i]);
        }
        Check check = Check.convergence("grid error", "trapezoid rule, O(n^-2)", 2.0, 0.05, sizes, errors);
        assertEquals(2.0, check.reproduced(), 1e-12);
        assertTrue(check.passed());
        assertEquals(Source.convergence("trapezoid rule, O(n^-2)"), check.source());
        assertEquals(List.of(10.0, 20.0, 40.0, 80.0), ((Evidence.Refinement) check.evidence()).sizes());
    }

    @Test
    void convergenceFitsTheLeastSquaresSlope() {
        // log-errors 0, -1, -3 at log-sizes 0, 1, 2 (sizes 1, e, e^2): slope (0·0 + 1·(-1) + 2·(-3) - 3·1·(-4/3)) / 2 = -3/2
        double e = Math.E;
        Check check = Check.convergence("x", "t", 1.5, 1e-12, new double[] {1, e, e * e},
                new double[] {1, 1 / e, 1 / (e * e * e)});
        assertEquals(1.5, check.reproduced(), 1e-12);
    }

    @Test
    void convergenceRejectsZeroErrorsAndUnorderedSizesAndFailsOnANonFiniteError() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> Check.convergence("x", "t", 1, 0.1, new double[] {1, 2}, new double[] {1, 0}));
        assertTrue(zero.getMessage().startsWith("errors must be > 0"), zero.getMessage());
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> Check.convergence("x", "t", 1, 0.1, new double[] {2, 2}, new double[] {1, 0.5}));
        assertTrue(order.getMessage().contains("strictly increasing"), order.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Check.convergence("x", "t", 1, 0.1, new double[] {1}, new double[] {1}));
        Check failed = Check.convergence("x", "t", 1, 0.1, new double[] {1, 2}, new double[] {1, Double.NaN});
        assertTrue(Double.isNaN(failed.reproduced()));
        assertFalse(failed.passed());
    }

    @Test
    void aSimulationPassesWithinTheStatedNumberOfStandardErrors() {
        // tolerance = 3.2905... × 0.01; a mean 0.0329 away passes, 0.0330 away fails
        Check inside = Check.simulation("profit", Source.closedForm("1/12"), 1.0, 1.0329, 0.01, 10_000);
        Check outside = Check.simulation("profit", Source.closedForm("1/12"), 1.0, 1.0330, 0.01, 10_000);
        assertEquals(Check.SIMULATION_Z * 0.01, inside.tolerance(), 0.0);
        assertTrue(inside.passed());
        assertFalse(outside.passed());
        assertEquals(new Evidence.Simulation(10_000, 0.01), inside.evidence());
        assertThrows(IllegalArgumentException.class,
                () -> Check.simulation("p", Source.closedForm("1"), 1, 1, -0.1, 10));
        assertThrows(IllegalArgumentException.class,
                () -> Check.simulation("p", Source.closedForm("1"), 1, 1, 0.1, 1));
    }

    @Test
    void theSimulationQuantileIsTheTwoSided999PercentNormalQuantile() {
        // R: qnorm(0.9995) = 3.290527; here 1 - Φ(z) is computed independently by Laplace's continued fraction
        assertEquals(0.0005, upperTail(Check.SIMULATION_Z), 1e-12);
    }

    private static double upperTail(double z) {
        // Mills-ratio continued fraction: 1 - Φ(z) = φ(z) / (z + 1/(z + 2/(z + 3/(z + ...))))
        double tail = z;
        for (int k = 200; k >= 1; k--) {
            tail = z + k / tail;
        }
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) / tail;
    }

    @Test
    void deviationIsTheAbsoluteDifference() {
        // |0.25 - 1.0| = 0.75, exact in binary floating point
        assertEquals(0.75, Check.paper("x", "Eq. 1", 1.0, 0.25, 1.0).deviation(), 0.0);
        assertEquals(0.75, Check.paper("x", "Eq. 1", 0.25, 1.0, 1.0).deviation(), 0.0);
    }

    @Test
    void aDeviationEqualToTheToleranceStillPasses() {
        // |1.5 - 1.0| = 0.5 exactly, and the rule is deviation <= tolerance
        assertTrue(Check.paper("x", "Eq. 1", 1.0, 1.5, 0.5).passed());
        assertFalse(Check.paper("x", "Eq. 1", 1.0, 1.5, 0.4375).passed());
    }

    @Test
    void zeroToleranceNeedsAnExactMatch() {
        assertTrue(Check.paper("x", "Eq. 1", 2.0, 2.0, 0.0).passed());
        assertFalse(Check.paper("x", "Eq. 1", 2.0, Math.nextUp(2.0), 0.0).passed());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aNonFiniteReproducedValueIsAFailedCheckNotAnException(double reproduced) {
        Check check = Check.paper("x", "Eq. 1", 1.0, reproduced, 1e6);
        assertFalse(check.passed());
        assertFalse(check.deviation() <= check.tolerance());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aNonFiniteExpectedValueIsRejectedNamingTheArgumentAndValue(double expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Check.paper("revenue", "Table 2", expected, 1.0, 0.1));
        assertEquals("expected must be finite (got " + expected + ", claim \"revenue\")", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1e-12, Double.NaN, Double.POSITIVE_INFINITY})
    void aNegativeOrNonFiniteToleranceIsRejectedNamingTheArgumentAndValue(double tolerance) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Check.closedForm("revenue", "R = 4/3", 1.0, 1.0, tolerance));
        assertEquals("tolerance must be finite and >= 0 (got " + tolerance + ", claim \"revenue\")", e.getMessage());
    }

    @Test
    void aBlankClaimIsRejectedNamingTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Check.paper("  ", "Table 2", 1.0, 1.0, 0.0));
        assertEquals("claim must be non-blank (got \"  \")", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Check.paper(null, "Table 2", 1.0, 1.0, 0.0));
    }

    @Test
    void aBlankWhereIsRejectedNamingTheSourceDetail() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Check.paper("revenue", "", 1.0, 1.0, 0.0));
        assertEquals("detail must be non-blank (got \"\")", e.getMessage());
    }

    @Test
    void aMissingSourceIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Check("revenue", null, 1.0, 1.0, 0.0));
        assertEquals("source must not be null (claim \"revenue\")", e.getMessage());
    }

    @Property
    void aValueWithinHalfTheToleranceAlwaysPasses(
            @ForAll @Scale(9) @DoubleRange(min = -1e3, max = 1e3) double expected,
            @ForAll @Scale(9) @DoubleRange(min = 1e-6, max = 1e2) double tolerance,
            @ForAll boolean above) {
        double reproduced = above ? expected + tolerance / 2 : expected - tolerance / 2;
        assertTrue(Check.paper("x", "Eq. 1", expected, reproduced, tolerance).passed());
    }

    @Property
    void aValueBeyondTwiceTheToleranceNeverPasses(
            @ForAll @Scale(9) @DoubleRange(min = -1e3, max = 1e3) double expected,
            @ForAll @Scale(9) @DoubleRange(min = 0, max = 1e2) double tolerance,
            @ForAll @Scale(9) @DoubleRange(min = 1e-6, max = 1e3) double epsilon,
            @ForAll boolean above) {
        double gap = 2 * tolerance + epsilon;
        double reproduced = above ? expected + gap : expected - gap;
        assertFalse(Check.paper("x", "Eq. 1", expected, reproduced, tolerance).passed());
    }
}
