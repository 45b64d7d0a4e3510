/**
 * Third-degree price discrimination: how segmenting a market changes consumer and producer surplus.
 * Implements Bergemann, Brooks and Morris (2015), "The Limits of Price Discrimination", American
 * Economic Review 105(3), 921–957: extremal markets, the greedy consumer-optimal segmentation, perfect
 * discrimination, the welfare triangle and segmentations reaching any point of it. With screening inside
 * each segment (Bergemann, Heumann and Wang, "Screening and Segmenting: A Consumer Surplus Perspective",
 * arXiv 2401.12366; CEPR DP18793): screened segments and segmentations, the consumer-optimal segmentation of a
 * discrete market by column generation with a certified gap to the rent bound, the extremal markets of
 * elasticity {@code γ/(γ-1)} with their greedy decomposition, and segmentations that benefit every value.
 *
 * <p>The price-obedience program ({@link org.mdlab.segmentation.ObedienceProgram}) and the screening
 * search ({@link org.mdlab.segmentation.ConsumerOptimalScreening}) return a
 * {@link org.mdlab.optimisation.Solution}:
 * <pre>{@code
 * Solution<Segmentation> lp = ObedienceProgram.solveConsumerOptimal(Market.uniform(1, 2, 3));
 * if (lp.isOptimal()) { double cs = lp.value().consumerSurplus(); }
 * }</pre>
 * Membership of the welfare triangle uses a tolerance relative to {@code w*}; sizes whose cost grows
 * quadratically or faster are refused up front with the size, the cost and the limit.
 */
package org.mdlab.segmentation;
