/**
 * Information design: concavification (Aumann and Maschler 1995, "Repeated Games with Incomplete
 * Information", Theorem 1.3.1; Kamenica and Gentzkow 2011, "Bayesian Persuasion", AER 101(6),
 * Corollary 2) on the interval exactly and on the simplex by linear programming over a grid of
 * beliefs, and Bayesian persuasion with finitely many states and actions as a linear program over
 * obedient recommendation policies (Kamenica and Gentzkow 2011, Section III; Bergemann and Morris
 * 2019, "Information Design: A Unified Perspective", JEL 57(1), Section 2), and the revenue- and
 * bidder-optimal disclosure of values in a second-price auction (Bergemann, Heumann, Morris, Sorokin
 * and Winter 2022, "Optimal Information Disclosure in Classic Auctions", AER: Insights 4(3)), with bottom and
 * top pools; the bidders' surplus maximising information when the seller answers with the optimal auction
 * (Bergemann, Heumann and Morris, "Bidders' Surplus and Information in the Optimal Auction", Cowles
 * discussion paper; one bidder: Roesler and Szentes 2017, AER 107(7)) by an LP per reserve
 * ({@link org.mdlab.information.OptimalAuctionDisclosure}), the buyer-optimal signal in closed form
 * ({@link org.mdlab.information.BuyerOptimalSignal}) and the three-region generalized-Pareto family
 * ({@link org.mdlab.information.ParetoCentreDisclosure}). Subpackage {@code topology}: the strategic topology on
 * information structures (Bergemann, Morris and Veiel 2024, arXiv 2411.09149). Every
 * linear program goes through {@link org.mdlab.optimisation.LinearProgram} and returns a
 * {@link org.mdlab.optimisation.Solution}: a solver failure is a status, never a number.
 */
package org.mdlab.information;

