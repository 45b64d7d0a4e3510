package org.mdlab.dynamic.contracts;

import org.mdlab.market.Arguments;

/**
 * Guo and Hörner, "Dynamic Allocation without Money" with persistent values (their main case): the
 * agent's value of a costly project is {@code v_t ∈ {L, H}}, privately known, and follows a two-state
 * Markov chain with {@code Pr(v_{t+1} = H | v_t = L) = α} and {@code Pr(v_{t+1} = L | v_t = H) = β};
 * symmetric persistence {@code p} is {@code α = β = 1 - p}, and {@code α = 1 - β = π_H} is the i.i.d.
 * case of {@link AllocationWithoutMoney}. The principal funds the project ({@code a = 1}) at cost
 * {@code c}, {@code H > c > L > 0}, without transfers; flow payoffs {@code a v} (agent) and
 * {@code a (v - c)} (principal) are normalised by {@code 1 - δ}. Type {@code 0} is {@code L}, type
 * {@code 1} is {@code H}. The recursion is {@link PersistentAllocationProblem}.
 *
 * @param lowValue  L; {@code > 0}
 * @param highValue H; {@code > c}, finite
 * @param cost      c; {@code L < c < H}
 * @param rise      α = Pr(H next | L now); in (0, 1)
 * @param fall      β = Pr(L next | H now); in (0, 1)
 * @param discount  δ; in (0, 1)
 */
public record PersistentAllocation(double lowValue, double highValue, double cost, double rise, double fall,
                                   double discount) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if {@code 0 < L < c < H} fails or α, β or δ is outside (0, 1)
     */
    public PersistentAllocation {
        if (!(lowValue > 0 && lowValue < cost && cost < highValue) || !Double.isFinite(highValue)) {
            throw new IllegalArgumentException("values and cost must satisfy 0 < L < c < H (got L = " + lowValue
                    + ", c = " + cost + ", H = " + highValue + ")");
        }
        if (!(rise > 0 && rise < 1)) {
            throw new IllegalArgumentException("rise must lie in (0, 1) (got " + rise + ")");
        }
        if (!(fall > 0 && fall < 1)) {
            throw new IllegalArgumentException("fall must lie in (0, 1) (got " + fall + ")");
        }
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
    }

    /**
     * A model with an asymmetric two-state chain.
     *
     * @param lowValue  L
     * @param highValue H
     * @param cost      c
     * @param rise      α = Pr(H | L)
     * @param fall      β = Pr(L | H)
     * @param discount  δ
     * @return the model
     */
    public static PersistentAllocation of(double lowValue, double highValue, double cost, double rise, double fall,
                                          double discount) {
        return new PersistentAllocation(lowValue, highValue, cost, rise, fall, discount);
    }

    /**
     * The symmetric chain of Guo and Hörner: {@code Pr(v_{t+1} = v_t) = p}.
     *
     * @param lowValue    L
     * @param highValue   H
     * @param cost        c
     * @param persistence p; in (0, 1), {@code p = 1/2} is i.i.d. with {@code π_H = 1/2}
     * @param discount    δ
     * @return the model with {@code α = β = 1 - p}
     */
    public static PersistentAllocation symmetric(double lowValue, double highValue, double cost, double persistence,
                                                 double discount) {
        Arguments.openUnit("persistence", persistence);
        return new PersistentAllocation(lowValue, highValue, cost, 1 - persistence, 1 - persistence, discount);
    }

    /**
     * The i.i.d. model as a degenerate chain, {@code α = 1 - β = π_H}.
     *
     * @param iid the i.i.d. model
     * @return the same model with {@code Pr(H | L) = Pr(H | H) = π_H}
     */
    public static PersistentAllocation independent(AllocationWithoutMoney iid) {
        Arguments.notNull("iid", iid);
        return new PersistentAllocation(iid.lowValue(), iid.highValue(), iid.cost(), iid.highProbability(),
                1 - iid.highProbability(), iid.discount());
    }

    /**
     * @param from today's type (0 = L, 1 = H)
     * @param to   tomorrow's type
     * @return {@code P(from, to)}
     * @throws IllegalArgumentException if a type is not 0 or 1
     */
    public double transition(int from, int to) {
        requireType(from);
        requireType(to);
        double leave = from == 0 ? rise : fall;
        return from == to ? 1 - leave : leave;
    }

    /**
     * @param type 0 = L, 1 = H
     * @return the value {@code v}
     * @throws IllegalArgumentException if the type is not 0 or 1
     */
    public double value(int type) {
        requireType(type);
        return type == 0 ? lowValue : highValue;
    }

    /**
     * The agent's utility from "always fund" before today's type is drawn, given yesterday's type
     * {@code j}: the solution of {@code w̄ = (1-δ) P v + δ P w̄}. These are the upper ends of the
     * promise and threat grids.
     *
     * @param previous yesterday's type
     * @return {@code w̄_j}
     */
    public double alwaysFundUtility(int previous) {
        return discountedSum(new double[] {lowValue, highValue})[previous];
    }

    /**
     * The principal's value of "always fund" given yesterday's type, {@code (I - δP) z = (1-δ) P (v - c)}.
     *
     * @param previous yesterday's type
     * @return the value
     */
    public double alwaysFundValue(int previous) {
        return discountedSum(new double[] {lowValue - cost, highValue - cost})[previous];
    }

    /**
     * The principal's first-best value given yesterday's type (fund exactly the high values),
     * {@code (I - δP) z = (1-δ) P (0, H - c)}.
     *
     * @param previous yesterday's type
     * @return the value
     */
    public double firstBest(int previous) {
        return discountedSum(new double[] {0, highValue - cost})[previous];
    }

    /**
     * The recursion on {@code points × points} grids of (promise, threat) per belief.
     *
     * @param points grid points per axis; {@code >= 2}
     * @return the problem
     * @throws IllegalArgumentException if points < 2
     */
    public PersistentAllocationProblem problem(int points) {
        return new PersistentAllocationProblem(this, points);
    }

    private double[] discountedSum(double[] flow) {
        double[] pf = new double[2];
        for (int j = 0; j < 2; j++) {
            pf[j] = (1 - discount) * (transition(j, 0) * flow[0] + transition(j, 1) * flow[1]);
        }
        double a = 1 - discount * transition(0, 0);
        double b = -discount * transition(0, 1);
        double c = -discount * transition(1, 0);
        double d = 1 - discount * transition(1, 1);
        double det = a * d - b * c;
        return new double[] {(d * pf[0] - b * pf[1]) / det, (a * pf[1] - c * pf[0]) / det};
    }

    private static void requireType(int type) {
        if (type != 0 && type != 1) {
            throw new IllegalArgumentException("type must be 0 (L) or 1 (H) (got " + type + ")");
        }
    }
}
