/**
 * Mechanisms over finite type spaces and their audits: direct mechanisms as data
 * ({@link org.mdlab.mechanism.DirectMechanism}) with incentive and participation audits that report the
 * largest gain from misreporting and where it is attained ({@link org.mdlab.mechanism.IncentiveAudit});
 * VCG with Clarke pivots (Clarke 1971) including combinatorial auctions; Myerson's (1981) optimal auction
 * with discrete virtual values and ironing, and for continuous distributions, regular or not, ironed in
 * quantile space ({@link org.mdlab.mechanism.ContinuousMyerson}); second price with a reserve; the
 * revenue-maximising Bayesian IC/IR mechanism as an LP; and the data-driven VCG mechanism of Bergemann,
 * Bojko, Dütting, Paes Leme, Xu and Zuo (arXiv 2412.16132) with its ε of ε-ex-post
 * implementation, the message-driven impossibility LP and the ex-post audit of message-driven VCG, per-click
 * pricing with per-advertiser click-through rates ({@link org.mdlab.mechanism.PerClickAuction}) and the
 * regularised VCG for LLM outputs.
 *
 * <p>Linear programs ({@link org.mdlab.mechanism.RevenueLp}, {@link org.mdlab.mechanism.MessageDrivenLp})
 * return a {@link org.mdlab.optimisation.Solution}: build, solve, read the status.
 * <pre>{@code
 * Solution<DirectMechanism> lp = RevenueLp.solve(Environment.singleItem(List.of(market, market)));
 * if (lp.isOptimal()) { double revenue = lp.value().expectedRevenue(); }
 * }</pre>
 * Audits share one vocabulary: a {@code violation()} that is {@code >= 0} (0 when the property holds)
 * and {@code holds(tolerance)}. Ties and "positive" virtual values use tolerances relative to the
 * largest value, so every mechanism is unchanged when all values are multiplied by a constant; type
 * profile counts are checked for overflow and limited to {@link org.mdlab.mechanism.Environment#MAX_PROFILES}.
 */
package org.mdlab.mechanism;
