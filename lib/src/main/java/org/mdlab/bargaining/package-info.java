/**
 * Equilibrium benchmarks for bargaining agents, and the scoring of agents against them, as used to evaluate
 * language-model agents by Li, Yang, Li, Bafarassat, Sharifi, Bergemann and Yang (2024, "STRIDE: A
 * Tool-Assisted LLM Agent Framework for Strategic and Interactive Decision-Making", arXiv 2405.16376). The
 * benchmarks, not the language-model calls:
 * <ul>
 *   <li>{@link org.mdlab.bargaining.AlternatingOffers}: Rubinstein (1982, "Perfect Equilibrium in a Bargaining
 *   Model", Econometrica 50(1): 97–109) alternating offers, the subgame-perfect share
 *   {@code (1 − δ₂)/(1 − δ₂δ₂)} in closed form and the {@code T}-round game by backward induction
 *   ({@link org.mdlab.bargaining.HorizonShares});</li>
 *   <li>{@link org.mdlab.bargaining.BargainingAgent}: the interface an agent implements (propose a demand,
 *   accept or reject an offer, given the {@link org.mdlab.bargaining.Negotiation} so far), scripted agents,
 *   play ({@link org.mdlab.bargaining.BargainingOutcome}) and regret against the equilibrium
 *   ({@link org.mdlab.bargaining.AgentScore});</li>
 *   <li>{@link org.mdlab.bargaining.CoasianBargaining}: a seller making all offers to a buyer with a private
 *   value uniform on {@code [0, v̄]} (Stokey 1981; Sobel and Takahashi 1983; Gul, Sonnenschein and Wilson
 *   1986, "Foundations of Dynamic Monopoly and the Coase Conjecture", Journal of Economic Theory 39(1):
 *   155–190): the linear stationary equilibrium in closed form, the {@code T}-period game by backward induction
 *   ({@link org.mdlab.bargaining.HorizonPricing}) and the seller's grid dynamic program
 *   ({@link org.mdlab.bargaining.GridPricing}), solved by the library's value iteration.</li>
 * </ul>
 * Tabular Markov decision problems and the dynamic pivot (VCG) mechanism, the other benchmarks of STRIDE, are
 * {@link org.mdlab.dynamic.MarkovDecisionProblem} and {@link org.mdlab.dynamic.pivot.DynamicPivotMechanism}.
 */
package org.mdlab.bargaining;
