package org.mdlab.cloud;

import java.util.Arrays;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * A menu of genuine two-part tariffs for the multiplicative-shock model ({@link MultiplicativeDemand}; a
 * derived variant of Bergemann and Wang 2025, arXiv 2502.08022, Section 4): contract {@code j} charges a
 * fixed fee {@code F_j} at contracting and one unit price {@code p_j}, {@code T_j(q) = F_j + p_j q}. The buyer
 * picks the contract with the highest expected surplus {@code E W(θ ε, p_j) - F_j} (he anticipates
 * re-optimising usage at every shock), then uses {@code q(θ ε, p_j)}; ties go to the contract the seller
 * prefers.
 *
 * @param fees       the fixed fees {@code F_j}, finite
 * @param unitPrices the unit prices {@code p_j}, finite and positive
 */
public record TwoPartTariffMenu(double[] fees, double[] unitPrices) implements SignalContractMenu {

    /** The number of golden-section steps of each one-price search in {@link #optimisedPrices}. */
    public static final int GOLDEN_STEPS = 60;

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, a fee is not finite or
     *                                  a price is not finite and positive
     */
    public TwoPartTariffMenu {
        if (fees == null || unitPrices == null || fees.length == 0 || fees.length != unitPrices.length) {
            throw new IllegalArgumentException("fees and unitPrices must be non-empty and of equal length");
        }
        for (int j = 0; j < fees.length; j++) {
            if (!Double.isFinite(fees[j])) {
                throw new IllegalArgumentException("fees must be finite (got " + fees[j] + " at " + j + ")");
            }
            if (!(unitPrices[j] > 0) || !Double.isFinite(unitPrices[j])) {
                throw new IllegalArgumentException("unitPrices must be finite and > 0 (got " + unitPrices[j] + " at " + j + ")");
            }
        }
        fees = fees.clone();
        unitPrices = unitPrices.clone();
    }

    /**
     * The menu that implements the relaxed allocation (derived): {@code p_i = c θ_i/θ̃_i}, so that the buyer's
     * own first-order condition {@code θ_i ε u'(q) = p_i} is the relaxed one {@code θ̃_i ε u'(q) = c}; the
     * prices fall with the signal (volume discounts for higher signals) exactly when {@code θ̃_i/θ_i} rises.
     * Fees from {@link #withBindingFees}.
     *
     * @param demand the demand model
     * @return the menu
     * @throws IllegalArgumentException if some {@code θ̃_i ≤ 0} (the relaxed problem excludes the signal) or
     *                                  {@code θ̃_i/θ_i} is not non-decreasing (the prices would not fall, so
     *                                  the relaxed allocation is not implementable and needs ironing)
     */
    public static TwoPartTariffMenu relaxedOptimum(MultiplicativeDemand demand) {
        Arguments.notNull("demand", demand);
        double[] theta = demand.signals();
        double[] virtual = demand.virtualSignals();
        for (int i = 0; i < theta.length; i++) {
            if (!(virtual[i] > 0)) {
                throw new IllegalArgumentException("virtual signal must be > 0 (got θ̃_" + i + " = " + virtual[i]
                        + "); the relaxed problem excludes this signal");
            }
            if (i > 0 && virtual[i] / theta[i] < virtual[i - 1] / theta[i - 1]) {
                throw new IllegalArgumentException("θ̃_i/θ_i must be non-decreasing (got " + virtual[i - 1] / theta[i - 1]
                        + " at " + (i - 1) + " and " + virtual[i] / theta[i] + " at " + i + "); ironing needed");
            }
        }
        return withBindingFees(demand, relaxedPrices(demand));
    }

