/**
 * The dynamic-programming core shared by every dynamic model of the library: the {@link
 * org.mdlab.dynamic.BellmanOperator} abstraction, the one value- and (modified) policy-iteration driver
 * {@link org.mdlab.dynamic.ValueIteration} with its sup-norm residual and a-posteriori error bound
 * (Puterman 1994, <i>Markov Decision Processes</i>, §6.3–6.5), and finite Markov decision problems
 * ({@link org.mdlab.dynamic.MarkovDecisionProblem}). Every solve returns an
 * {@link org.mdlab.optimisation.Solution} whose status says whether the tolerance was met.
 *
 * <p>The economic models live in subpackages: {@code pivot} (the dynamic pivot mechanism of Bergemann and
 * Välimäki 2010, with Gittins indices, learning and scheduling), {@code revenue} (dynamic revenue
 * maximisation with impulse responses, Pavan, Segal and Toikka 2014), {@code contracts} (promised-utility
 * recursions: Thomas and Worrall 1990, Guo and Hörner 2020, Li, Matouschek and Powell 2017) and
 * {@code commitment} (limited commitment, Doval and Skreta 2022).
 */
package org.mdlab.dynamic;
