package org.mdlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void derivedFactoryRecordsTheFormula() {
        Check check = Check.derived("price", "p* = argmax p(1 - F(p))", 0.5, 0.5, 0.0);
        assertEquals(Source.derived("p* = argmax p(1 - F(p))"), check.source());
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
                () -> Check.derived("revenue", "R = 4/3", 1.0, 1.0, tolerance));
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

    @Test
    void aHoldsCheckPassesExactlyWhenThePropertyHolds() {
        Check holds = Check.holds("IC holds", Source.paper("Theorem 1"), true);
        Check fails = Check.holds("IC holds", Source.paper("Theorem 1"), false);
        assertTrue(holds.passed());
        assertFalse(fails.passed());
        assertEquals(1.0, holds.expected());
        assertEquals(0.0, fails.reproduced());
        assertEquals(0.0, fails.tolerance());
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