    private static double[] relaxedPrices(MultiplicativeDemand demand) {
        double[] theta = demand.signals();
        double[] virtual = demand.virtualSignals();
        double[] prices = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            prices[i] = demand.unitCost() * theta[i] / virtual[i];
        }
        return prices;
    }

    private static boolean relaxedImplementable(MultiplicativeDemand demand) {
        double[] theta = demand.signals();
        double[] virtual = demand.virtualSignals();
        for (int i = 0; i < theta.length; i++) {
            if (!(virtual[i] > 0) || (i > 0 && virtual[i] / theta[i] < virtual[i - 1] / theta[i - 1])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fees from the lowest signal's binding ex-ante IR, {@code F_1 = E W(θ_1 ε, p_1)}, and binding adjacent
     * downward ex-ante IC with re-optimised usage,
     * {@code F_{i+1} = F_i + E W(θ_{i+1} ε, p_{i+1}) - E W(θ_{i+1} ε, p_i)}. With non-increasing prices the
     * surplus {@code E W(θ ε, p)} has increasing differences in {@code (θ, -p)}, so these local constraints
     * imply every global one.
     *
     * @param demand the demand model
     * @param prices one unit price per signal, positive and non-increasing
     * @return the menu
     * @throws IllegalArgumentException if the prices break their rule or do not match the signal count
     */
    public static TwoPartTariffMenu withBindingFees(MultiplicativeDemand demand, double[] prices) {
        Arguments.notNull("demand", demand);
        Arguments.notNull("prices", prices);
        double[] theta = demand.signals();
        if (prices == null || prices.length != theta.length) {
            throw new IllegalArgumentException("prices must have one entry per signal (" + theta.length + ")");
        }
        double[] fees = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            if (i > 0 && prices[i] > prices[i - 1]) {
                throw new IllegalArgumentException("prices must be non-increasing (got " + prices[i] + " > "
                        + prices[i - 1] + " at " + i + ")");
            }
            fees[i] = i == 0 ? demand.expectedSurplus(theta[0], prices[0])
                    : fees[i - 1] + demand.expectedSurplus(theta[i], prices[i]) - demand.expectedSurplus(theta[i], prices[i - 1]);
        }
        return new TwoPartTariffMenu(fees, prices);
    }

    /**
     * The best menu of genuine two-part tariffs (derived): binding fees ({@link #withBindingFees}) and prices
     * chosen by coordinate ascent, each price in turn maximising the profit
     * {@code Σ_i g_i (F_i + (p_i - c) E q(θ_i ε, p_i))} by golden-section search on
     * {@code [p_{i+1}, p_{i-1}]} (with {@code p_0 = θ_I max ε}, the top intensity times {@code u'(0) = 1},
     * and {@code p_{I+1} = c}), a move kept only if it raises the profit, starting from the relaxed prices
     * {@code c θ_i/θ̃_i} when they are implementable and from {@code p = c} otherwise. A local search: its
     * profit is at least the relaxed-price menu's and a lower bound on the best two-part-tariff profit.
     * Each golden-section search takes {@value #GOLDEN_STEPS} steps, narrowing its bracket to
     * {@code 0.618^60 ≈ 3·10^-13} of its width (a scale-free stop rule).
     *
     * <p>The sweeps stop at a coordinate-wise fixed point, the first sweep that moves no price (status
     * {@code OPTIMAL}), or after {@code options.iterationLimit()} sweeps (status {@code ITERATION_LIMIT},
     * with the menu of the last sweep as payload). Cancellation is polled before every golden-section search.
     *
     * @param demand  the demand model; not null
     * @param options the solver options: {@code iterationLimit} bounds the number of sweeps; not null
     * @return the menu, with the status of the search and the number of sweeps run as diagnostics
     * @throws IllegalArgumentException if an argument is null
     * @throws java.util.concurrent.CancellationException if the options' cancellation fires
     */
    public static Solution<TwoPartTariffMenu> optimisedPrices(MultiplicativeDemand demand, SolverOptions options) {
        Arguments.notNull("demand", demand);
        Arguments.notNull("options", options);
        double[] theta = demand.signals();
        double[] e = demand.shocks();
        int n = theta.length;
        double top = theta[n - 1] * e[e.length - 1];
        double[] prices = new double[n];
        if (relaxedImplementable(demand)) {
            prices = relaxedPrices(demand);
        } else {
            Arrays.fill(prices, demand.unitCost());
        }
        for (long sweep = 1; sweep <= options.iterationLimit(); sweep++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                options.cancellation().check("two-part tariff price search");
                double low = i == n - 1 ? demand.unitCost() : prices[i + 1];
                double high = i == 0 ? Math.max(top, prices[0]) : prices[i - 1];
                double candidate = goldenSection(demand, prices, i, low, high);
                if (profitAt(demand, prices, i, candidate) > profitAt(demand, prices, i, prices[i])) {
                    prices[i] = candidate;
                    moved = true;
                }
            }
            if (!moved) {
                return Solution.optimal(withBindingFees(demand, prices), Diagnostics.iterations(sweep));
            }
        }
        return Solution.iterationLimit(withBindingFees(demand, prices), Diagnostics.iterations(options.iterationLimit())
                .withNote("prices still moved in the last of " + options.iterationLimit() + " sweeps"));
    }

    private static double goldenSection(MultiplicativeDemand demand, double[] prices, int index, double low, double high) {
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = low;
        double b = high;
        for (int step = 0; step < GOLDEN_STEPS; step++) {
            double left = b - ratio * (b - a);
            double right = a + ratio * (b - a);
            if (profitAt(demand, prices, index, left) >= profitAt(demand, prices, index, right)) {
                b = right;
            } else {
                a = left;
            }
        }
        return (a + b) / 2;
    }

    private static double profitAt(MultiplicativeDemand demand, double[] prices, int index, double price) {
        double[] trial = prices.clone();
        trial[index] = price;
        TwoPartTariffMenu menu = withBindingFees(demand, trial);
        double[] theta = demand.signals();
        double[] g = demand.signalProbabilities();
        double sum = 0;
        for (int i = 0; i < theta.length; i++) {
            sum += g[i] * (menu.fees[i] + (trial[i] - demand.unitCost()) * demand.expectedUsage(theta[i], trial[i]));
        }
        return sum;
    }

    /** @return a copy of the fees */
    @Override
    public double[] fees() {
        return fees.clone();
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
     * @return {@code F_j + p_j q}
     */
    public double payment(int contract, double usage) {
        Arguments.index("contract", contract, size());
        Arguments.nonNegative("usage", usage);
        return fees[contract] + unitPrices[contract] * usage;
    }

    /**
     * The lower envelope of the menu: what a buyer who knew his usage in advance would pay.
     *
     * @param usage the usage
     * @return {@code min_j F_j + p_j q}
     */
    public double lowerEnvelope(double usage) {
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < fees.length; j++) {
            best = Math.min(best, payment(j, usage));
        }
        return best;
    }

    /**
     * The ex-ante surplus of signal {@code i} from contract {@code j}, with usage re-optimised at every shock.
     *
     * @param demand   the demand model
     * @param signal   the true signal index
     * @param contract the contract index
     * @return {@code E W(θ_i ε, p_j) - F_j}
     */
    @Override
    public double exAnteSurplus(MultiplicativeDemand demand, int signal, int contract) {
        Arguments.index("signal", signal, Arguments.notNull("demand", demand).signalCount());
        Arguments.index("contract", contract, size());
        return demand.expectedSurplus(demand.signals()[signal], unitPrices[contract]) - fees[contract];
    }

    @Override
    public double sellerProfit(MultiplicativeDemand demand, int signal, int contract) {
        Arguments.index("signal", signal, Arguments.notNull("demand", demand).signalCount());
        Arguments.index("contract", contract, size());
        double theta = demand.signals()[signal];
        return fees[contract] + (unitPrices[contract] - demand.unitCost()) * demand.expectedUsage(theta, unitPrices[contract]);
    }

    /**
     * The usage of signal {@code i} at shock {@code k} under its chosen contract.
     *
     * @param demand the demand model
     * @param signal the signal index
     * @param shock  the shock index
     * @return {@code q(θ_i ε_k, p_{choice(i)})}
     * @throws IllegalArgumentException if the menu does not have one contract per signal
     */
    public double usage(MultiplicativeDemand demand, int signal, int shock) {
        Arguments.index("signal", signal, Arguments.notNull("demand", demand).signalCount());
        Arguments.index("shock", shock, demand.shocks().length);
        return demand.usageValue().demand(demand.signals()[signal] * demand.shocks()[shock], unitPrices[choice(demand, signal)]);
    }

    @Override
    public int size() {
        return fees.length;
    }
}
