/**
 * The primitives every other package builds on, each defined once:
 * <ul>
 *   <li>value distributions — finite: {@link org.mdlab.market.Market} (Bergemann, Brooks and Morris 2015,
 *   "The Limits of Price Discrimination", AER 105(3), §I: uniform monopoly price and profit, efficient
 *   surplus); continuous: {@link org.mdlab.market.ValueDistribution} (a bidder's value in Myerson 1981,
 *   "Optimal Auction Design", MOR 6(1), §2; a buyer's type in Mussa and Rosen 1978, JET 18(2)), with
 *   uniform, power, piecewise-uniform and function-given distributions, all sharing one contract;</li>
 *   <li>virtual values and ironing ({@link org.mdlab.market.VirtualValues}, {@link org.mdlab.market.Ironing},
 *   Myerson 1981, §6) and demand elasticities ({@link org.mdlab.market.DemandElasticity});</li>
 *   <li>the seller's convex cost of quality or usage ({@link org.mdlab.market.ConvexCost}, Mussa and Rosen
 *   1978, §2), used by screening, cloud pricing and segmentation;</li>
 *   <li>the one vocabulary of incentive audits ({@link org.mdlab.market.Audit}: a violation {@code >= 0} and
 *   {@code holds(tolerance)});</li>
 *   <li>the library's shared argument checks ({@link org.mdlab.market.Arguments}: every bad input is an
 *   {@link java.lang.IllegalArgumentException} naming the argument, the value and the rule) and the money
 *   unit in which solvers work so that results are scale-equivariant ({@link org.mdlab.market.Scale}).</li>
 * </ul>
 * The sequential type structure (ex-ante types, then values) lives with its screening model in
 * {@link org.mdlab.screening.SequentialScreening}.
 */
package org.mdlab.market;
