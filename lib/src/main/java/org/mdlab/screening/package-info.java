/**
 * Screening: nonlinear pricing of quality (Mussa and Rosen 1978, "Monopoly and Product Quality",
 * JET 18(2); Maskin and Riley 1984, "Monopoly with Incomplete Information", RAND 15(2)) for discrete
 * types and for continuous types on a grid, with ironing of non-monotone virtual values (Myerson 1981,
 * "Optimal Auction Design", MOR 6(1), Section 6); menus, tariffs, rents and the first-best comparison.
 * A discrete type distribution is a {@link org.mdlab.market.Market} of types, a continuous one a
 * {@link org.mdlab.market.ValueDistribution}.
 *
 * <p>Sequential screening (Courty and Li 2000, "Sequential Screening", RESTUD 67(4)): the one sequential
 * type structure and its optimal mechanism by linear programming ({@link org.mdlab.screening.SequentialScreening},
 * {@code solve(options)} returning a {@link org.mdlab.optimisation.Solution}), used by the cloud models.
 *
 * <p>Every menu offered to types — the Mussa–Rosen {@link org.mdlab.screening.Menu}, token packages, sequential
 * contracts, the cloud mechanisms and contract menus — is an {@link org.mdlab.screening.IncentiveMenu}
 * (one item per type, {@code payoff(type, item)}) and is audited in one vocabulary
 * ({@link org.mdlab.screening.MenuAudit}, {@link org.mdlab.screening.SequentialAudit}, both
 * {@link org.mdlab.market.Audit}s).
 *
 * <p>Token pricing of large language models (Bergemann, Bonatti and Smolin 2025, arXiv:2502.07736, "Token
 * Packages"): task values collapse into a value-of-precision index ({@link org.mdlab.screening.TaskValues}),
 * the optimal token menu is Mussa–Rosen in precision ({@link org.mdlab.screening.TokenMenu}), implemented by
 * two-part tariffs ({@link org.mdlab.screening.TokenPlans}) whose incentive compatibility is audited
 * ({@link org.mdlab.screening.TokenPlanAudit}).
 */
package org.mdlab.screening;
