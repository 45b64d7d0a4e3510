package org.mdlab.cloud;

import java.util.List;
import java.util.Objects;
import org.mdlab.market.Arguments;

/**
 * A menu of usage contracts offered before demand is known (Bergemann and Wang 2025, arXiv 2502.08022,
 * Section 4): each signal takes the contract with the highest expected payoff given its conditional value
 * distribution (ties within {@value UsageContract#TIE} relative broken towards the later contract), then
 * chooses usage at its realised value. The induced outcome is a direct mechanism, which makes
 * implementations comparable allocation by allocation.
 *
 * @param contracts the contracts, one per signal in the intended order; non-empty
 */
public record CloudContractMenu(List<UsageContract> contracts) {

    /**
     * Validates and copies the list.
     *
     * @throws IllegalArgumentException if the list is empty or contains null
     */
    public CloudContractMenu {
        if (contracts == null || contracts.isEmpty() || contracts.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("contracts must be a non-empty list without nulls");
        }
        contracts = List.copyOf(contracts);
    }

    /**
     * The two-part tariff implementation of a deterministic mechanism ({@link CloudTariff#implementing}).
     *
     * @param mechanism the mechanism
     * @return the menu
     */
    public static CloudContractMenu twoPartTariffs(CloudMechanism mechanism) {
        Arguments.notNull("mechanism", mechanism);
        return new CloudContractMenu(List.copyOf(CloudTariff.implementing(mechanism)));
    }

    /**
     * The committed-spend implementation of a deterministic mechanism: each two-part tariff turned into a
     * committed-spend contract ({@link CommittedSpendContract#from}).
     *
     * @param mechanism the mechanism
     * @return the menu
     */
    public static CloudContractMenu committedSpend(CloudMechanism mechanism) {
        Arguments.notNull("mechanism", mechanism);
        double lowest = mechanism.demand().value(0);
        return new CloudContractMenu(CloudTariff.implementing(mechanism).stream()
                .map(t -> (UsageContract) CommittedSpendContract.from(t, lowest)).toList());
    }

    /**
     * The expected payoff of a signal from a contract, {@code Σ_k f_i(v_k) payoff_j(v_k)}.
     *
     * @param demand   the demand model
     * @param signal   the signal
     * @param contract the contract index
     * @return the ex-ante payoff
     */
    public double expectedPayoff(CloudDemand demand, int signal, int contract) {
        Arguments.notNull("demand", demand);
        Arguments.index("signal", signal, demand.signals());
        Arguments.index("contract", contract, contracts.size());
        double sum = 0;
        for (int k = 0; k < demand.valueCount(); k++) {
            sum += demand.probability(signal, k) * contracts.get(contract).payoff(demand.value(k));
        }
        return sum;
    }

    /**
     * The contract each signal takes.
     *
     * @param demand the demand model
     * @return the chosen contract index per signal
     */
    public int[] choices(CloudDemand demand) {
        Arguments.notNull("demand", demand);
        int[] choice = new int[demand.signals()];
        for (int i = 0; i < choice.length; i++) {
            double scale = 0;
            for (int j = 0; j < contracts.size(); j++) {
                double magnitude = 0;
                for (int k = 0; k < demand.valueCount(); k++) {
                    magnitude += demand.probability(i, k) * contracts.get(j).magnitude(demand.value(k));
                }
                scale = Math.max(scale, magnitude);
            }
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < contracts.size(); j++) {
                double payoff = expectedPayoff(demand, i, j);
                if (payoff >= best - UsageContract.TIE * scale) {
                    best = Math.max(best, payoff);
                    choice[i] = j;
                }
            }
        }
        return choice;
    }

    /**
     * The direct mechanism the menu induces: the usage, cost {@code c(q)} and payment of every (signal,
     * value) under the buyer's own choices.
     *
     * @param demand the demand model; its cost must allow every usage in the menu
     * @return the induced mechanism
     */
    public CloudMechanism outcome(CloudDemand demand) {
        Arguments.notNull("demand", demand);
        int[] choice = choices(demand);
        int n = demand.signals();
        int kk = demand.valueCount();
        double[][] q = new double[n][kk];
        double[][] cost = new double[n][kk];
        double[][] t = new double[n][kk];
        for (int i = 0; i < n; i++) {
            UsageContract contract = contracts.get(choice[i]);
            for (int k = 0; k < kk; k++) {
                q[i][k] = contract.usage(demand.value(k));
                cost[i][k] = demand.cost().at(q[i][k]);
                t[i][k] = contract.payment(q[i][k]);
            }
        }
        return new CloudMechanism(demand, q, cost, t);
    }
}
