package org.mdlab.market;

/**
 * The unit in which the library's solvers measure money, so that results are scale-equivariant: a
 * linear program whose payoffs are all multiplied by {@code s} (values in euros or in micro-euros) is
 * solved in units where its largest payoff is of order 1, because the solver's feasibility and
 * optimality tolerances are absolute. The unit is a power of two, so that dividing by it is exact, and
 * it is 1 for magnitudes in {@code [2^-10, 2^10]}, so that problems posed in natural units are solved
 * exactly as posed.
 */
public final class Scale {

    private static final int COMFORT_EXPONENT = 10;

    private Scale() {
    }

    /**
     * The money unit for a problem whose largest absolute payoff is {@code magnitude}.
     *
     * @param magnitude the largest absolute payoff; finite, {@code >= 0}
     * @return 1 if {@code magnitude} is 0 or within {@code [2^-10, 2^10]}, else {@code 2^e} with {@code e} the
     *         binary exponent of {@code magnitude}
     * @throws IllegalArgumentException if {@code magnitude} is negative or not finite
     */
    public static double unit(double magnitude) {
        Arguments.nonNegative("magnitude", magnitude);
        if (magnitude == 0) {
            return 1;
        }
        int exponent = Math.getExponent(magnitude);
        return Math.abs(exponent) <= COMFORT_EXPONENT ? 1 : Math.scalb(1.0, exponent);
    }
}
