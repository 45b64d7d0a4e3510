package org.mdlab.cloud;

/**
 * A menu of committed-spend contracts for the multiplicative-shock model ({@link MultiplicativeDemand}; a
 * derived variant of Bergemann and Wang 2025, arXiv 2502.08022, Section 4): contract {@code j} commits the
 * buyer to a spend {@code S_j} paid upfront, against which usage is drawn at unit price {@code p_j}; usage
 * beyond the commitment {@code m_j = S_j/p_j} is billed at {@code p_j}: {@code T_j(q) = max(S_j, p_j q)}.
 *
 * <p><b>Equivalence with two-part tariffs (derived).</b> Above {@code m_j} the contract charges
 * {@code p_j q}, the two-part tariff {@code F_j + p_j q}; below it the marginal price is 0. So
 * {@code (S_j, p_j)} reproduces the allocation and payments of the two-part tariff {@code (F_j, p_j)} if and
 * only if {@code F_j = 0} and every on-path usage exceeds the commitment,
 * {@code S_j ≤ p_j min_ε q(θ_j ε, p_j)}. The optimal menu has {@code F_1 = E W(θ_1 ε, p_1) > 0}, so its
 * committed-spend counterpart differs: prepaid usage is free at the margin, low shocks over-use up to
 * {@code m_j}, and the seller recovers the fee only as the commitment.
 *
 * @param commitments the committed spends {@code S_j ≥ 0}, finite
 * @param unitPrices  the unit prices {@code p_j > 0}, finite
 */
public record CommittedSpendMenu(double[] commitments, double[] unitPrices) {

    private static final double TIE = 1e-10;

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, a commitment is
     *                                  negative or not finite, or a price is not finite and positive
     */
    public CommittedSpendMenu {
        if (commitments == null || unitPrices == null || commitments.length == 0 || commitments.length != unitPrices.length) {
            throw new IllegalArgumentException("commitments and unitPrices must be non-empty and of equal length");
        }
        for (int j = 0; j < commitments.length; j++) {
            if (!(commitments[j] >= 0) || !Double.isFinite(commitments[j])) {
                throw new IllegalArgumentException("commitments must be finite and >= 0 (got " + commitments[j] + " at " + j + ")");
            }
            if (!(unitPrices[j] > 0) || !Double.isFinite(unitPrices[j])) {
                throw new IllegalArgumentException("unitPrices must be finite and > 0 (got " + unitPrices[j] + " at " + j + ")");
            }
        }
        commitments = commitments.clone();
        unitPrices = unitPrices.clone();
    }

