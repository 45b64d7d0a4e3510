package org.mdlab.cloud;

import org.mdlab.market.Arguments;
import org.mdlab.screening.IncentiveMenu;
import org.mdlab.screening.MenuAudit;

/**
 * A menu of contracts signed after the buyer learns his signal and before his demand shock, in the
 * multiplicative-shock model ({@link MultiplicativeDemand}; a derived variant of Bergemann and Wang 2025,
 * arXiv 2502.08022, Section 4): each signal picks the contract with the highest ex-ante surplus, anticipating
 * that it re-optimises usage at every shock, and ties within {@value #CHOICE_TIE} go to the contract the seller
 * prefers. The choice, the seller's profit and the ex-ante IC and IR audit are the same for every form of the
 * contracts ({@link TwoPartTariffMenu}, {@link CommittedSpendMenu}); the forms supply the surpluses.
 */
public interface SignalContractMenu {

    /**
     * Surplus differences up to this times the largest {@code |surplus| + |profit|} over the contracts are
     * ties in the buyer's choice (a scale-free rule).
     */
    double CHOICE_TIE = 1e-10;

    /**
     * The number of contracts on the menu.
     *
     * @return the size, {@code >= 1}
     */
    int size();

    /**
     * The ex-ante surplus of signal {@code i} from contract {@code j}, usage re-optimised at every shock.
     *
     * @param demand   the demand model
     * @param signal   the true signal index
     * @param contract the contract index
     * @return {@code U(i, j) = E[θ_i ε u(q) - T_j(q)]} at the best usage
     */
    double exAnteSurplus(MultiplicativeDemand demand, int signal, int contract);

    /**
     * The seller's expected profit from signal {@code i} on contract {@code j}, usage re-optimised at every
     * shock.
     *
     * @param demand   the demand model
     * @param signal   the true signal index
     * @param contract the contract index
     * @return {@code E[T_j(q) - c q]} at the buyer's best usage
     */
    double sellerProfit(MultiplicativeDemand demand, int signal, int contract);

    /**
     * The contract signal {@code i} picks: the highest ex-ante surplus, ties broken in the seller's favour.
     *
     * @param demand the demand model
     * @param signal the signal index
     * @return the chosen contract index
     * @throws IllegalArgumentException if the menu does not have one contract per signal
     */
    default int choice(MultiplicativeDemand demand, int signal) {
        requireOneContractPerSignal(demand);
        double best = Double.NEGATIVE_INFINITY;
        double scale = 0;
        for (int j = 0; j < size(); j++) {
            double surplus = exAnteSurplus(demand, signal, j);
            best = Math.max(best, surplus);
            scale = Math.max(scale, Math.abs(surplus) + Math.abs(sellerProfit(demand, signal, j)));
        }
        int chosen = -1;
        for (int j = 0; j < size(); j++) {
            if (exAnteSurplus(demand, signal, j) >= best - CHOICE_TIE * scale
                    && (chosen < 0 || sellerProfit(demand, signal, j) > sellerProfit(demand, signal, chosen))) {
                chosen = j;
            }
        }
        return chosen;
    }

    /**
     * The seller's expected profit when every signal picks its best contract.
     *
     * @param demand the demand model
     * @return {@code Σ_i g_i E[T_j(q) - c q]}, {@code j = choice(i)}
     * @throws IllegalArgumentException if the menu does not have one contract per signal
     */
    default double profit(MultiplicativeDemand demand) {
        double[] g = demand.signalProbabilities();
        double sum = 0;
        for (int i = 0; i < g.length; i++) {
            sum += g[i] * sellerProfit(demand, i, choice(demand, i));
        }
        return sum;
    }

    /**
     * The largest gain of any signal from any other contract over its own (contract {@code i} for signal
     * {@code i}), usage re-optimised: 0 when the menu is globally ex-ante IC.
     *
     * @param demand the demand model
     * @return {@code max(0, max_{i,j} U(i, j) - U(i, i))}
     * @throws IllegalArgumentException if the menu does not have one contract per signal
     */
    default double maxIcViolation(MultiplicativeDemand demand) {
        return audit(demand).maxIcViolation();
    }

    /**
     * The largest ex-ante IR violation of the own contracts.
     *
     * @param demand the demand model
     * @return {@code max(0, -min_i U(i, i))}
     * @throws IllegalArgumentException if the menu does not have one contract per signal
     */
    default double maxIrViolation(MultiplicativeDemand demand) {
        return audit(demand).maxIrViolation();
    }

    /**
     * The ex-ante IC and IR audit of the menu against a demand model, over every (signal, contract) pair
     * ({@link MenuAudit#of(IncentiveMenu)} of {@link #against}).
     *
     * @param demand the demand model; not null
     * @return the audit
     * @throws IllegalArgumentException if the menu does not have one contract per signal
     */
    default MenuAudit audit(MultiplicativeDemand demand) {
        return MenuAudit.of(against(demand));
    }

    /**
     * The menu as seen by the signals of a demand model: type {@code i}'s payoff from item {@code j} is
     * {@link #exAnteSurplus}{@code (demand, i, j)}.
     *
     * @param demand the demand model; not null
     * @return the menu in the shared {@link IncentiveMenu} vocabulary
     * @throws IllegalArgumentException if the menu does not have one contract per signal
     */
    default IncentiveMenu against(MultiplicativeDemand demand) {
        Arguments.notNull("demand", demand);
        requireOneContractPerSignal(demand);
        int n = size();
        return new IncentiveMenu() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public double payoff(int type, int item) {
                return exAnteSurplus(demand, Arguments.index("type", type, n), Arguments.index("item", item, n));
            }
        };
    }

    private void requireOneContractPerSignal(MultiplicativeDemand demand) {
        if (size() != demand.signalCount()) {
            throw new IllegalArgumentException("the menu must have one contract per signal (" + demand.signalCount()
                    + "), got " + size());
        }
    }
}
