package org.mdlab.cloud;

import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;
import org.mdlab.market.Arguments;
import org.mdlab.market.Scale;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * Robust pricing when the seller knows only the mean of demand (after Bergemann and Deb 2025, arXiv
 * 2502.07168, on a discretised support): a buyer of demand intensity {@code θ >= 0} values usage
 * {@code q in [0, 1]} at {@code θ u(q)} with {@code u(q) = q - q^2/2}, so that at unit price {@code p} he
 * uses {@code q(θ, p) = (1 - p/θ)^+} and keeps {@code W_p(θ) = ((θ - p)^+)^2 / (2θ)}; usage costs the seller
 * {@code c} per unit. The buyer knows the distribution {@code G} of his demand when he contracts; the
 * seller knows only that {@code E_G θ = μ} and {@code θ <= θ̄}. The profit guarantee of a contract is its
 * worst expected profit over all such {@code G}, found by a linear program over distributions on a grid
 * of {@code [0, θ̄]} that contains {@code μ} (exact for distributions on the grid). The bound
 * {@code S(μ) = W_c(μ)} holds for every mechanism (the point mass at {@code μ} leaves no more surplus), and
 * the committed-spend contract with marginal price {@code c}, commitment {@code m <= q(μ, c)} and base
 * payment {@code S(μ) + c m} attains it: the buyer's value {@code E_G W} is convex in {@code θ} and is
 * accepted by Jensen's inequality, and the seller earns {@code S(μ)} at every realisation.
 *
 * @param unitCost   the unit cost {@code c}, {@code >= 0}
 * @param meanDemand the known mean {@code μ}, {@code > c}
 * @param maxDemand  the largest demand {@code θ̄}, {@code > μ}
 * @param gridPoints the number of equally spaced support points on {@code [0, θ̄]}, in {@code [2, MAX_GRID_POINTS]} (μ is added)
 */
public record MeanDemandPricing(double unitCost, double meanDemand, double maxDemand, int gridPoints) {

    /** The largest support grid accepted; each guarantee solves LPs with that many variables. */
    public static final int MAX_GRID_POINTS = 100_000;

    private static final double ACCEPT_TOLERANCE = 1e-9;

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException unless {@code 0 <= c < μ < θ̄} are finite and {@code gridPoints >= 2}
     */
    public MeanDemandPricing {
        if (!(unitCost >= 0 && unitCost < meanDemand && meanDemand < maxDemand) || !Double.isFinite(maxDemand)) {
            throw new IllegalArgumentException("need finite 0 <= unitCost < meanDemand < maxDemand (got " + unitCost
                    + ", " + meanDemand + ", " + maxDemand + ")");
        }
        Arguments.atLeast("gridPoints", gridPoints, 2);
        Arguments.sizeAtMost("gridPoints", gridPoints, MAX_GRID_POINTS, "two LPs with gridPoints variables");
    }

