/**
 * Cloud pricing and committed spend: multi-unit sequential screening of a buyer who learns a noisy
 * signal of future usage before contracting (Bergemann and Wang 2025, arXiv 2502.08022) — the sequential
 * type structure of {@link org.mdlab.screening.SequentialScreening} with a cost of usage
 * ({@link org.mdlab.cloud.CloudDemand}) — its closed-form optimum, an LP over lotteries
 * ({@link org.mdlab.cloud.CloudContractLp}, returning a {@link org.mdlab.optimisation.Solution}), and its
 * implementation as fixed fee plus usage charge ({@link org.mdlab.cloud.CloudTariff}) and as a committed-spend
 * contract ({@link org.mdlab.cloud.CommittedSpendContract}, the one committed-spend type: a commitment, a base
 * payment and an {@link org.mdlab.cloud.Overage} billing usage beyond it by block prices or one unit price); and the robust committed-spend mechanism of a
 * seller who knows only the mean of demand (Bergemann and Deb 2025, arXiv 2502.07168,
 * {@link org.mdlab.cloud.MeanDemandPricing}). With linear usage value the tariffs price usage by blocks; the
 * multiplicative-shock model ({@link org.mdlab.cloud.MultiplicativeDemand}, derived) admits genuine two-part
 * tariffs, one fee and one unit price per signal ({@link org.mdlab.cloud.TwoPartTariffMenu}), their
 * committed-spend counterpart ({@link org.mdlab.cloud.CommittedSpendMenu}: a minimum spend covering some usage,
 * then a unit price) and an LP over all sequential mechanisms
 * ({@link org.mdlab.cloud.MultiplicativeContractLp}). Mechanisms and menus are
 * {@link org.mdlab.screening.IncentiveMenu}s audited in the shared vocabulary; every choice tie and solver
 * works in scale-free units, so results are scale-equivariant.
 */
package org.mdlab.cloud;
