/**
 * Information and price competition, after Dirk Bergemann, Benjamin Brooks and Stephen Morris,
 * "Information and Price Competition", Cowles Foundation Discussion Paper
 * (<a href="https://elischolar.library.yale.edu/cowles-discussion-paper-series/2797/">elischolar</a>).
 * The model is reconstructed from the paper's abstract: firms selling differentiated goods set prices on
 * finite grids, a consumer with unit demand buys at most one good, and the set of outcomes under all
 * information structures that extend a given prior information is the set of Bayes correlated
 * equilibria (Bergemann and Morris 2016, "Bayes Correlated Equilibrium and the Comparison of Information
 * Structures in Games", <i>Theoretical Economics</i> 11(2), Definition 1). {@link
 * org.mdlab.competition.CorrelatedEquilibria} is that set as a linear program with consumer-, producer- and
 * total-surplus objectives; {@link org.mdlab.competition.Hotelling} is the Hotelling duopoly with closed forms
 * for three fixed information structures. Linear programs go through {@link
 * org.mdlab.optimisation.LinearProgram}; a solver failure is a {@link org.mdlab.optimisation.Status}.
 */
package org.mdlab.competition;
