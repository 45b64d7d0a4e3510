package org.mdlab.mechanism;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * A direct mechanism over a finite {@link Environment}, stored as data: for every reported type
 * profile, a lottery over outcomes (the allocation rule) and one payment per agent (the transfer
 * rule; a positive payment is paid by the agent). Agent i of type θ_i reporting the profile r gets
 * {@code sum_x allocation[r][x] v_i(θ_i, x) - payments[r][i]} (quasi-linear utility; Myerson 1981, §2).
 *
 * @param environment the environment
 * @param allocation  {@code allocation[profile][outcome]}: for each profile a probability vector over the outcomes
 * @param payments    {@code payments[profile][agent]}: finite
 */
public record DirectMechanism(Environment environment, double[][] allocation, double[][] payments) {

    /**
     * Validates the dimensions and the lotteries and copies the arrays.
     *
     * @throws IllegalArgumentException if a dimension is wrong, a lottery is not a probability vector or a payment is not finite
     */
    public DirectMechanism {
        if (environment == null) {
            throw new IllegalArgumentException("environment must not be null");
        }
        int profiles = environment.profiles();
        if (allocation == null || allocation.length != profiles || payments == null || payments.length != profiles) {
            throw new IllegalArgumentException("allocation and payments must have one row per type profile (" + profiles + ")");
        }
        double[][] a = new double[profiles][];
        double[][] p = new double[profiles][];
        for (int r = 0; r < profiles; r++) {
            if (allocation[r] == null || allocation[r].length != environment.outcomeCount()) {
                throw new IllegalArgumentException("allocation[" + r + "] must have one entry per outcome ("
                        + environment.outcomeCount() + ")");
            }
            if (payments[r] == null || payments[r].length != environment.size()) {
                throw new IllegalArgumentException("payments[" + r + "] must have one entry per agent (" + environment.size() + ")");
            }
            a[r] = allocation[r].clone();
            p[r] = payments[r].clone();
            double sum = 0;
            for (int x = 0; x < a[r].length; x++) {
                if (!Double.isFinite(a[r][x]) || a[r][x] < -1e-9) {
                    throw new IllegalArgumentException("allocation[" + r + "][" + x + "] must be a probability (got " + a[r][x] + ")");
                }
                sum += a[r][x];
            }
            if (Math.abs(sum - 1) > 1e-7) {
                throw new IllegalArgumentException("allocation[" + r + "] must sum to 1 (got " + sum + ")");
            }
            for (int i = 0; i < p[r].length; i++) {
                if (!Double.isFinite(p[r][i])) {
                    throw new IllegalArgumentException("payments[" + r + "][" + i + "] must be finite (got " + p[r][i] + ")");
                }
            }
        }
        allocation = a;
        payments = p;
    }

    /**
     * The utility of agent {@code i} of true type {@code trueType} when the reported profile is {@code reported}.
     *
     * @param i        an agent index
     * @param trueType its true type, an index into the agent's types
     * @param reported the index of the reported profile
     * @return {@code sum_x allocation[reported][x] v_i(trueType, x) - payments[reported][i]}
     * @throws IllegalArgumentException if an index is out of range
     */
    public double utility(int i, int trueType, int reported) {
        Agent agent = environment.agent(i);
        Arguments.index("trueType", trueType, agent.types());
        Arguments.index("reported", reported, payments.length);
        double u = -payments[reported][i];
        double[] lottery = allocation[reported];
        for (int x = 0; x < lottery.length; x++) {
            u += lottery[x] * agent.value(trueType, x);
        }
        return u;
    }

    /**
     * The probability of an outcome at a reported profile, {@code a(r, x)}.
     *
     * @param profile a profile index in {@code [0, profiles)}
     * @param outcome an outcome index
     * @return the probability of the outcome at the reported profile
     * @throws IllegalArgumentException if an index is out of range
     */
    public double probability(int profile, int outcome) {
        Arguments.index("profile", profile, allocation.length);
        return allocation[profile][Arguments.index("outcome", outcome, allocation[profile].length)];
    }

    /**
     * An agent's payment at a reported profile, {@code p_i(r)}.
     *
     * @param profile a profile index in {@code [0, profiles)}
     * @param i       an agent index
     * @return agent i's payment at the reported profile
     * @throws IllegalArgumentException if an index is out of range
     */
    public double payment(int profile, int i) {
        Arguments.index("profile", profile, payments.length);
        return payments[profile][Arguments.index("i", i, payments[profile].length)];
    }

    /**
     * Expected revenue, {@code Σ_r P(r) Σ_i p_i(r)} (Myerson 1981, §3).
     *
     * @return the expected sum of payments under truthful reports and the prior
     */
    public double expectedRevenue() {
        double revenue = 0;
        for (int r = 0; r < payments.length; r++) {
            revenue += environment.probability(r) * Arrays.stream(payments[r]).sum();
        }
        return revenue;
    }

    /**
     * Expected welfare, {@code Σ_r P(r) Σ_x a(r, x) Σ_i v_i(θ_i, x)}.
     *
     * @return the expected total value of the outcome under truthful reports and the prior
     */
    public double expectedWelfare() {
        double welfare = 0;
        for (int r = 0; r < allocation.length; r++) {
            double w = 0;
            for (int x = 0; x < allocation[r].length; x++) {
                w += allocation[r][x] * environment.welfare(r, x);
            }
            welfare += environment.probability(r) * w;
        }
        return welfare;
    }

    @Override
    public double[][] allocation() {
        return Arrays.stream(allocation).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[][] payments() {
        return Arrays.stream(payments).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DirectMechanism m && environment.equals(m.environment)
                && Arrays.deepEquals(allocation, m.allocation) && Arrays.deepEquals(payments, m.payments);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * environment.hashCode() + Arrays.deepHashCode(allocation)) + Arrays.deepHashCode(payments);
    }

    @Override
    public String toString() {
        return "DirectMechanism[" + environment.size() + " agents, " + environment.profiles() + " profiles]";
    }
}
