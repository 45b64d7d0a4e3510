package org.mdlab.cloud;

/**
 * A strictly concave usage value {@code u(q)}, scaled by the buyer's demand intensity {@code s = θ ε} in the
 * multiplicative-shock model of cloud demand ({@link MultiplicativeDemand}; Bergemann and Wang 2025, arXiv
 * 2502.08022, Section 2 with a multiplicative shock, a derived variant). At unit price {@code p} a buyer of
 * intensity {@code s} uses {@code q(s, p)} solving {@code s u'(q) = p}, which depends on {@code s/p} only;
 * this is what lets one unit price per signal implement the relaxed optimum.
 */
public enum ConcaveUsageValue {

    /** {@code u(q) = q - q²/2} on {@code [0, 1]}: {@code q(s, p) = (1 - p/s)⁺}, {@code W(s, p) = ((s - p)⁺)²/(2s)}. */
    QUADRATIC {
        @Override
        public double value(double usage) {
            return usage - usage * usage / 2;
        }

        @Override
        public double demand(double intensity, double price) {
            if (price <= 0) {
                return 1;
            }
            return intensity <= price ? 0 : 1 - price / intensity;
        }

        @Override
        public double satiation() {
            return 1;
        }
    },

    /** {@code u(q) = ln(1 + q)} on {@code [0, ∞)}: {@code q(s, p) = (s/p - 1)⁺}, {@code W(s, p) = s ln(s/p) - s + p} for {@code s ≥ p}. */
    LOGARITHMIC {
        @Override
        public double value(double usage) {
            return Math.log1p(usage);
        }

        @Override
        public double demand(double intensity, double price) {
            if (price <= 0) {
                return Double.POSITIVE_INFINITY;
            }
            return intensity <= price ? 0 : intensity / price - 1;
        }

        @Override
        public double satiation() {
            return Double.POSITIVE_INFINITY;
        }
    };

    /**
     * The usage value.
     *
     * @param usage the usage {@code q ≥ 0}
     * @return {@code u(q)}
     */
    public abstract double value(double usage);

    /**
     * The usage that maximises {@code s u(q) - p q}.
     *
     * @param intensity the demand intensity {@code s = θ ε > 0}
     * @param price     the unit price {@code p ≥ 0}
     * @return {@code q(s, p)}; at {@code p = 0}, the satiation usage
     */
    public abstract double demand(double intensity, double price);

    /**
     * The usage at which the marginal value {@code u'} reaches zero.
     *
     * @return {@code argmax u}, possibly infinite
     */
    public abstract double satiation();

    /**
     * The buyer's surplus at a linear price (the indirect utility): convex in {@code s} with derivative
     * {@code u(q(s, p))} by the envelope theorem.
     *
     * @param intensity the demand intensity {@code s > 0}
     * @param price     the unit price {@code p > 0}
     * @return {@code W(s, p) = max_q s u(q) - p q}
     */
    public double surplus(double intensity, double price) {
        double q = demand(intensity, price);
        return intensity * value(q) - price * q;
    }
}
