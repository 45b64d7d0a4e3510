/**
 * Screening: nonlinear pricing of quality (Mussa and Rosen 1978, "Monopoly and Product Quality",
 * JET 18(2); Maskin and Riley 1984, "Monopoly with Incomplete Information", RAND 15(2)) for discrete
 * types and for continuous types on a grid, with ironing of non-monotone virtual values (Myerson 1981,
 * "Optimal Auction Design", MOR 6(1), Section 6); menus, tariffs, rents, the first-best comparison and
 * an audit of incentive compatibility and participation for any menu.
 */
package org.mdlab.screening;
