/**
 * What the library's linear programs (ojAlgo) report besides their solutions: a
 * {@link org.mdlab.optimisation.SolverState}, so that a solver failure is a state, never a number.
 */
package org.mdlab.optimisation;

