package org.mdlab.cloud;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.mdlab.market.Arguments;

/**
 * A menu of committed-spend contracts ({@link CommittedSpendContract} with a unit-price {@link Overage}, Bergemann and Deb 2025, arXiv 2502.07168,
 * Section 1) for the multiplicative-shock model ({@link MultiplicativeDemand}; a derived variant of Bergemann
 * and Wang 2025, arXiv 2502.08022, Section 4): contract {@code j} commits the buyer to a minimum spend
 * {@code B_j} that covers {@code m_j} units and bills usage beyond {@code m_j} at {@code p_j},
 * {@code T_j(q) = B_j + p_j (q - m_j)^+}.
 *
 * <p><b>Equivalence with two-part tariffs (derived).</b> With {@code B_j = F_j + p_j m_j},
 * {@code T_j(q) = F_j + p_j q} for every {@code q ≥ m_j}, and below {@code m_j} the marginal price is 0. If
 * {@code m_j ≤ q(θ ε, p_j)} at every shock for a signal {@code θ}, that buyer's best usage under {@code T_j} is
 * {@code q(θ ε, p_j)} (the kinked objective is concave and its slope at {@code m_j} is
 * {@code θ ε u'(m_j) - p_j ≥ 0}) and he pays {@code F_j + p_j q}: usage, payment and surplus coincide. So
 * with {@code m_i ≤ min_ε q(θ_i ε, p_i)} the menu reproduces every on-path choice of the two-part menu. Off
 * path, {@code T_j(q) = F_j + p_j max(q, m_j) ≥ F_j + p_j q}, so no deviation pays more than under the
 * two-part menu, and a higher signal {@code θ_k ≥ θ_j} deviating to {@code j} uses
 * {@code q(θ_k ε, p_j) ≥ m_j} and earns exactly his two-part deviation payoff: the two-part menu's IC carries
 * over. If {@code m_i} exceeds some on-path usage,
 * that shock over-uses up to {@code m_i} and pays {@code B_i}, more than {@code F_i + p_i q}: the equivalence
 * fails. The old form {@code max(S, p q)} is the special case {@code B = p m} ({@code F = 0}).
 *
 * @param contracts the contracts, one per signal
 */
public record CommittedSpendMenu(List<CommittedSpendContract> contracts) implements SignalContractMenu {

    /**
     * Validates and copies the list.
     *
     * @throws IllegalArgumentException if the list is empty or a contract has a zero marginal price
     */
    public CommittedSpendMenu {
        if (contracts == null || contracts.isEmpty()) {
            throw new IllegalArgumentException("contracts must be non-empty");
        }
        for (int j = 0; j < contracts.size(); j++) {
            CommittedSpendContract contract = contracts.get(j);
            if (contract == null) {
                throw new IllegalArgumentException("contracts must not hold null (at " + j + ")");
            }
            if (!(contract.overage() instanceof Overage.UnitPrice unit)) {
                throw new IllegalArgumentException("contracts must bill usage beyond the commitment at one unit price (got "
                        + contract.overage() + " at " + j + ")");
            }
            if (!(unit.price() > 0)) {
                throw new IllegalArgumentException("unit price must be > 0 (got " + unit.price() + " at " + j + ")");
            }
        }
        contracts = List.copyOf(contracts);
    }

    /**
     * The committed-spend translation of a two-part menu: contract {@code i} covers {@code m_i} units for the
     * minimum spend {@code B_i = F_i + p_i m_i} and bills further units at {@code p_i}.
     *
     * @param tariffs       the two-part menu, fees {@code ≥ 0}
     * @param minimumUsages the committed usages {@code m_i >= 0}, one per contract
     * @return the menu
     * @throws IllegalArgumentException if the lengths differ or a term breaks its rule
     */
    public static CommittedSpendMenu fromTwoPartTariffs(TwoPartTariffMenu tariffs, double[] minimumUsages) {
        Arguments.notNull("tariffs", tariffs);
        Arguments.notNull("minimumUsages", minimumUsages);
        double[] f = tariffs.fees();
        double[] p = tariffs.unitPrices();
        if (minimumUsages == null || minimumUsages.length != f.length) {
            throw new IllegalArgumentException("minimumUsages must have one entry per contract (" + f.length + ")");
        }
        CommittedSpendContract[] terms = new CommittedSpendContract[f.length];
        for (int i = 0; i < f.length; i++) {
            Arguments.nonNegative("minimumUsages[" + i + "]", minimumUsages[i]);
            terms[i] = CommittedSpendContract.withUnitPrice(minimumUsages[i], f[i] + p[i] * minimumUsages[i], p[i]);
        }
        return new CommittedSpendMenu(List.of(terms));
    }

