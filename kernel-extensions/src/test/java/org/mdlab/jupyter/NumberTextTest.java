package org.mdlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void integersAreShownWithoutAFractionalPart() {
        assertEquals("3", NumberText.format(3.0));
        assertEquals("-42", NumberText.format(-42.0));
        assertEquals("0", NumberText.format(-0.0));
        assertEquals("1234567", NumberText.format(1234567.0));
    }

    @Test
    void otherNumbersAreRoundedToSixSignificantDigits() {
        assertEquals("0.333333", NumberText.format(1.0 / 3.0));
        assertEquals("1.33333", NumberText.format(4.0 / 3.0));
        assertEquals("-2.71828", NumberText.format(-Math.E));
        assertEquals("0.1", NumberText.format(0.1));
        assertEquals("0.000123457", NumberText.format(0.000123456789));
    }

    @Test
    void verySmallOrLargeNumbersUseScientificNotation() {
        assertEquals("1e-9", NumberText.format(1e-9));
        assertEquals("1.23457e-7", NumberText.format(1.23456789e-7));
        assertEquals("1.5e20", NumberText.format(1.5e20));
    }

    @Test
    void nonFiniteValuesAreNamed() {
        assertEquals("NaN", NumberText.format(Double.NaN));
        assertEquals("Infinity", NumberText.format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", NumberText.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void valuesThatDifferGetEnoughDigitsToTellThemApart() {
        // 4/3 = 1.3333333333333333 and 1.3333333 agree to 8 significant digits and differ at the 9th
        assertEquals(9, NumberText.digitsToTellApart(4.0 / 3.0, 1.3333333));
        assertEquals(NumberText.DISPLAY_DIGITS, NumberText.digitsToTellApart(0.5, 0.5));
        assertEquals(NumberText.DISPLAY_DIGITS, NumberText.digitsToTellApart(1.0, 2.0));
    }
}
