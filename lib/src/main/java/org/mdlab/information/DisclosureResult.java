package org.mdlab.information;

import org.mdlab.optimisation.SolverState;

import java.util.Optional;

/**
 * The outcome of a disclosure LP ({@link AuctionDisclosure}): the solver state and, when optimal,
 * the quantile function {@code G⁻¹} of the bidders' expected values on the quantile cells.
 *
 * @param state     the solver state
 * @param quantiles {@code G⁻¹} on the cells; present exactly when {@code state} is {@link SolverState#OPTIMAL}
 */
public record DisclosureResult(SolverState state, Optional<double[]> quantiles) {

    /**
     * Validates that quantiles are present exactly for an optimal state, and copies them.
     *
     * @throws IllegalArgumentException if an argument is null or presence and state disagree
     */
    public DisclosureResult {
        if (state == null || quantiles == null || quantiles.isPresent() != (state == SolverState.OPTIMAL)) {
            throw new IllegalArgumentException("quantiles must be present exactly when the state is OPTIMAL (got "
                    + state + ")");
        }
        quantiles = quantiles.map(double[]::clone);
    }

    /** @return a copy of the quantiles, if optimal */
    @Override
    public Optional<double[]> quantiles() {
        return quantiles.map(double[]::clone);
    }
}
