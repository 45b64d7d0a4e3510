package org.mdlab.bargaining;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * The equilibrium of the {@code T}-period seller-offer game with values uniform on {@code [0, v̄]} (Sobel and
 * Takahashi 1983; computed by {@link CoasianBargaining#backwardInduction}), indexed by the periods left
 * {@code n = 1..T}: at belief {@code [0, k]} the price is {@code γₙ k}, the next cutoff {@code rₙ k} and the seller's
 * revenue {@code wₙ k²/v̄}.
 *
 * @param topValue            {@code v̄}; positive and finite
 * @param priceCoefficients   {@code γₙ}, {@code n = 1..T} (copied); in (0, 1]
 * @param cutoffRatios        {@code rₙ} (copied); in (0, 1]
 * @param revenueCoefficients {@code wₙ} (copied); finite and {@code >= 0}
 */
public record HorizonPricing(double topValue, double[] priceCoefficients, double[] cutoffRatios,
                             double[] revenueCoefficients) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an array is null or empty, the lengths differ or an entry breaks its rule
     */
    public HorizonPricing {
        Arguments.positive("topValue", topValue);
        priceCoefficients = Arguments.finiteArray("priceCoefficients", priceCoefficients);
        cutoffRatios = Arguments.finiteArray("cutoffRatios", cutoffRatios);
        revenueCoefficients = Arguments.finiteArray("revenueCoefficients", revenueCoefficients);
        if (cutoffRatios.length != priceCoefficients.length || revenueCoefficients.length != priceCoefficients.length) {
            throw new IllegalArgumentException("cutoffRatios and revenueCoefficients must have "
                    + priceCoefficients.length + " entries (got " + cutoffRatios.length + " and "
                    + revenueCoefficients.length + ")");
        }
        for (int n = 0; n < priceCoefficients.length; n++) {
            if (!(priceCoefficients[n] > 0 && priceCoefficients[n] <= 1)) {
                throw new IllegalArgumentException("priceCoefficients[" + n + "] must lie in (0, 1] (got " + priceCoefficients[n] + ")");
            }
            if (!(cutoffRatios[n] > 0 && cutoffRatios[n] <= 1)) {
                throw new IllegalArgumentException("cutoffRatios[" + n + "] must lie in (0, 1] (got " + cutoffRatios[n] + ")");
            }
            Arguments.nonNegative("revenueCoefficients[" + n + "]", revenueCoefficients[n]);
        }
    }

    /**
     * The horizon.
     *
     * @return {@code T}
     */
    public int horizon() {
        return priceCoefficients.length;
    }

    /**
     * The opening price of the {@code T}-period game.
     *
     * @return {@code γ_T v̄}
     */
    public double openingPrice() {
        return priceCoefficients[horizon() - 1] * topValue;
    }

    /**
     * The seller's expected revenue of the {@code T}-period game.
     *
     * @return {@code w_T v̄}
     */
    public double revenue() {
        return revenueCoefficients[horizon() - 1] * topValue;
    }

    /**
     * The equilibrium price path of the {@code T}-period game: {@code p_t = γ_{T−t} k_t} with {@code k_0 = v̄},
     * {@code k_{t+1} = r_{T−t} k_t}.
     *
     * @return the {@code T} prices
     */
    public double[] pricePath() {
        double[] prices = new double[horizon()];
        double cutoff = topValue;
        for (int t = 0; t < prices.length; t++) {
            int n = horizon() - 1 - t;
            prices[t] = priceCoefficients[n] * cutoff;
            cutoff *= cutoffRatios[n];
        }
        return prices;
    }

    @Override
    public double[] priceCoefficients() {
        return priceCoefficients.clone();
    }

    @Override
    public double[] cutoffRatios() {
        return cutoffRatios.clone();
    }

    @Override
    public double[] revenueCoefficients() {
        return revenueCoefficients.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HorizonPricing h && Double.compare(topValue, h.topValue) == 0
                && Arrays.equals(priceCoefficients, h.priceCoefficients) && Arrays.equals(cutoffRatios, h.cutoffRatios)
                && Arrays.equals(revenueCoefficients, h.revenueCoefficients);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(priceCoefficients) + Double.hashCode(topValue);
    }

    @Override
    public String toString() {
        return "HorizonPricing[T=" + horizon() + ", opening price=" + openingPrice() + "]";
    }
}
