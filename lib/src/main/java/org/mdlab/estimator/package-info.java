/**
 * Estimators of a state from post-allocation data, as the distribution of ω̂ given ω (Bergemann, Bojko,
 * Dütting, Paes Leme, Xu and Zuo, arXiv 2412.16132): exact finite estimators (full revelation, the sample
 * mean of m Bernoulli clicks and its add-one smoothing), sampled estimators with seeded common random numbers, and a Monte Carlo
 * engine whose results depend only on the seed, never on the number of threads. Monte Carlo loops poll
 * the caller's thread interrupt before every draw ({@link org.mdlab.optimisation.Cancellation}), so
 * Kernel › Interrupt stops them.
 */
package org.mdlab.estimator;
