package org.mdlab.competition;

/**
 * The three fixed information structures of the {@link Hotelling} duopoly whose equilibria have closed forms
 * (Bergemann, Brooks and Morris, "Information and Price Competition", the Hotelling example of the abstract;
 * the closed forms are derived in {@link Hotelling}).
 */
public enum HotellingInformation {
    /** The consumer knows her location; the firms know only the prior (the textbook Hotelling game). */
    CONSUMER_KNOWS_LOCATION(InformationStructure.exactly(FirmKnowledge.NOTHING, ConsumerKnowledge.VALUES)),
    /** The consumer and both firms know the location (complete information). */
    EVERYONE_KNOWS_LOCATION(InformationStructure.exactly(FirmKnowledge.STATE, ConsumerKnowledge.VALUES)),
    /** Nobody knows the location: the goods are perfect substitutes in expectation. */
    NOBODY_KNOWS_LOCATION(InformationStructure.exactly(FirmKnowledge.NOTHING, ConsumerKnowledge.NOTHING));

    private final InformationStructure structure;

    HotellingInformation(InformationStructure structure) {
        this.structure = structure;
    }

    /**
     * @return the information structure as input to {@link CorrelatedEquilibria}
     */
    public InformationStructure structure() {
        return structure;
    }
}
