/**
 * Dynamic revenue maximisation with persistent private types: Pavan, Segal and Toikka (2014, "Dynamic
 * Mechanism Design: A Myersonian Approach", Econometrica 82(2): 601–653). Types follow a
 * {@link org.mdlab.dynamic.revenue.TypeTransition}; the {@link org.mdlab.dynamic.revenue.ImpulseResponse}
 * of the period-{@code t} type to the initial one weights the dynamic virtual surplus; the AR(1)
 * screening example ({@link org.mdlab.dynamic.revenue.AutoregressiveScreening}) has distortions that
 * decay like {@code γ^(t−1)}.
 */
package org.mdlab.dynamic.revenue;
