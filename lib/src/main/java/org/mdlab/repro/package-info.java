/**
 * Reproduction checks: the project's reproduction standard in code.
 *
 * <p>Every curated notebook ends with a table of {@link org.mdlab.repro.Check checks}. A check
 * compares a number the notebook reproduced with an expected number and a tolerance. The expected
 * number is either taken from the paper ({@link org.mdlab.repro.Source#paper(String)}, citing the
 * table, figure or equation) or derived by the project ({@link org.mdlab.repro.Source#derived(String)},
 * stating the formula). {@link org.mdlab.repro.Checks} collects them, counts passes and failures, and
 * exports them as a Tablesaw table or as JSON for the notebook test harness. These types implement
 * the project standard described in {@code DEVELOPERS.md}; they reproduce no paper themselves.
 */
package org.mdlab.repro;
