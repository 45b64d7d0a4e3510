/**
 * Screening: nonlinear pricing of quality (Mussa and Rosen 1978, "Monopoly and Product Quality",
 * JET 18(2); Maskin and Riley 1984, "Monopoly with Incomplete Information", RAND 15(2)) for discrete
 * types and for continuous types on a grid, with ironing of non-monotone virtual values (Myerson 1981,
 * "Optimal Auction Design", MOR 6(1), Section 6); menus, tariffs, rents, the first-best comparison and
 * an audit of incentive compatibility and participation for any menu. A discrete type distribution is a
 * {@link org.mdlab.market.Market} of types. Token pricing of large language models (Bergemann, Bonatti
 * and Smolin 2025, arXiv:2502.07736, "Token Packages"): task values collapse into a value-of-precision
 * index ({@link org.mdlab.screening.TaskValues}), the optimal token menu is Mussa–Rosen in precision
 * ({@link org.mdlab.screening.TokenMenu}), implemented by two-part tariffs
 * ({@link org.mdlab.screening.TokenPlans}) whose incentive compatibility is audited
 * ({@link org.mdlab.screening.TokenPlanAudit}).
 */
package org.mdlab.screening;
