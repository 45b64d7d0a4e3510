package org.mdlab.competition;

/**
 * What the consumer knows before any information is designed (Bergemann, Brooks and Morris, "Information
 * and Price Competition": "the consumer knows their values" is {@link #VALUES}).
 */
public enum ConsumerKnowledge {
    /** The consumer knows only the prior. */
    NOTHING,
    /** The consumer knows her value of every good. */
    VALUES
}
