/**
 * Mechanism design with limited commitment: Doval and Skreta (2022, "Mechanism Design With Limited
 * Commitment", Econometrica 90(4): 1463–1500), in the two-period sale of a durable good
 * ({@link org.mdlab.dynamic.commitment.DurableGoodSale}). The revenue under limited commitment is the
 * concave envelope of the period-1 objective over posteriors ({@link org.mdlab.dynamic.commitment.PosteriorSplit});
 * {@link org.mdlab.dynamic.commitment.DurableGoodProgram} checks it with the linear program over Blackwell
 * mechanisms given by their revelation principle.
 */
package org.mdlab.dynamic.commitment;
