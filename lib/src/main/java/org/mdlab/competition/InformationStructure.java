package org.mdlab.competition;

import org.mdlab.market.Arguments;

/**
 * The information of firms and consumer in the price-competition game (Bergemann, Brooks and Morris,
 * "Information and Price Competition"). With {@code designable} the players know at least the stated
 * information and a designer may tell them anything more: the outcomes are the Bayes correlated equilibria
 * for that prior information (Bergemann and Morris 2016, Definition 1 and Theorem 1). Without it the players
 * know exactly the stated information: firms' price recommendations depend on the state only through the
 * firms' own signals, and the consumer's belief is her posterior given her signal.
 *
 * @param firms      what every firm knows; not null
 * @param consumer   what the consumer knows; not null
 * @param designable whether more information may be designed
 */
public record InformationStructure(FirmKnowledge firms, ConsumerKnowledge consumer, boolean designable) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public InformationStructure {
        Arguments.notNull("firms", firms);
        Arguments.notNull("consumer", consumer);
    }

    /**
     * Players know at least this; any further information may be designed (the Bayes-correlated-equilibrium
     * set).
     *
     * @param firms    the firms' prior information
     * @param consumer the consumer's prior information
     * @return the structure
     */
    public static InformationStructure atLeast(FirmKnowledge firms, ConsumerKnowledge consumer) {
        return new InformationStructure(firms, consumer, true);
    }

    /**
     * Players know exactly this.
     *
     * @param firms    the firms' information
     * @param consumer the consumer's information
     * @return the structure
     */
    public static InformationStructure exactly(FirmKnowledge firms, ConsumerKnowledge consumer) {
        return new InformationStructure(firms, consumer, false);
    }
}
