package org.mdlab.dynamic;

/**
 * How an iterative dynamic-programming solver stopped (Puterman 1994, Markov Decision Processes,
 * §6.3 and §6.4).
 */
public enum Convergence {
    /** The Bellman residual reached the requested tolerance. */
    CONVERGED,
    /** The iteration limit was reached before the residual fell below the tolerance. */
    ITERATION_LIMIT
}
