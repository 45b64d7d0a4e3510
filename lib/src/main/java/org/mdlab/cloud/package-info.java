/**
 * Cloud pricing and committed spend: multi-unit sequential screening of a buyer who learns a noisy
 * signal of future usage before contracting (Bergemann and Wang 2025, arXiv 2502.08022), its
 * implementation as fixed fee plus usage charge and as a committed-spend contract, and the robust
 * committed-spend mechanism of a seller who knows only the mean of demand (Bergemann and Deb 2025,
 * arXiv 2502.07168). With linear usage value the tariffs of {@link org.mdlab.cloud.CloudTariff} price usage by
 * blocks; the multiplicative-shock model ({@link org.mdlab.cloud.MultiplicativeDemand}, derived) admits genuine
 * two-part tariffs, one fee and one unit price per signal ({@link org.mdlab.cloud.TwoPartTariffMenu}), their
 * committed-spend counterpart ({@link org.mdlab.cloud.CommittedSpendMenu}: a minimum spend covering some usage,
 * {@link org.mdlab.cloud.UsageCommitment}, then a unit price) and an LP over all sequential
 * mechanisms ({@link org.mdlab.cloud.MultiplicativeContractLp}).
 */
package org.mdlab.cloud;
