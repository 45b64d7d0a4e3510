package org.mdlab.dynamic.revenue;

import org.mdlab.estimator.MonteCarloEstimate;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Cancellation;

import java.util.SplittableRandom;

/**
 * Transfers that implement the optimal allocation of {@link AutoregressiveScreening} (Pavan, Segal and
 * Toikka 2014, Econometrica 82(2), the envelope formula of their Myersonian approach; see also
 * Bergemann and Välimäki 2019, JEL 57(2)). In period 1 the buyer reports {@code r} for
 * {@code θ_1}, receives {@code q_1 = (2r - 1)₊} and pays the up-front {@code P(r)}; in every later
 * period {@code t} it buys any quantity at the tariff {@code T_t(q) = D_t q + q²/2} with
 * {@code D_t = γ^{t-1}(1 - r)}, whose best response {@code q = (θ_t - D_t)₊} is the optimal allocation.
 * The buyer's expected utility from reporting {@code r} with true type θ is
 * <pre>  V(θ, r) = θ q_1(r) - P(r) + Σ_{t≥2} δ^{t-1} E[½ (γ^{t-1}(θ - 1 + r) + S_t)₊²], </pre>
 * and {@code P} makes the envelope condition hold with {@code U(0) = 0}:
 * {@code U(r) = ¼ (2r - 1)₊² + Σ_{t≥2} δ^{t-1} ¼ E[(γ^{t-1}(2r - 1) + S_t)₊² - (S_t - γ^{t-1})₊²]} and
 * {@code P(r) = G(r, r) - U(r)}, where {@code G(θ, r) = V(θ, r) + P(r)} is the gross utility. The expectations over {@code S_t} use the lattice quadrature of
 * {@link AutoregressiveScreening}, built once here.
 */
public final class AutoregressiveContract {

    /** Intervals of the table of up-front payments used by {@link #simulate}. */
    public static final int FEE_NODES = 1024;

    private final AutoregressiveScreening model;
    private final ShockLattice lattice;

    private AutoregressiveContract(AutoregressiveScreening model, ShockLattice lattice) {
        this.model = model;
        this.lattice = lattice;
    }

    /**
     * The contract of a model, with the default lattice resolution.
     *
     * @param model the model; not null
     * @return the contract
     * @throws IllegalArgumentException if {@code model} is null
     */
    public static AutoregressiveContract of(AutoregressiveScreening model) {
        Arguments.notNull("model", model);
        return new AutoregressiveContract(model, ShockLattice.of(model.persistence(), model.innovation(),
                model.horizon(), AutoregressiveScreening.LATTICE_CELLS_PER_SD));
    }

    /** @return the model */
    public AutoregressiveScreening model() {
        return model;
    }

    /**
     * The buyer's expected utility from reporting {@code r} when its initial type is θ, then buying its
     * best quantity from each later tariff.
     *
     * @param type   θ_1; in [0, 1]
     * @param report r; in [0, 1]
     * @return {@code V(θ, r)}
     * @throws IllegalArgumentException if an argument is outside [0, 1]
     */
    public double utility(double type, double report) {
        AutoregressiveScreening.requireInitialType(type);
        AutoregressiveScreening.requireInitialType(report);
        return grossUtility(type, report) - upfrontPayment(report);
    }

    /**
     * The up-front payment of report {@code r}, which includes the price of the period-1 quantity.
     *
     * @param report r; in [0, 1]
     * @return {@code P(r)}
     * @throws IllegalArgumentException if the report is outside [0, 1]
     */
    public double upfrontPayment(double report) {
        AutoregressiveScreening.requireInitialType(report);
        return grossUtility(report, report) - envelopeUtility(report);
    }

    /**
     * The tariff of a later period after initial report {@code r}.
     *
     * @param period   t; in 2..T
     * @param report   r; in [0, 1]
     * @param quantity q; finite, {@code >= 0}
     * @return {@code T_t(q) = γ^{t-1}(1 - r) q + q²/2}
     * @throws IllegalArgumentException if an argument is out of range
     */
    public double tariff(int period, double report, double quantity) {
        if (period < 2) {
            throw new IllegalArgumentException("period must lie in 2.." + model.horizon()
                    + " (period 1 is paid up front) (got " + period + ")");
        }
        Arguments.nonNegative("quantity", quantity);
        return model.distortion(period, report) * quantity + 0.5 * quantity * quantity;
    }

    private double grossUtility(double type, double report) {
        double total = type * Math.max(0, 2 * report - 1);
        for (int t = 2; t <= model.horizon(); t++) {
            double shift = model.impulseResponse(t) * (type - 1 + report);
            total += Math.pow(model.discount(), t - 1) * lattice.expectation(t, s -> AutoregressiveScreening.halfSquare(shift + s));
        }
        return total;
    }

    private double envelopeUtility(double report) {
        double first = Math.max(0, 2 * report - 1);
        double total = first * first / 4;
        for (int t = 2; t <= model.horizon(); t++) {
            double g = model.impulseResponse(t);
            total += Math.pow(model.discount(), t - 1) * 0.5
                    * lattice.expectation(t, s -> AutoregressiveScreening.halfSquare(g * (2 * report - 1) + s)
                            - AutoregressiveScreening.halfSquare(s - g));
        }
        return total;
    }

    /**
     * The seller's profit and the buyer's utility along seeded histories when the buyer reports
     * truthfully and buys its best response from every tariff, from realised transfers and costs. The
     * up-front payment is tabulated at {@value #FEE_NODES} + 1 equally spaced reports and interpolated
     * linearly (error {@code O(h²)}, below {@code 10⁻⁶} for the smooth {@code P}).
     *
     * @param histories the number of histories; in 2..10⁷
     * @param random    the seeded source; not null
     * @return {@code [profit, buyer utility]} estimates
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public MonteCarloEstimate[] simulate(int histories, SplittableRandom random) {
        Arguments.atLeast("histories", histories, 2);
        Arguments.sizeAtMost("histories", histories, 10_000_000, "one history of T periods each");
        Arguments.notNull("random", random);
        double[] fees = new double[FEE_NODES + 1];
        for (int k = 0; k <= FEE_NODES; k++) {
            fees[k] = upfrontPayment((double) k / FEE_NODES);
        }
        double[] sum = new double[2];
        double[] squares = new double[2];
        for (int n = 0; n < histories; n++) {
            Cancellation.threadInterrupt().check("contract Monte Carlo");
            double[] types = model.simulateTypes(random);
            double q1 = Math.max(0, 2 * types[0] - 1);
            double position = types[0] * FEE_NODES;
            int node = Math.min(FEE_NODES - 1, (int) position);
            double fee = fees[node] + (position - node) * (fees[node + 1] - fees[node]);
            double profit = fee - 0.5 * q1 * q1;
            double utility = types[0] * q1 - fee;
            for (int t = 2; t <= model.horizon(); t++) {
                double weight = Math.pow(model.discount(), t - 1);
                double q = Math.max(0, types[t - 1] - model.distortion(t, types[0]));
                double bill = tariff(t, types[0], q);
                profit += weight * (bill - 0.5 * q * q);
                utility += weight * (types[t - 1] * q - bill);
            }
            double[] draw = {profit, utility};
            for (int k = 0; k < 2; k++) {
                sum[k] += draw[k];
                squares[k] += draw[k] * draw[k];
            }
        }
        MonteCarloEstimate[] estimates = new MonteCarloEstimate[2];
        for (int k = 0; k < 2; k++) {
            estimates[k] = MonteCarloEstimate.fromSums(sum[k], squares[k], histories);
        }
        return estimates;
    }
}
