package org.mdlab.dynamic;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

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
 * @param revenue the optimal revenue, NaN unless the state is optimal
 * @param state   the solver's state
 */
public record DurableGoodProgram(double revenue, Optimisation.State state) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the state is null
     */
    public DurableGoodProgram {
        if (state == null) {
            throw new IllegalArgumentException("state must not be null");
        }
    }

    /**
     * Solves the program on a grid of posteriors.
     *
     * @param sale       the durable-good sale
     * @param prior      μ1; in (0, 1)
     * @param posteriors the message grid; each in [0, 1]; μ̂ is added with both period-2 prices
     * @return the optimum and the solver state
     * @throws IllegalArgumentException if the prior is outside (0, 1) or a posterior outside [0, 1]
     */
    public static DurableGoodProgram solve(DurableGoodSale sale, double prior, double[] posteriors) {
        if (!(prior > 0 && prior < 1)) {
            throw new IllegalArgumentException("prior must lie in (0, 1) (got " + prior + ")");
        }
        if (posteriors == null || posteriors.length == 0) {
            throw new IllegalArgumentException("posteriors must be non-empty");
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
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Expression total = model.addExpression("total").level(1);
        Expression mean = model.addExpression("bayes").level(prior);
        Expression irH = model.addExpression("IR_H").lower(0);
        Expression irL = model.addExpression("IR_L").lower(0);
        Expression icH = model.addExpression("IC_H").lower(0);
        Expression icL = model.addExpression("IC_L").lower(0);
        for (int k = 0; k < messages.size(); k++) {
            double m = messages.get(k)[0];
            boolean both = messages.get(k)[1] == 1;
            double rentH = both ? thH - thL : 0;
            double periodTwo = both ? thL : m * thH;
            double wH = m / prior;
            double wL = (1 - m) / (1 - prior);
            Variable tau = model.addVariable("tau" + k).lower(0).weight(d * periodTwo);
            Variable q = model.addVariable("Q" + k).lower(0).weight(-d * periodTwo);
            Variable x = model.addVariable("X" + k).weight(1);
            model.addExpression("Q<=tau" + k).upper(0).set(q, 1).set(tau, -1);
            total.set(tau, 1);
            mean.set(tau, m);
            irH.set(q, wH * (thH - d * rentH)).set(x, -wH).set(tau, wH * d * rentH);
            irL.set(q, wL * thL).set(x, -wL);
            icH.set(q, (wH - wL) * (thH - d * rentH)).set(x, -(wH - wL)).set(tau, (wH - wL) * d * rentH);
            icL.set(q, (wL - wH) * thL).set(x, -(wL - wH));
        }
        Optimisation.Result result = model.maximise();
        double value = result.getState().isOptimal() ? result.getValue() : Double.NaN;
        return new DurableGoodProgram(value, result.getState());
    }

    /**
     * Whether the solver found an optimum.
     *
     * @return true if the state is optimal
     */
    public boolean optimal() {
        return state.isOptimal();
    }
}
