/**
 * The strategic topology on information structures, after Dirk Bergemann, Stephen Morris and Rafael Veiel,
 * "A Strategic Topology on Information Structures" (<a href="https://arxiv.org/abs/2411.09149">arXiv
 * 2411.09149</a>): two structures are close when, with high probability, there is approximate common knowledge
 * that interim beliefs are close, and this is the coarsest topology in which equilibrium outcome sets are
 * continuous. The package computes the objects of that statement on finite two-player structures:
 * {@link org.mdlab.information.topology.TypeSpace} (states, types and a common prior),
 * {@link org.mdlab.information.topology.FiniteGame} (payoffs per state),
 * {@link org.mdlab.information.topology.BeliefEvent} and {@link org.mdlab.information.topology.CommonBelief}
 * (p-belief operators and common p-belief, Monderer and Samet 1989, "Approximating Common Knowledge with
 * Common Beliefs", <i>Games and Economic Behavior</i> 1(2)),
 * {@link org.mdlab.information.topology.BeliefInvariantEquilibria} (the belief-invariant Bayes correlated
 * equilibria, Forges 1993, Liu 2015, as a linear program; plain Bayes correlated equilibria would let the
 * mediator add information), their {@link org.mdlab.information.topology.OutcomeSet} through support functions
 * with a Hausdorff lower bound, {@link org.mdlab.information.topology.IteratedDominance} (an independent
 * elimination algorithm) and the {@link org.mdlab.information.topology.EmailGame} of Rubinstein (1989, "The
 * Electronic Mail Game: Strategic Behavior Under 'Almost Common Knowledge'", <i>American Economic Review</i>
 * 79(3)). Linear programs go through {@link org.mdlab.optimisation.LinearProgram}; a solver failure is a
 * {@link org.mdlab.optimisation.Status}.
 */
package org.mdlab.information.topology;