    /**
     * The equivalent committed-spend menu with the largest admissible commitments:
     * {@code m_i = min(1, min_ε q(θ_i ε, p_i))}, {@code B_i = F_i + p_i m_i} ({@link #fromTwoPartTariffs}).
     *
     * @param demand  the demand model
     * @param tariffs a two-part menu with one contract per signal and fees {@code ≥ 0}
     * @return the menu
     * @throws IllegalArgumentException if the menu does not have one contract per signal or a fee is negative
     */
    public static CommittedSpendMenu coveringLowestUsage(MultiplicativeDemand demand, TwoPartTariffMenu tariffs) {
        Arguments.notNull("demand", demand);
        Arguments.notNull("tariffs", tariffs);
        double[] p = tariffs.unitPrices();
        if (p.length != demand.signalCount()) {
            throw new IllegalArgumentException("the menu must have one contract per signal (" + demand.signalCount()
                    + "), got " + p.length);
        }
        double[] m = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            m[i] = Math.min(1, lowestUsage(demand, i, p[i]));
        }
        return fromTwoPartTariffs(tariffs, m);
    }

    /**
     * The lowest on-path usage of signal {@code i} at unit price {@code p}: usage rises with the shock.
     *
     * @param demand the demand model
     * @param signal the signal index
     * @param price  the unit price
     * @return {@code q(θ_i min ε, p)}
     */
    public static double lowestUsage(MultiplicativeDemand demand, int signal, double price) {
        Arguments.index("signal", signal, Arguments.notNull("demand", demand).signalCount());
        Arguments.nonNegative("price", price);
        return demand.usageValue().demand(demand.signals()[signal] * demand.shocks()[0], price);
    }

    /**
     * The payment of contract {@code j} at usage {@code q}.
     *
     * @param contract the contract index
     * @param usage    the usage
     * @return {@code B_j + p_j (q - m_j)^+}
     */
    public double payment(int contract, double usage) {
        Arguments.index("contract", contract, size());
        Arguments.nonNegative("usage", usage);
        return contracts.get(contract).payment(usage);
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
        Arguments.notNull("demand", demand);
        Arguments.index("contract", contract, size());
        Arguments.positive("intensity", intensity);
        CommittedSpendContract terms = contracts.get(contract);
        double m = terms.commitment();
        double linear = demand.usageValue().demand(intensity, terms.unitPrice());
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
    @Override
    public double exAnteSurplus(MultiplicativeDemand demand, int signal, int contract) {
        Arguments.index("signal", signal, Arguments.notNull("demand", demand).signalCount());
        Arguments.index("contract", contract, size());
        return overShocks(demand, signal, contract, (s, q) -> s * demand.usageValue().value(q) - payment(contract, q));
    }

    @Override
    public double sellerProfit(MultiplicativeDemand demand, int signal, int contract) {
        Arguments.index("signal", signal, Arguments.notNull("demand", demand).signalCount());
        Arguments.index("contract", contract, size());
        return overShocks(demand, signal, contract, (s, q) -> payment(contract, q) - demand.unitCost() * q);
    }

    private double overShocks(MultiplicativeDemand demand, int signal, int contract,
                              DoubleBinaryOperator atIntensityAndUsage) {
        double theta = demand.signals()[signal];
        double[] e = demand.shocks();
        double[] h = demand.shockProbabilities();
        double sum = 0;
        for (int k = 0; k < e.length; k++) {
            double s = theta * e[k];
            sum += h[k] * atIntensityAndUsage.applyAsDouble(s, bestUsage(demand, contract, s));
        }
        return sum;
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
        Arguments.index("signal", signal, Arguments.notNull("demand", demand).signalCount());
        Arguments.index("shock", shock, demand.shocks().length);
        return bestUsage(demand, choice(demand, signal), demand.signals()[signal] * demand.shocks()[shock]);
    }

    /**
     * The payment of signal {@code i} at shock {@code k} under its chosen contract.
     *
     * @param demand the demand model
     * @param signal the signal index
     * @param shock  the shock index
     * @return {@code T_j(q)}, {@code j = choice(i)}, {@code q = usage(i, k)}
     * @throws IllegalArgumentException if the menu does not have one contract per signal
     */
    public double paymentOnPath(MultiplicativeDemand demand, int signal, int shock) {
        Arguments.notNull("demand", demand);
        return payment(choice(demand, signal), usage(demand, signal, shock));
    }

    @Override
    public int size() {
        return contracts.size();
    }
}
