/**
 * Multidimensional monotone functions on finite type grids and their one-dimensional marginals, after
 * Frank Yang and Kai Hao Yang (2025), "Multidimensional Monotonicity and Economic Applications",
 * arXiv:2502.18876. On a product grid {@code [m]^n} the monotone functions into {@code [0, 1]} form the
 * <i>order polytope</i> of the grid's product order, whose vertices are exactly the indicators of up-sets
 * (Richard P. Stanley 1986, "Two poset polytopes", <i>Discrete &amp; Computational Geometry</i> 1: 9–23,
 * §1); Yang and Yang study the extreme points of monotone functions on {@code [0,1]^n} and of the set of
 * their marginals, and prove the mechanism anti-equivalence theorem for two agents.
 *
 * <p>The package enumerates up-sets ({@link org.mdlab.monotone.UpSetEnumeration}), computes marginals
 * ({@link org.mdlab.monotone.TypeGrid#marginals(double[])}), decides by linear programming which marginal
 * vectors are extreme ({@link org.mdlab.monotone.ExtremeMarginals}), audits whether an up-set's marginals
 * determine it ({@link org.mdlab.monotone.AntiEquivalenceAudit}, the two-agent anti-equivalence theorem),
 * decomposes monotone functions into up-sets ({@link org.mdlab.monotone.UpSetMixture}), and solves two
 * applications as linear programs: the ex-ante efficient frontier of bilateral trade
 * ({@link org.mdlab.monotone.BilateralTrade}) and reduced-form feasibility with asymmetric bidders
 * ({@link org.mdlab.monotone.ReducedForm}; Border 1991, <i>Econometrica</i> 59(4)).
 */
package org.mdlab.monotone;
