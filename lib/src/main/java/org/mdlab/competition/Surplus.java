package org.mdlab.competition;

import org.mdlab.market.Arguments;

/**
 * Expected consumer, producer and total surplus of one outcome of the price-competition game (Bergemann,
 * Brooks and Morris, "Information and Price Competition").
 *
 * @param consumer consumer surplus; finite
 * @param producer producer surplus; finite
 * @param total    total surplus; finite and equal to {@code consumer + producer} up to {@code 1e-9} relative
 */
public record Surplus(double consumer, double producer, double total) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a value is not finite or the parts do not add up to the total
     */
    public Surplus {
        Arguments.finite("consumer", consumer);
        Arguments.finite("producer", producer);
        Arguments.finite("total", total);
        double scale = Math.max(1, Math.abs(consumer) + Math.abs(producer));
        if (Math.abs(consumer + producer - total) > 1e-9 * scale) {
            throw new IllegalArgumentException("total must equal consumer + producer (got " + total + " for "
                    + consumer + " + " + producer + ")");
        }
    }

    /**
     * Surplus from its consumer and producer parts.
     *
     * @param consumer consumer surplus
     * @param producer producer surplus
     * @return the surplus, with total {@code consumer + producer}
     */
    public static Surplus of(double consumer, double producer) {
        return new Surplus(consumer, producer, consumer + producer);
    }

    /**
     * @param welfare which part
     * @return that part
     */
    public double get(Welfare welfare) {
        return switch (welfare) {
            case CONSUMER -> consumer;
            case PRODUCER -> producer;
            case TOTAL -> total;
        };
    }
}