    /**
     * The support grid: {@code gridPoints} equally spaced points on {@code [0, θ̄]} and {@code μ}.
     *
     * @return the support, increasing
     */
    public double[] support() {
        TreeSet<Double> points = new TreeSet<>();
        for (int j = 0; j < gridPoints; j++) {
            points.add(j == gridPoints - 1 ? maxDemand : j * maxDemand / (gridPoints - 1));
        }
        points.add(meanDemand);
        return points.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The buyer's usage under a contract: {@code max(m, q(θ, p))}.
     *
     * @param demand   the demand intensity {@code θ >= 0}
     * @param contract the contract
     * @return the usage
     */
    public double usage(double demand, CommittedSpendContract contract) {
        Arguments.nonNegative("demand", demand);
        double price = unitPriceOf(contract);
        double free = demand > price ? 1 - price / demand : 0;
        return Math.max(contract.commitment(), free);
    }

    /**
     * The buyer's ex-post payoff under a contract he has accepted, {@code θ u(q) - payment(q)}.
     *
     * @param demand   the demand intensity
     * @param contract the contract
     * @return the payoff
     */
    public double buyerPayoff(double demand, CommittedSpendContract contract) {
        Arguments.nonNegative("demand", demand);
        Arguments.notNull("contract", contract);
        double q = usage(demand, contract);
        return demand * (q - q * q / 2) - contract.payment(q);
    }

    /**
     * The seller's ex-post profit from an accepted contract, {@code payment(q) - c q}.
     *
     * @param demand   the demand intensity
     * @param contract the contract
     * @return the profit
     */
    public double sellerProfit(double demand, CommittedSpendContract contract) {
        Arguments.nonNegative("demand", demand);
        Arguments.notNull("contract", contract);
        double q = usage(demand, contract);
        return contract.payment(q) - unitCost * q;
    }

    /**
     * The efficient surplus at the mean, {@code S(μ) = (μ - c)^2 / (2μ)}: no mechanism guarantees more.
     *
     * @return the bound
     */
    public double surplusAtMean() {
        return (meanDemand - unitCost) * (meanDemand - unitCost) / (2 * meanDemand);
    }

    /**
     * The robustly optimal committed-spend contract: marginal price {@code c}, commitment
     * {@code m = s q(μ, c)} for a share {@code s in [0, 1]}, base payment {@code S(μ) + c m}.
     *
     * @param commitmentShare the share {@code s} of the mean buyer's efficient usage committed
     * @return the contract
     * @throws IllegalArgumentException if {@code s} is outside {@code [0, 1]}
     */
    public CommittedSpendContract robustCommittedSpend(double commitmentShare) {
        if (!(commitmentShare >= 0 && commitmentShare <= 1)) {
            throw new IllegalArgumentException("commitmentShare must lie in [0, 1] (got " + commitmentShare + ")");
        }
        double m = commitmentShare * (1 - unitCost / meanDemand);
        return CommittedSpendContract.withUnitPrice(m, surplusAtMean() + unitCost * m, unitCost);
    }

    /**
     * The two-part tariff with unit price {@code p} and the largest fee every buyer accepts,
     * {@code F = W_p(μ)} (by Jensen's inequality {@code E_G W_p >= W_p(μ)}).
     *
     * @param price the unit price, {@code >= 0}
     * @return the tariff
     */
    public CommittedSpendContract acceptedTwoPartTariff(double price) {
        double gap = Math.max(0, meanDemand - price);
        return CommittedSpendContract.twoPartTariff(gap * gap / (2 * meanDemand), price);
    }

    /**
     * The profit guarantee of a contract: the least expected profit over distributions on the support grid
     * with mean {@code μ}. If some such distribution leaves the buyer an expected payoff below zero he
     * declines and the guarantee is 0; otherwise it is
     * {@code min Σ π_j profit(θ_j)} subject to {@code Σ π_j = 1}, {@code Σ π_j θ_j = μ} and
     * {@code Σ π_j payoff(θ_j) >= 0}. Two LPs with {@code |support|} variables and three constraints.
     *
     * The buyer is taken to decline when the least expected payoff is below {@code -1e-9} times the
     * largest absolute payoff on the support (a scale-free test).
     *
     * @param contract the contract; not null
     * @return the worst-case distribution and its profit, or the solver's status without them
     * @throws IllegalArgumentException if {@code contract} is null
     */
    public Solution<WorstCaseDemand> guarantee(CommittedSpendContract contract) {
        return guarantee(contract, SolverOptions.defaults());
    }

    /**
     * The profit guarantee of a contract, as {@link #guarantee(CommittedSpendContract)}, with solver options.
     *
     * @param contract the contract; not null
     * @param options  the solver options; not null
     * @return the worst-case distribution and its profit, or the solver's status without them
     * @throws IllegalArgumentException if an argument is null
     */
    public Solution<WorstCaseDemand> guarantee(CommittedSpendContract contract, SolverOptions options) {
        Arguments.notNull("contract", contract);
        Arguments.notNull("options", options);
        double[] theta = support();
        double[] payoff = Arrays.stream(theta).map(t -> buyerPayoff(t, contract)).toArray();
        double[] profit = Arrays.stream(theta).map(t -> sellerProfit(t, contract)).toArray();
        double scale = Arrays.stream(payoff).map(Math::abs).max().orElse(0);
        Solution<LinearProgram.Point> declining = minimise(theta, payoff, Optional.empty(), options);
        if (!declining.isOptimal()) {
            return Solution.failure(declining.status(), declining.diagnostics());
        }
        if (declining.value().objective() * moneyUnit() < -ACCEPT_TOLERANCE * scale) {
            return declining.map(point -> new WorstCaseDemand(0, theta, weights(point), true));
        }
        return minimise(theta, profit, Optional.of(payoff), options)
                .map(point -> new WorstCaseDemand(point.objective() * moneyUnit(), theta, weights(point), false));
    }

    private Solution<LinearProgram.Point> minimise(double[] theta, double[] objective, Optional<double[]> accepted,
                                                   SolverOptions options) {
        double unit = moneyUnit();
        LinearProgram model = LinearProgram.create();
        LinearProgram.Variable[] pi = new LinearProgram.Variable[theta.length];
        for (int j = 0; j < theta.length; j++) {
            pi[j] = model.variable("pi_" + j).lower(0).weight(objective[j] / unit);
        }
        LinearProgram.Constraint total = model.constraint("total").level(1);
        LinearProgram.Constraint mean = model.constraint("mean").level(meanDemand / unit);
        for (int j = 0; j < theta.length; j++) {
            total.set(pi[j], 1);
            mean.set(pi[j], theta[j] / unit);
        }
        accepted.ifPresent(payoff -> {
            LinearProgram.Constraint accept = model.constraint("accept").lower(0);
            for (int j = 0; j < theta.length; j++) {
                accept.set(pi[j], payoff[j] / unit);
            }
        });
        return model.minimise(options);
    }

    private static double unitPriceOf(CommittedSpendContract contract) {
        Arguments.notNull("contract", contract);
        double price = contract.unitPrice();
        if (contract.commitment() > 1) {
            throw new IllegalArgumentException("contract.commitment must be <= 1, the satiation usage of u(q) = q - q^2/2 (got "
                    + contract.commitment() + ")");
        }
        return price;
    }

    private double moneyUnit() {
        return Scale.unit(maxDemand);
    }

    private static double[] weights(LinearProgram.Point point) {
        return Arrays.stream(point.values()).map(w -> Math.max(0, w)).toArray();
    }
}
