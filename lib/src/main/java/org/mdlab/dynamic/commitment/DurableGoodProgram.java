package org.mdlab.dynamic.commitment;

import org.mdlab.market.Arguments;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

import java.util.ArrayList;
import java.util.List;

/**
 * The period-1 problem of the {@link DurableGoodSale} as a linear program over direct Blackwell
 * mechanisms with output messages on a grid of posteriors (Doval and Skreta 2022, Econometrica 90(4),
 * revelation principle for limited commitment; the slides' program with participation, truthtelling and
 * consistency constraints). For each message μ2 on the grid and each period-2 price that is sequentially
 * rational at μ2 (θ_L below μ̂, θ_H above, both at μ̂) the variables are the message probability
 * {@code τ}, the sale mass {@code Q = τ q} and the payment mass {@code X = τ x}; the type-conditional
 * message probabilities {@code β(μ2 | θ_H) = τ μ2 / μ1}, {@code β(μ2 | θ_L) = τ (1 - μ2) / (1 - μ1)} make
 * every message's posterior equal to μ2 (consistency). Constraints: Bayes plausibility
 * {@code Σ τ = 1, Σ τ μ2 = μ1}, {@code 0 ≤ Q ≤ τ}, IR and IC of both types including their period-2
 * rents. It checks the concavification of {@link DurableGoodSale#limitedCommitment(double)}: on any
 * grid containing {0, μ̂, 1} the two optima coincide.
 *
 * @param revenue the optimal revenue; finite
 */
public record DurableGoodProgram(double revenue) {

    /** The largest admissible type-conditional weight {@code 1/μ1} or {@code 1/(1 − μ1)}. */
    public static final double MAX_WEIGHT = 1e12;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the revenue is not finite
     */
    public DurableGoodProgram {
        Arguments.finite("revenue", revenue);
    }

    /**
     * Solves the program on a grid of posteriors.
     *
     * @param sale       the durable-good sale
     * @param prior      μ1; in (0, 1)
     * @param posteriors the message grid; each in [0, 1]; μ̂ is added with both period-2 prices
     * @param options    read for cancellation
     * @return the optimum, or the status of the linear program when it was not solved
     * @throws IllegalArgumentException if the prior is outside (0, 1) or so close to 0 or 1 that the
     *                                  type-conditional weights {@code 1/μ1, 1/(1 − μ1)} overflow, or a
     *                                  posterior is outside [0, 1]
     */
    public static Solution<DurableGoodProgram> solve(DurableGoodSale sale, double prior, double[] posteriors,
                                                     SolverOptions options) {
        Arguments.notNull("sale", sale);
        Arguments.openUnit("prior", prior);
        if (!(1 / prior <= MAX_WEIGHT && 1 / (1 - prior) <= MAX_WEIGHT)) {
            throw new IllegalArgumentException("prior must lie in [1/" + MAX_WEIGHT + ", 1 - 1/" + MAX_WEIGHT
                    + "] so that the weights 1/prior and 1/(1 - prior) stay finite (got " + prior + ")");
        }
        Arguments.notNull("posteriors", posteriors);
        Arguments.notNull("options", options);
        if (posteriors.length == 0) {
            throw new IllegalArgumentException("posteriors must be non-empty (got 0 entries)");
        }
        double cutoff = sale.cutoffBelief();
        List<double[]> messages = new ArrayList<>();
        for (double m : posteriors) {
            if (!(m >= 0 && m <= 1)) {
                throw new IllegalArgumentException("posteriors must lie in [0, 1] (got " + m + ")");
            }
            if (m != cutoff) {
                messages.add(new double[] {m, m < cutoff ? 1 : 0});
            }
        }
        messages.add(new double[] {cutoff, 1});
        messages.add(new double[] {cutoff, 0});
        double thL = sale.thetaLow();
        double thH = sale.thetaHigh();
        double d = sale.discount();
        LinearProgram model = LinearProgram.create();
        LinearProgram.Constraint total = model.constraint("total").level(1);
        LinearProgram.Constraint mean = model.constraint("bayes").level(prior);
        LinearProgram.Constraint irH = model.constraint("IR_H").lower(0);
        LinearProgram.Constraint irL = model.constraint("IR_L").lower(0);
        LinearProgram.Constraint icH = model.constraint("IC_H").lower(0);
        LinearProgram.Constraint icL = model.constraint("IC_L").lower(0);
        for (int k = 0; k < messages.size(); k++) {
            double m = messages.get(k)[0];
            boolean both = messages.get(k)[1] == 1;
            double rentH = both ? thH - thL : 0;
            double periodTwo = both ? thL : m * thH;
            double wH = m / prior;
            double wL = (1 - m) / (1 - prior);
            LinearProgram.Variable tau = model.variable("tau" + k).lower(0).weight(d * periodTwo);
            LinearProgram.Variable q = model.variable("Q" + k).lower(0).weight(-d * periodTwo);
            LinearProgram.Variable x = model.variable("X" + k).weight(1);
            model.constraint("Q<=tau" + k).upper(0).set(q, 1).set(tau, -1);
            total.set(tau, 1);
            mean.set(tau, m);
            irH.set(q, wH * (thH - d * rentH)).set(x, -wH).set(tau, wH * d * rentH);
            irL.set(q, wL * thL).set(x, -wL);
            icH.set(q, (wH - wL) * (thH - d * rentH)).set(x, -(wH - wL)).set(tau, (wH - wL) * d * rentH);
            icL.set(q, (wL - wH) * thL).set(x, -(wL - wH));
        }
        Solution<LinearProgram.Point> result = model.maximise(options);
        if (!result.isOptimal()) {
            return Solution.failure(result.status() == Status.ITERATION_LIMIT ? Status.FAILED : result.status(),
                    result.diagnostics());
        }
        return result.map(point -> new DurableGoodProgram(point.objective()));
    }
}
