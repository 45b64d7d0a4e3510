package org.mdlab.competition;

/**
 * What each firm knows before any information is designed (Bergemann, Brooks and Morris, "Information and
 * Price Competition": "producers know their own production costs" is {@link #OWN_COST}).
 */
public enum FirmKnowledge {
    /** The firm knows only the prior. */
    NOTHING,
    /** The firm knows its own unit cost. */
    OWN_COST,
    /** The firm knows the state: the consumer's values and every cost. */
    STATE
}