    /**
     * The committed-spend menu that commits each signal to the expected spend of its two-part tariff,
     * {@code S_i = F_i + p_i E q(θ_i ε, p_i)}, at the same unit prices.
     *
     * @param demand  the demand model
     * @param tariffs a menu of two-part tariffs with one contract per signal
     * @return the committed-spend menu
     * @throws IllegalArgumentException if an expected spend is negative
     */
    public static CommittedSpendMenu matchingExpectedSpend(MultiplicativeDemand demand, TwoPartTariffMenu tariffs) {
        double[] f = tariffs.fees();
        double[] p = tariffs.unitPrices();
        double[] s = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            s[i] = f[i] + p[i] * demand.expectedUsage(demand.signals()[i], p[i]);
        }
        return new CommittedSpendMenu(s, p);
    }

    /** @return a copy of the commitments */
    @Override
    public double[] commitments() {
        return commitments.clone();
    }

    /** @return a copy of the unit prices */
    @Override
    public double[] unitPrices() {
        return unitPrices.clone();
    }

    /**
     * The payment of contract {@code j} at usage {@code q}.
     *
     * @param contract the contract index
     * @param usage    the usage
     * @return {@code max(S_j, p_j q)}
     */
    public double payment(int contract, double usage) {
        return Math.max(commitments[contract], unitPrices[contract] * usage);
    }

    /**
     * The best usage of intensity {@code s} under contract {@code j}: the objective {@code s u(q) - T_j(q)} is
     * concave, with marginal price 0 up to {@code m_j} and {@code p_j} beyond, so the optimum is
     * {@code q(s, p_j)} if that exceeds {@code m_j}, else {@code min(m_j, satiation)}.
     *
     * @param demand    the demand model
     * @param contract  the contract index
     * @param intensity the intensity {@code s = θ ε > 0}
     * @return the best usage
     */
    public double bestUsage(MultiplicativeDemand demand, int contract, double intensity) {
        double m = commitments[contract] / unitPrices[contract];
        double linear = demand.usageValue().demand(intensity, unitPrices[contract]);
        return linear >= m ? linear : Math.min(m, demand.usageValue().satiation());
    }

    /**
     * The ex-ante surplus of signal {@code i} from contract {@code j}, usage re-optimised at every shock.
     *
     * @param demand   the demand model
     * @param signal   the true signal index
     * @param contract the contract index
     * @return {@code E[θ_i ε u(q) - T_j(q)]} at the best usage
     */
    public double exAnteSurplus(MultiplicativeDemand demand, int signal, int contract) {
        double theta = demand.signals()[signal];
        double[] e = demand.shocks();
        double[] h = demand.shockProbabilities();
        double sum = 0;
        for (int k = 0; k < e.length; k++) {
            double q = bestUsage(demand, contract, theta * e[k]);
            sum += h[k] * (theta * e[k] * demand.usageValue().value(q) - payment(contract, q));
        }
        return sum;
    }

    private double sellerProfit(MultiplicativeDemand demand, int signal, int contract) {
        double theta = demand.signals()[signal];
        double[] e = demand.shocks();
        double[] h = demand.shockProbabilities();
        double sum = 0;
        for (int k = 0; k < e.length; k++) {
            double q = bestUsage(demand, contract, theta * e[k]);
            sum += h[k] * (payment(contract, q) - demand.unitCost() * q);
        }
        return sum;
    }

    /**
     * The contract signal {@code i} picks: the highest ex-ante surplus, ties (within {@code 1e-10}) broken in
     * the seller's favour.
     *
     * @param demand the demand model
     * @param signal the signal index
     * @return the chosen contract index
     * @throws IllegalArgumentException if the menu does not have one contract per signal
     */
    public int choice(MultiplicativeDemand demand, int signal) {
        requireOneContractPerSignal(demand);
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < commitments.length; j++) {
            best = Math.max(best, exAnteSurplus(demand, signal, j));
        }
        int chosen = -1;
        for (int j = 0; j < commitments.length; j++) {
            if (exAnteSurplus(demand, signal, j) >= best - TIE
                    && (chosen < 0 || sellerProfit(demand, signal, j) > sellerProfit(demand, signal, chosen))) {
                chosen = j;
            }
        }
        return chosen;
    }

    /**
     * The usage of signal {@code i} at shock {@code k} under its chosen contract.
     *
     * @param demand the demand model
     * @param signal the signal index
     * @param shock  the shock index
     * @return the best usage under {@code choice(i)}
     * @throws IllegalArgumentException if the menu does not have one contract per signal
     */
    public double usage(MultiplicativeDemand demand, int signal, int shock) {
        return bestUsage(demand, choice(demand, signal), demand.signals()[signal] * demand.shocks()[shock]);
    }

    /**
     * The seller's expected profit when every signal picks its best contract.
     *
     * @param demand the demand model
     * @return {@code Σ_i g_i E[T_j(q) - c q]}, {@code j = choice(i)}
     * @throws IllegalArgumentException if the menu does not have one contract per signal
     */
    public double profit(MultiplicativeDemand demand) {
        double[] g = demand.signalProbabilities();
        double sum = 0;
        for (int i = 0; i < g.length; i++) {
            sum += g[i] * sellerProfit(demand, i, choice(demand, i));
        }
        return sum;
    }

    /**
     * The largest gain of any signal from any other contract over its own, usage re-optimised.
     *
     * @param demand the demand model
     * @return {@code max(0, max_{i,j} U(i, j) - U(i, i))}
     * @throws IllegalArgumentException if the menu does not have one contract per signal
     */
    public double maxIcViolation(MultiplicativeDemand demand) {
        requireOneContractPerSignal(demand);
        double worst = 0;
        for (int i = 0; i < commitments.length; i++) {
            for (int j = 0; j < commitments.length; j++) {
                worst = Math.max(worst, exAnteSurplus(demand, i, j) - exAnteSurplus(demand, i, i));
            }
        }
        return worst;
    }

    /**
     * The largest ex-ante IR violation of the own contracts.
     *
     * @param demand the demand model
     * @return {@code max(0, -min_i U(i, i))}
     * @throws IllegalArgumentException if the menu does not have one contract per signal
     */
    public double maxIrViolation(MultiplicativeDemand demand) {
        requireOneContractPerSignal(demand);
        double worst = 0;
        for (int i = 0; i < commitments.length; i++) {
            worst = Math.max(worst, -exAnteSurplus(demand, i, i));
        }
        return worst;
    }

    private void requireOneContractPerSignal(MultiplicativeDemand demand) {
        if (commitments.length != demand.signalCount()) {
            throw new IllegalArgumentException("the menu must have one contract per signal (" + demand.signalCount()
                    + "), got " + commitments.length);
        }
    }
}
