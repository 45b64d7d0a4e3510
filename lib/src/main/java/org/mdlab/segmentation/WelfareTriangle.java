package org.mdlab.segmentation;

import org.mdlab.market.Arguments;
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

    /**
     * The relative tolerance of {@link #contains(double, double)}: a pair may miss the triangle by
     * {@code TOLERANCE · w*}, so membership does not change when every value is multiplied by a constant.
     */
    public static final double TOLERANCE = 1e-9;

    /**
     * Validates the components.
     *
     * @param monopolyProfit   {@code pi*}; finite, {@code >= 0}
     * @param efficientSurplus {@code w*}; finite, {@code >= pi*}
     * @throws IllegalArgumentException if a component breaks its rule
     */
    public WelfareTriangle {
        Arguments.nonNegative("monopolyProfit", monopolyProfit);
        if (!Double.isFinite(efficientSurplus) || efficientSurplus < monopolyProfit * (1 - TOLERANCE)) {
            throw new IllegalArgumentException("efficientSurplus must be finite and >= monopolyProfit = "
                    + monopolyProfit + " (got " + efficientSurplus + ")");
        }
    }

    /**
     * The welfare triangle of a market.
     *
     * @param market the aggregate market; not null
     * @return the triangle with {@code pi* = market.monopolyProfit()}, {@code w* = market.efficientSurplus()}
     */
    public static WelfareTriangle of(Market market) {
        Arguments.notNull("market", market);
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
        Arguments.finite("cs", cs);
        Arguments.finite("ps", ps);
        double g = efficientSurplus - monopolyProfit;
        if (g <= TOLERANCE * efficientSurplus) {
            return new double[] {1, 0, 0};
        }
        double consumer = cs / g;
        double producer = (ps - monopolyProfit) / g;
        return new double[] {1 - consumer - producer, producer, consumer};
    }

    /**
     * Whether {@code (cs, ps)} lies in the triangle within {@code ε = TOLERANCE · w*} (relative, so
     * scale-free): {@code cs >= -ε}, {@code ps >= pi* - ε} and {@code cs + ps <= w* + ε}.
     *
     * @param cs consumer surplus; finite
     * @param ps producer surplus; finite
     * @return whether the pair is achievable by some segmentation
     * @throws IllegalArgumentException if {@code cs} or {@code ps} is not finite
     */
    public boolean contains(double cs, double ps) {
        Arguments.finite("cs", cs);
        Arguments.finite("ps", ps);
        double slack = TOLERANCE * efficientSurplus;
        return cs >= -slack && ps >= monopolyProfit - slack && cs + ps <= efficientSurplus + slack;
    }

    /**
     * Refuses a target outside the triangle, naming the vertices and the target.
     *
     * @throws IllegalArgumentException unless {@link #contains(double, double)}
     */
    void requireContains(double cs, double ps) {
        if (!contains(cs, ps)) {
            throw new IllegalArgumentException("(cs, ps) must lie in the welfare triangle with vertices (0, "
                    + monopolyProfit + "), (0, " + efficientSurplus + "), (" + (efficientSurplus - monopolyProfit)
                    + ", " + monopolyProfit + ") within relative tolerance " + TOLERANCE + " (got (" + cs + ", " + ps + "))");
        }
    }
}
