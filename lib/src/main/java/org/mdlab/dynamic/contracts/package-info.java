/**
 * Recursive contracts in promised utility, solved by LP-based value-function iteration on a grid through
 * the {@link org.mdlab.dynamic.ValueIteration} driver: the repeated insurance problem with hidden income of
 * Thomas and Worrall (1990, "Income Fluctuation and Asymmetric Information: An Example of a Repeated
 * Principal-Agent Problem", JET 51(2): 367–390) with its CARA reduction; dynamic allocation without money
 * of Guo and Hörner (2020, "Dynamic Allocation without Money", TSE Working Paper 20-1133; i.i.d. values and Markov
 * values in the promise-and-threat state of Fernandes and Phelan 2000, JET 91(2)); and an illustration of
 * the power dynamics of Li, Matouschek and Powell (2017, "Power Dynamics in Organizations", AEJ:
 * Microeconomics 9(1): 217–241). The general problem is
 * {@link org.mdlab.dynamic.contracts.PromisedUtilityProblem}; its contracts induce a Markov chain of
 * promised utilities ({@link org.mdlab.dynamic.contracts.PromisedUtilityChain}).
 */
package org.mdlab.dynamic.contracts;
