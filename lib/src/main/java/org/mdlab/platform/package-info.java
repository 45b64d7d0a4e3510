/**
 * Digital platforms that sell targeted access to consumers (Bergemann and Bonatti, "Data, Competition, and
 * Digital Platforms", arXiv:2304.07653, 2023; CEPR DP17544), in a computable reconstruction from the paper's
 * abstract: a multiproduct seller offers a Mussa–Rosen quality line; a share {@code λ} of consumers shops on
 * the platform, whose data reveal each consumer's type {@code θ} to the seller; the rest buy off the platform
 * from a screening menu, which every on-platform consumer can also reach (showrooming).
 *
 * <p>With types of linear inverse hazard rate {@code (1 - F(θ))/f(θ) = (θ̄ - θ)/κ} ({@link
 * org.mdlab.platform.LinearHazardTypes}) and cost {@code k q^2/2} the seller's optimum is closed form
 * ({@link org.mdlab.platform.PerfectTargeting}): off the platform the quality maximises the
 * showrooming-distorted virtual surplus, {@code k q_off(θ) = θ - (1 - F(θ)) / ((1 - λ) f(θ))}; on the platform
 * the quality is efficient, {@code k q_on(θ) = θ}, and the price leaves exactly the off-platform rent
 * {@code U(θ) = ∫ q_off}. The platform's managed campaign charges the seller its gain over selling off the
 * platform only. A privacy rule that shows the seller only an interval (cohort) of {@code θ} is
 * {@link org.mdlab.platform.CohortTargeting}; the discretised linear program {@link
 * org.mdlab.platform.ShowroomingLp} solves the same seller problem on a type grid, for any cohorts, by a
 * separate route.
 */
package org.mdlab.platform;
