package org.mdlab.segmentation;

import org.mdlab.market.Market;

/**
 * The set of (consumer surplus, producer surplus) pairs achievable by segmenting a market: the
 * triangle with vertices {@code (0, pi*)}, {@code (0, w*)} and {@code (w* - pi*, pi*)} (Bergemann,
 * Brooks and Morris 2015, AER 105(3), Theorem 1 and Figure 1).
 *
 * @param monopolyProfit   the uniform monopoly profit {@code pi*}; finite, {@code >= 0}
 * @param efficientSurplus the efficient surplus {@code w*}; finite, {@code >= pi*}
 */
public record WelfareTriangle(double monopolyProfit, double efficientSurplus) {

    /** Default tolerance of {@link #contains(double, double)}, in units of surplus. */
    public static final double TOLERANCE = 1e-9;

    /**
     * Validates the components.
     *
     * @param monopolyProfit   {@code pi*}; finite, {@code >= 0}
     * @param efficientSurplus {@code w*}; finite, {@code >= pi*}
     * @throws IllegalArgumentException if a component breaks its rule
     */
    public WelfareTriangle {
        if (!Double.isFinite(monopolyProfit) || monopolyProfit < 0) {
            throw new IllegalArgumentException("monopolyProfit must be finite and >= 0 (got " + monopolyProfit + ")");
        }
        if (!Double.isFinite(efficientSurplus) || efficientSurplus < monopolyProfit - TOLERANCE) {
            throw new IllegalArgumentException("efficientSurplus must be finite and >= monopolyProfit = "
                    + monopolyProfit + " (got " + efficientSurplus + ")");
        }
    }

    /**
     * The welfare triangle of a market.
     *
     * @param market the aggregate market
     * @return the triangle with {@code pi* = market.monopolyProfit()}, {@code w* = market.efficientSurplus()}
     */
    public static WelfareTriangle of(Market market) {
        return new WelfareTriangle(market.monopolyProfit(), Math.max(market.efficientSurplus(), market.monopolyProfit()));
    }

    /**
     * The vertex {@code (0, pi*)}: no consumer surplus, the seller earns only {@code pi*}.
     *
     * @return {@code {0, pi*}}
     */
    public double[] minimumSurplusVertex() {
        return new double[] {0, monopolyProfit};
    }

    /**
     * The vertex {@code (0, w*)}: perfect price discrimination.
     *
     * @return {@code {0, w*}}
     */
    public double[] producerOptimalVertex() {
        return new double[] {0, efficientSurplus};
    }

    /**
     * The vertex {@code (w* - pi*, pi*)}: efficient trade, the seller earns {@code pi*}, consumers the rest.
     *
     * @return {@code {w* - pi*, pi*}}
     */
    public double[] consumerOptimalVertex() {
        return new double[] {efficientSurplus - monopolyProfit, monopolyProfit};
    }

    /**
     * The barycentric coordinates of {@code (cs, ps)} with respect to the vertices (minimum-surplus,
     * producer-optimal, consumer-optimal). With {@code g = w* - pi*}: {@code lambdaConsumer = cs / g},
     * {@code lambdaProducer = (ps - pi*) / g}, {@code lambdaMinimum = 1 - lambdaConsumer - lambdaProducer}.
     * For a degenerate triangle ({@code g = 0}, one point) the weights are {@code (1, 0, 0)}.
     *
     * @param cs consumer surplus; finite
     * @param ps producer surplus; finite
     * @return {@code {lambdaMinimum, lambdaProducer, lambdaConsumer}}
     * @throws IllegalArgumentException if {@code cs} or {@code ps} is not finite
     */
    public double[] barycentric(double cs, double ps) {
        if (!Double.isFinite(cs) || !Double.isFinite(ps)) {
            throw new IllegalArgumentException("cs and ps must be finite (got cs " + cs + ", ps " + ps + ")");
        }
        double g = efficientSurplus - monopolyProfit;
        if (g <= TOLERANCE) {
            return new double[] {1, 0, 0};
        }
        double consumer = cs / g;
        double producer = (ps - monopolyProfit) / g;
        return new double[] {1 - consumer - producer, producer, consumer};
    }

    /**
     * Whether {@code (cs, ps)} lies in the triangle within {@link #TOLERANCE}: {@code cs >= 0},
     * {@code ps >= pi*} and {@code cs + ps <= w*}.
     *
     * @param cs consumer surplus; finite
     * @param ps producer surplus; finite
     * @return whether the pair is achievable by some segmentation
     * @throws IllegalArgumentException if {@code cs} or {@code ps} is not finite
     */
    public boolean contains(double cs, double ps) {
        if (!Double.isFinite(cs) || !Double.isFinite(ps)) {
            throw new IllegalArgumentException("cs and ps must be finite (got cs " + cs + ", ps " + ps + ")");
        }
        return cs >= -TOLERANCE && ps >= monopolyProfit - TOLERANCE && cs + ps <= efficientSurplus + TOLERANCE;
    }
}
