/**
 * The library's one outcome contract. Every solver returns a {@link org.mdlab.optimisation.Solution}: a
 * {@link org.mdlab.optimisation.Status} (optimal, iteration limit, infeasible, unbounded, failed), the
 * payload when there is one, and {@link org.mdlab.optimisation.Diagnostics} (iterations, residual, error
 * bound, a note on where it stopped). Solvers take one {@link org.mdlab.optimisation.SolverOptions} value
 * (tolerance, iteration limit, evaluation sweeps, progress, {@link org.mdlab.optimisation.Cancellation}) and
 * linear programs are built with {@link org.mdlab.optimisation.LinearProgram}, the only place that talks to
 * ojAlgo, so that no ojAlgo type appears in the library's public signatures.
 *
 * <pre>{@code
 * Solution<Segmentation> s = ObedienceProgram.solveConsumerOptimal(market);   // build and solve
 * if (s.isOptimal()) { double cs = s.value().consumerSurplus(); }              // read the status first
 * }</pre>
 */
package org.mdlab.optimisation;
