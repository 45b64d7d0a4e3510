package org.mdlab.information;

/**
 * The power of two by which a linear program's value coefficients are divided before the solve, so that
 * the solver's absolute tolerances see numbers of order one whatever the units of value; dividing by a
 * power of two is exact, so results are scale-equivariant.
 */
final class LpScale {

    private LpScale() {
    }

    /** The power of two {@code 2^e} with {@code 2^e <= largest < 2^{e+1}}; 1 when {@code largest} is 0 or subnormal. */
    static double of(double largest) {
        return largest >= Double.MIN_NORMAL && Double.isFinite(largest) ? Math.scalb(1.0, Math.getExponent(largest)) : 1;
    }
}
