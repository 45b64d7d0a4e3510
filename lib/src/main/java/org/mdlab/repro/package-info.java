/**
 * Reproduction checks: the project's reproduction standard in code.
 *
 * <p>Every curated notebook ends with a table of {@link org.mdlab.repro.Check checks}. A check compares
 * a number the notebook reproduced with an expected number and a tolerance, and says how the expected
 * number was obtained ({@link org.mdlab.repro.Source.Kind}):
 * <ul>
 *   <li>{@link org.mdlab.repro.Check#paper paper}: printed in the paper, citing the table, figure or equation;</li>
 *   <li>{@link org.mdlab.repro.Check#closedForm closed form}: derived in the notebook and evaluated on its own,
 *       never through the library code that produced the reproduced side;</li>
 *   <li>{@link org.mdlab.repro.Check#independent independent}: computed by a second, named algorithm;</li>
 *   <li>{@link org.mdlab.repro.Check#property property}: a property over N instances, shown as "held on k of N,
 *       largest violation x" rather than as a number;</li>
 *   <li>{@link org.mdlab.repro.Check#convergence convergence}: an error that must shrink at the rate theory gives,
 *       fitted by least squares on a log-log scale.</li>
 * </ul>
 * A Monte Carlo estimate is checked with {@link org.mdlab.repro.Check#simulation}: the one statistical
 * standard across notebooks is that the mean lies within {@link org.mdlab.repro.Check#SIMULATION_Z}
 * (3.29, the two-sided 99.9 % normal quantile) standard errors of the exact value.
 * {@link org.mdlab.repro.Checks} collects checks, counts passes, failures and kinds, and exports them as a
 * Tablesaw table or as JSON for the notebook test harness. These types implement the standard described in
 * {@code DEVELOPERS.md}; they reproduce no paper themselves.
 */
package org.mdlab.repro;
