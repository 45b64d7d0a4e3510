package org.mdlab.platform;

import org.mdlab.market.Arguments;

/**
 * Who gets the surplus of the reconstructed platform market (Bergemann and Bonatti, arXiv:2304.07653): the
 * consumers' expected rent, the seller's profit net of the advertising fee, and the platform's fee. The
 * platform's managed campaign is offered take-it-or-leave-it, so the fee is the seller's gain from it over
 * selling to every consumer off the platform by the Mussa–Rosen menu, and the seller keeps the Mussa–Rosen
 * profit.
 *
 * @param consumer the consumers' expected rent; finite
 * @param seller   the seller's profit net of the fee; finite
 * @param platform the platform's advertising revenue; finite
 */
public record PlatformWelfare(double consumer, double seller, double platform) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a component is not finite
     */
    public PlatformWelfare {
        Arguments.finite("consumer", consumer);
        Arguments.finite("seller", seller);
        Arguments.finite("platform", platform);
    }

    /**
     * The split of a seller's gross profit with the campaign.
     *
     * @param consumer       the consumers' expected rent
     * @param grossProfit    the seller's profit before the fee
     * @param baselineProfit the seller's profit without the platform (Mussa–Rosen)
     * @return consumer rent, {@code baselineProfit} for the seller and the difference for the platform
     * @throws IllegalArgumentException if an argument is not finite
     */
    public static PlatformWelfare split(double consumer, double grossProfit, double baselineProfit) {
        return new PlatformWelfare(consumer, baselineProfit, Arguments.finite("grossProfit", grossProfit) - baselineProfit);
    }

    /**
     * Total surplus.
     *
     * @return consumer + seller + platform
     */
    public double total() {
        return consumer + seller + platform;
    }
}
