package org.mdlab.screening;

import org.mdlab.market.Arguments;

/**
 * A sequential mechanism: for each ex-ante type {@code i}, trade probabilities {@code x_i(v_k)} and
 * payments {@code p_i(v_k)} on the problem's value grid (Courty and Li 2000, Section 2). A
 * deterministic contract is an option: an advance payment {@code a_i = p_i(v_K)} and a refund
 * {@code r_i = a_i - p_i(v_1)} paid back when the buyer does not consume.
 *
 * @param problem    the screening problem
 * @param allocation {@code x[i][k]} in {@code [0, 1]}
 * @param payment    {@code p[i][k]}, finite
 */
public record SequentialMenu(SequentialScreening problem, double[][] allocation, double[][] payment)
        implements IncentiveMenu {

    /**
     * Validates the dimensions and copies the arrays.
     *
     * @throws IllegalArgumentException if a dimension disagrees with the problem or an entry is out of range
     */
    public SequentialMenu {
        Arguments.notNull("problem", problem);
        Arguments.notNull("allocation", allocation);
        Arguments.notNull("payment", payment);
        int n = problem.typeProbabilities().length;
        int kk = problem.values().length;
        if (allocation.length != n || payment.length != n) {
            throw new IllegalArgumentException("allocation and payment must have " + n + " rows");
        }
        double[][] x = new double[n][];
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            if (allocation[i].length != kk || payment[i].length != kk) {
                throw new IllegalArgumentException("row " + i + " must have " + kk + " entries");
            }
            for (int k = 0; k < kk; k++) {
                if (!(allocation[i][k] >= 0 && allocation[i][k] <= 1) || !Double.isFinite(payment[i][k])) {
                    throw new IllegalArgumentException("allocation must lie in [0, 1] and payment be finite (got "
                            + allocation[i][k] + ", " + payment[i][k] + " at " + i + ", " + k + ")");
                }
            }
            x[i] = allocation[i].clone();
            p[i] = payment[i].clone();
        }
        allocation = x;
        payment = p;
    }

    /** @return a copy of the allocation */
    @Override
    public double[][] allocation() {
        return copy(allocation);
    }

    /** @return a copy of the payments */
    @Override
    public double[][] payment() {
        return copy(payment);
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /**
     * The seller's expected revenue {@code Σ_i α_i Σ_k f_i(v_k) p_i(v_k)}.
     *
     * @return the revenue
     */
    public double revenue() {
        double[] alpha = problem.typeProbabilities();
        double[][] f = problem.conditionals();
        double sum = 0;
        for (int i = 0; i < alpha.length; i++) {
            for (int k = 0; k < f[i].length; k++) {
                sum += alpha[i] * f[i][k] * payment[i][k];
            }
        }
        return sum;
    }

    /**
     * The seller's expected profit, revenue less the cost of the units sold:
     * {@code Σ_i α_i Σ_k f_i(v_k) (p_i(v_k) - c x_i(v_k))}.
     *
     * @return the profit
     */
    public double profit() {
        double[] alpha = problem.typeProbabilities();
        double[][] f = problem.conditionals();
        double sum = revenue();
        for (int i = 0; i < alpha.length; i++) {
            for (int k = 0; k < f[i].length; k++) {
                sum -= alpha[i] * f[i][k] * problem.cost() * allocation[i][k];
            }
        }
        return sum;
    }

    /**
     * The expected utility of ex-ante type {@code i} when it takes the contract of type {@code j} and
     * then reports its value optimally within it.
     *
     * @param i the true ex-ante type
     * @param j the contract taken
     * @return {@code Σ_k f_i(v_k) max_l (x_j(v_l) v_k - p_j(v_l))}
     */
    public double exAnteUtility(int i, int j) {
        Arguments.index("i", i, allocation.length);
        Arguments.index("j", j, allocation.length);
        double[] v = problem.values();
        double[] f = problem.conditionals()[i];
        double sum = 0;
        for (int k = 0; k < v.length; k++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < v.length; l++) {
                best = Math.max(best, allocation[j][l] * v[k] - payment[j][l]);
            }
            sum += f[k] * best;
        }
        return sum;
    }

    /**
     * The incentive audit of the mechanism: the largest violation of ex-post IC within any contract, of
     * ex-ante IC (with optimal value reports after a deviation) and of ex-ante IR, each 0 for a feasible
     * mechanism (Courty and Li 2000, Section 2). {@code O(I K^2 + I^2 K^2)}.
     *
     * @return the audit
     */
    @Override
    public SequentialAudit audit() {
        double[] v = problem.values();
        double exPost = 0;
        for (int i = 0; i < allocation.length; i++) {
            for (int k = 0; k < v.length; k++) {
                double own = allocation[i][k] * v[k] - payment[i][k];
                for (int l = 0; l < v.length; l++) {
                    exPost = Math.max(exPost, allocation[i][l] * v[k] - payment[i][l] - own);
                }
            }
        }
        MenuAudit exAnte = MenuAudit.of(this);
        return new SequentialAudit(exPost, exAnte.maxIcViolation(), exAnte.maxIrViolation());
    }

    /**
     * The number of contracts, one per ex-ante type.
     *
     * @return {@code I}
     */
    @Override
    public int size() {
        return allocation.length;
    }

    /**
     * The ex-ante payoff of type {@code i} from contract {@code j} with optimal value reports
     * ({@link #exAnteUtility(int, int)}).
     *
     * @param type the true ex-ante type, in {@code [0, I)}
     * @param item the contract taken, in {@code [0, I)}
     * @return the expected utility
     * @throws IllegalArgumentException if an index is out of range
     */
    @Override
    public double payoff(int type, int item) {
        return exAnteUtility(Arguments.index("type", type, size()), Arguments.index("item", item, size()));
    }

    /**
     * The advance payment of type {@code i}'s contract, the payment at the highest value.
     *
     * @param i the ex-ante type
     * @return {@code p_i(v_K)}
     */
    public double advancePayment(int i) {
        Arguments.index("i", i, allocation.length);
        return payment[i][payment[i].length - 1];
    }

    /**
     * The refund of type {@code i}'s contract, returned to a buyer who does not consume.
     *
     * @param i the ex-ante type
     * @return {@code p_i(v_K) - p_i(v_1)}
     */
    public double refund(int i) {
        Arguments.index("i", i, allocation.length);
        return advancePayment(i) - payment[i][0];
    }
}
