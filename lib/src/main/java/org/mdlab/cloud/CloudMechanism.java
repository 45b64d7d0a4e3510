package org.mdlab.cloud;

import java.util.Arrays;
import org.mdlab.market.Arguments;
import org.mdlab.screening.IncentiveMenu;
import org.mdlab.screening.Menu;
import org.mdlab.screening.MenuAudit;
import org.mdlab.screening.SequentialAudit;

/**
 * A direct sequential mechanism for cloud usage (Bergemann and Wang 2025, arXiv 2502.08022, Section 2):
 * a buyer who reports signal {@code i} and then value {@code v_k} gets expected usage {@code q_i(v_k)}
 * and pays {@code t_i(v_k)}; the seller's expected cost is {@code e_i(v_k)}, equal to {@code c(q)} for a
 * deterministic mechanism and at least {@code c(q)} for a lottery over usage levels.
 *
 * @param demand       the demand model
 * @param usage        {@code q[i][k] >= 0}
 * @param expectedCost {@code e[i][k]}, finite
 * @param payment      {@code t[i][k]}, finite
 */
public record CloudMechanism(CloudDemand demand, double[][] usage, double[][] expectedCost, double[][] payment)
        implements IncentiveMenu {

    /**
     * Validates the dimensions and copies the arrays.
     *
     * @throws IllegalArgumentException if the demand is missing, a dimension disagrees with it, or an
     *                                  entry is negative usage or not finite
     */
    public CloudMechanism {
        if (demand == null) {
            throw new IllegalArgumentException("demand must not be null");
        }
        usage = checked("usage", usage, demand, true);
        expectedCost = checked("expectedCost", expectedCost, demand, false);
        payment = checked("payment", payment, demand, false);
    }

    private static double[][] checked(String name, double[][] m, CloudDemand demand, boolean nonNegative) {
        if (m == null || m.length != demand.signals()) {
            throw new IllegalArgumentException(name + " must have " + demand.signals() + " rows");
        }
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            if (m[i] == null || m[i].length != demand.valueCount()) {
                throw new IllegalArgumentException(name + " row " + i + " must have " + demand.valueCount() + " entries");
            }
            for (int k = 0; k < m[i].length; k++) {
                if (!Double.isFinite(m[i][k]) || (nonNegative && m[i][k] < 0)) {
                    throw new IllegalArgumentException(name + " must be finite" + (nonNegative ? " and >= 0" : "")
                            + " (got " + m[i][k] + " at " + i + ", " + k + ")");
                }
            }
            copy[i] = m[i].clone();
        }
        return copy;
    }

    /** @return a copy of the usage */
    @Override
    public double[][] usage() {
        return Arrays.stream(usage).map(double[]::clone).toArray(double[][]::new);
    }

    /** @return a copy of the expected costs */
    @Override
    public double[][] expectedCost() {
        return Arrays.stream(expectedCost).map(double[]::clone).toArray(double[][]::new);
    }

    /** @return a copy of the payments */
    @Override
    public double[][] payment() {
        return Arrays.stream(payment).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * The seller's expected profit {@code Σ_i g_i Σ_k f_i(v_k) (t_i(v_k) - e_i(v_k))}.
     *
     * @return the profit
     */
    public double profit() {
        double sum = 0;
        for (int i = 0; i < demand.signals(); i++) {
            for (int k = 0; k < demand.valueCount(); k++) {
                sum += demand.signalProbability(i) * demand.probability(i, k) * (payment[i][k] - expectedCost[i][k]);
            }
        }
        return sum;
    }

    /**
     * The expected total surplus {@code Σ_i g_i Σ_k f_i(v_k) (v_k q_i(v_k) - e_i(v_k))}.
     *
     * @return the surplus
     */
    public double surplus() {
        double sum = 0;
        for (int i = 0; i < demand.signals(); i++) {
            for (int k = 0; k < demand.valueCount(); k++) {
                sum += demand.signalProbability(i) * demand.probability(i, k)
                        * (demand.value(k) * usage[i][k] - expectedCost[i][k]);
            }
        }
        return sum;
    }

    /**
     * The ex-ante rent of each signal under truthful reporting, {@code U_i = Σ_k f_i(v_k)(v_k q_i(v_k) - t_i(v_k))}.
     *
     * @return the rents in signal order
     */
    public double[] rents() {
        double[] rents = new double[demand.signals()];
        for (int i = 0; i < rents.length; i++) {
            rents[i] = contractPayoff(i, i);
        }
        return rents;
    }

    /**
     * The ex-ante payoff of a buyer with signal {@code i} who takes contract {@code j} and then reports
     * his value optimally: {@code Σ_k f_i(v_k) max_m (v_k q_j(v_m) - t_j(v_m))} (the double deviation of
     * sequential screening, Courty and Li 2000, Section 2).
     *
     * @param signal   the true signal {@code i}
     * @param contract the contract taken {@code j}
     * @return the payoff
     */
    public double contractPayoff(int signal, int contract) {
        Arguments.index("signal", signal, demand.signals());
        Arguments.index("contract", contract, demand.signals());
        double sum = 0;
        for (int k = 0; k < demand.valueCount(); k++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int m = 0; m < demand.valueCount(); m++) {
                best = Math.max(best, demand.value(k) * usage[contract][m] - payment[contract][m]);
            }
            sum += demand.probability(signal, k) * best;
        }
        return sum;
    }

    /**
     * The number of contracts, one per signal.
     *
     * @return {@code I}
     */
    @Override
    public int size() {
        return demand.signals();
    }

    /**
     * The ex-ante payoff of signal {@code i} from contract {@code j} ({@link #contractPayoff}).
     *
     * @param type the true signal, in {@code [0, I)}
     * @param item the contract taken, in {@code [0, I)}
     * @return the expected payoff with optimal value reports
     * @throws IllegalArgumentException if an index is out of range
     */
    @Override
    public double payoff(int type, int item) {
        return contractPayoff(Arguments.index("type", type, size()), Arguments.index("item", item, size()));
    }

    /**
     * The ex-post menu of contract {@code j}: item {@code k} is (usage, payment) intended for value
     * {@code v_k}, with mass {@code f_j(v_k)}; its {@link MenuAudit} IC violation is the ex-post IC
     * violation of the contract. (Its IR part does not apply: participation is ex ante.)
     *
     * @param contract the contract index
     * @return the menu
     */
    public Menu expostMenu(int contract) {
        Arguments.index("contract", contract, demand.signals());
        return new Menu(demand.values(), demand.conditionals()[contract], usage[contract], payment[contract]);
    }

    /**
     * The largest violations of ex-post IC (over every contract, by {@link MenuAudit}), of ex-ante IC
     * with optimal continuation, and of ex-ante IR.
     *
     * @return the audit
     */
    @Override
    public SequentialAudit audit() {
        double expost = 0;
        for (int j = 0; j < demand.signals(); j++) {
            expost = Math.max(expost, MenuAudit.of(expostMenu(j)).maxIcViolation());
        }
        double[] rents = rents();
        double exAnteIc = 0;
        double exAnteIr = 0;
        for (int i = 0; i < rents.length; i++) {
            exAnteIr = Math.max(exAnteIr, -rents[i]);
            for (int j = 0; j < rents.length; j++) {
                exAnteIc = Math.max(exAnteIc, contractPayoff(i, j) - rents[i]);
            }
        }
        return new SequentialAudit(expost, exAnteIc, exAnteIr);
    }
}
