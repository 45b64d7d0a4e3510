/**
 * The dynamic pivot mechanism: Bergemann and Välimäki (2010, "The Dynamic Pivot Mechanism",
 * Econometrica 78(2): 771–789; survey in Bergemann and Välimäki 2019, "Dynamic Mechanism Design: An
 * Introduction", Journal of Economic Literature 57(2): 235–274). Agents with Markov private types
 * ({@link org.mdlab.dynamic.pivot.AgentProcess}) form a {@link org.mdlab.dynamic.pivot.DynamicEnvironment};
 * the {@link org.mdlab.dynamic.pivot.DynamicPivotMechanism} charges each agent its flow marginal
 * contribution (Theorem 1). The examples: task scheduling and learning with Beta–Bernoulli beliefs, whose
 * efficient policy is the Gittins index rule ({@link org.mdlab.dynamic.pivot.GittinsIndex}, restart-in-state
 * formulation of Katehakis and Veinott 1987).
 */
package org.mdlab.dynamic.pivot;
