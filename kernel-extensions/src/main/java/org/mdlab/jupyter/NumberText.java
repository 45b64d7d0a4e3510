package org.mdlab.jupyter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Formats doubles for display: integers without ".0", others to a number of significant digits. */
final class NumberText {

    static final int DISPLAY_DIGITS = 6;

    private static final double PLAIN_MIN = 1e-4;
    private static final double PLAIN_MAX = 1e15;

    private NumberText() {
    }

    static String format(double value) {
        return format(value, DISPLAY_DIGITS);
    }

    static String format(double value, int significantDigits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        double magnitude = Math.abs(value);
        if (value == Math.rint(value) && magnitude < PLAIN_MAX) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value)
                .round(new MathContext(significantDigits, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        if (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX) {
            return rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }

    static int digitsToTellApart(double a, double b) {
        int digits = DISPLAY_DIGITS;
        while (digits < 17 && a != b && format(a, digits).equals(format(b, digits))) {
            digits++;
        }
        return digits;
    }
}
