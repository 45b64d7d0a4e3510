package org.mdlab.dynamic.contracts;

/**
 * An illustration of Li, Matouschek and Powell (2017), "Power Dynamics in Organizations", AEJ: Micro
 * 9(1), in the promised-utility recursion: each period a project the principal prefers is available with
 * probability {@code p}, which only the agent observes; the principal implements the default (payoffs
 * {@code 0, 0}), the agent's preferred project ({@code b} to the principal, {@code B} to the agent) or,
 * when available, the principal's preferred one ({@code B, b}), {@code B > b > 0}. The agent can hide
 * availability but cannot fake it. <em>Illustration only:</em> the principal here commits to the
 * recursive contract (a {@link PromisedUtilityProblem} on an equally spaced grid of {@code [0, B]});
 * the paper's relational contract, with the principal's own dynamic enforcement constraints, is not
 * modelled. Type {@code 0} is "unavailable", type {@code 1} "available"; outcomes {@code 0, 1, 2} are
 * default, agent-preferred, principal-preferred.
 *
 * @param smallPayoff  b; {@code > 0}
 * @param bigPayoff    B; {@code > b}
 * @param availability p; in (0, 1)
 * @param discount     δ; in (0, 1)
 */
public record PowerDynamics(double smallPayoff, double bigPayoff, double availability, double discount) {

    /** The four modes of the slides (Li, Matouschek and Powell 2017, §3), and anything else. */
    public enum Mode {
        /** The default in both states. */
        CENTRALISATION,
        /** The principal's project when available, the agent's otherwise. */
        COOPERATIVE_EMPOWERMENT,
        /** The principal's project when available, the default otherwise. */
        RESTRICTED_EMPOWERMENT,
        /** The agent's project always. */
        UNRESTRICTED_EMPOWERMENT,
        /** A combination that is none of the above. */
        OTHER
    }

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if {@code 0 < b < B} fails or p, δ lie outside (0, 1)
     */
    public PowerDynamics {
        if (!(smallPayoff > 0 && bigPayoff > smallPayoff) || !Double.isFinite(bigPayoff)) {
            throw new IllegalArgumentException("payoffs must satisfy 0 < b < B (got b = " + smallPayoff + ", B = "
                    + bigPayoff + ")");
        }
        if (!(availability > 0 && availability < 1)) {
            throw new IllegalArgumentException("availability must lie in (0, 1) (got " + availability + ")");
        }
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
    }

    /**
     * A model.
     *
     * @param smallPayoff  b
     * @param bigPayoff    B
     * @param availability p
     * @param discount     δ
     * @return the model
     */
    public static PowerDynamics of(double smallPayoff, double bigPayoff, double availability, double discount) {
        return new PowerDynamics(smallPayoff, bigPayoff, availability, discount);
    }

    /**
     * The recursion on the grid {@code w_j = B j / (points - 1)}.
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
            grid[j] = bigPayoff * j / (points - 1);
        }
        double[][] agent = {{0, bigPayoff, smallPayoff}, {0, bigPayoff, smallPayoff}};
        double[][] principal = {{0, smallPayoff, bigPayoff}, {0, smallPayoff, bigPayoff}};
        boolean[][] feasible = {{true, true, false}, {true, true, true}};
        return PromisedUtilityProblem.of(new double[] {1 - availability, availability}, agent, principal, feasible,
                grid, discount);
    }

    /**
     * The mode a contract plays at a grid point, from the outcome each state gets with probability above 1/2.
     *
     * @param contract  a contract of {@link #problem(int)}
     * @param gridPoint a grid index
     * @return the mode, {@link Mode#OTHER} if no outcome has probability above 1/2 in some state or the
     *         combination is not one of the four
     */
    public static Mode mode(PromisedUtilityContract contract, int gridPoint) {
        int unavailable = dominant(contract, gridPoint, 0);
        int available = dominant(contract, gridPoint, 1);
        if (unavailable == 0 && available == 0) {
            return Mode.CENTRALISATION;
        }
        if (unavailable == 1 && available == 2) {
            return Mode.COOPERATIVE_EMPOWERMENT;
        }
        if (unavailable == 0 && available == 2) {
            return Mode.RESTRICTED_EMPOWERMENT;
        }
        if (unavailable == 1 && available == 1) {
            return Mode.UNRESTRICTED_EMPOWERMENT;
        }
        return Mode.OTHER;
    }

    private static int dominant(PromisedUtilityContract contract, int gridPoint, int type) {
        for (int k = 0; k < 3; k++) {
            if (contract.outcomeProbability(gridPoint, type, k) > 0.5) {
                return k;
            }
        }
        return -1;
    }
}
