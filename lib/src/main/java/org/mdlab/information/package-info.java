/**
 * Information design: concavification (Aumann and Maschler 1995, "Repeated Games with Incomplete
 * Information", Theorem 1.3.1; Kamenica and Gentzkow 2011, "Bayesian Persuasion", AER 101(6),
 * Corollary 2) on the interval exactly and on the simplex by linear programming over a grid of
 * beliefs, and Bayesian persuasion with finitely many states and actions as a linear program over
 * obedient recommendation policies (Kamenica and Gentzkow 2011, Section III; Bergemann and Morris
 * 2019, "Information Design: A Unified Perspective", JEL 57(1), Section 2), and the revenue- and
 * bidder-optimal disclosure of values in a second-price auction (Bergemann, Heumann, Morris, Sorokin
 * and Winter 2022, "Optimal Information Disclosure in Classic Auctions", AER: Insights 4(3)). Every
 * linear program goes through {@link org.mdlab.optimisation.LinearProgram} and returns a
 * {@link org.mdlab.optimisation.Solution}: a solver failure is a status, never a number.
 */
package org.mdlab.information;

