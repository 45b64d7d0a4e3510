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
 */
package org.mdlab.mechanism;
