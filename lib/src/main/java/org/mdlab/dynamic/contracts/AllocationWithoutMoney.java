package org.mdlab.dynamic.contracts;

/**
 * Guo and Hörner, "Dynamic Allocation without Money" (the i.i.d. benchmark, persistence {@code p = 1/2}):
 * each period the agent's value of a costly project is {@code v ∈ {L, H}} ({@code Pr H = π_H}),
 * privately known; the principal funds it ({@code a = 1}) at cost {@code c} with {@code H > c > L > 0};
 * there are no transfers. Flow payoffs are {@code a v} to the agent and {@code a (v - c)} to the
 * principal, normalised by {@code 1 - δ}. Incentives come only from promised utility
 * {@code U ∈ [0, Ū]}, {@code Ū = E v} (fund every period); the recursion is a
 * {@link PromisedUtilityProblem} with outcomes {@code a ∈ {0, 1}} on an equally spaced grid of
 * {@code [0, Ū]} whose end points are the absorbing promises "never fund" and "always fund"
 * (polarisation: {@code U_t → {0, Ū}}). Type {@code 0} is {@code L}, type {@code 1} is {@code H}.
 *
 * @param lowValue        L; {@code > 0}
 * @param highValue       H; {@code > c}
 * @param cost            c; {@code L < c < H}
 * @param highProbability π_H; in (0, 1)
 * @param discount        δ; in (0, 1)
 */
public record AllocationWithoutMoney(double lowValue, double highValue, double cost, double highProbability,
                                     double discount) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if {@code 0 < L < c < H} fails, π_H or δ is outside (0, 1)
     */
    public AllocationWithoutMoney {
        if (!(lowValue > 0 && lowValue < cost && cost < highValue) || !Double.isFinite(highValue)) {
            throw new IllegalArgumentException("values and cost must satisfy 0 < L < c < H (got L = " + lowValue
                    + ", c = " + cost + ", H = " + highValue + ")");
        }
        if (!(highProbability > 0 && highProbability < 1)) {
            throw new IllegalArgumentException("highProbability must lie in (0, 1) (got " + highProbability + ")");
        }
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
    }

    /**
     * A model.
     *
     * @param lowValue        L
     * @param highValue       H
     * @param cost            c
     * @param highProbability π_H
     * @param discount        δ
     * @return the model
     */
    public static AllocationWithoutMoney of(double lowValue, double highValue, double cost, double highProbability,
                                            double discount) {
        return new AllocationWithoutMoney(lowValue, highValue, cost, highProbability, discount);
    }

    /** @return {@code Ū = π_H H + (1 - π_H) L}, the agent's utility when the project is always funded */
    public double maximalUtility() {
        return highProbability * highValue + (1 - highProbability) * lowValue;
    }

    /** @return the principal's first-best value {@code π_H (H - c)}: fund exactly the high values */
    public double firstBest() {
        return highProbability * (highValue - cost);
    }

    /**
     * The recursion on the grid {@code w_j = Ū j / (points - 1)}.
     *
     * @param points the number of grid points; {@code >= 2}
     * @return the problem
     * @throws IllegalArgumentException if points < 2
     */
    public PromisedUtilityProblem problem(int points) {
        if (points < 2) {
            throw new IllegalArgumentException("points must be >= 2 (got " + points + ")");
        }
        double[] grid = new double[points];
        for (int j = 0; j < points; j++) {
            grid[j] = maximalUtility() * j / (points - 1);
        }
        double[][] u = {{0, lowValue}, {0, highValue}};
        double[][] r = {{0, lowValue - cost}, {0, highValue - cost}};
        return PromisedUtilityProblem.of(new double[] {1 - highProbability, highProbability}, u, r, grid, discount);
    }
}
