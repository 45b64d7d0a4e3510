package org.mdlab.dynamic.commitment;

import org.mdlab.market.Arguments;
import org.mdlab.market.Scale;
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
 * consistency constraints). Each message carries a posterior μ2 and a period-2 price that is sequentially
 * rational at μ2 (θ_L at or below μ̂, θ_H at or above); the variables are the message probability
 * {@code τ}, the sale mass {@code Q = τ q} and the payment mass {@code X = τ x}; the type-conditional
 * message probabilities {@code β(m | θ_H) = τ μ2 / μ1}, {@code β(m | θ_L) = τ (1 - μ2) / (1 - μ1)} make
 * every message's posterior equal to μ2 (consistency). Constraints: Bayes plausibility
 * {@code Σ τ = 1, Σ τ μ2 = μ1}, {@code 0 ≤ Q ≤ τ}, IR and IC of both types including their period-2
 * rents. It checks the concavification of {@link DurableGoodSale#limitedCommitment(double)}: on any
 * grid containing {0, μ̂, 1} the two optima coincide. Values are expressed in the money unit of
 * {@link Scale#unit} for θ_H, so that the revenue is scale-equivariant. With exactly two messages, as many as types, it is
 * the mechanism of Bester and Strausz (2001, "Contracting with Imperfect Commitment and the Revelation
 * Principle: The Single Agent Case", Econometrica 69(4): 1077–1098) in which the agent mixes over reports.
 *
 * @param revenue       the optimal revenue; finite
 * @param prior         μ1; in (0, 1)
 * @param posteriors    each message's posterior μ2 (copied)
 * @param lowPrice      whether each message's period-2 price is θ_L (copied)
 * @param probabilities each message's probability τ (copied)
 * @param sales         each message's period-1 sale probability q (0 where τ = 0) (copied)
 */
public record DurableGoodProgram(double revenue, double prior, double[] posteriors, boolean[] lowPrice,
                                 double[] probabilities, double[] sales) {

    /** The largest admissible type-conditional weight {@code 1/μ1} or {@code 1/(1 − μ1)}. */
    public static final double MAX_WEIGHT = 1e12;

    /** The most messages a program accepts (three variables and one constraint each). */
    public static final int MAX_MESSAGES = 100_000;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the revenue is not finite or the arrays differ in length
     */
    public DurableGoodProgram {
        Arguments.finite("revenue", revenue);
        Arguments.openUnit("prior", prior);
        posteriors = Arguments.finiteArray("posteriors", posteriors).clone();
        lowPrice = Arguments.notNull("lowPrice", lowPrice).clone();
        probabilities = Arguments.finiteArray("probabilities", probabilities).clone();
        sales = Arguments.finiteArray("sales", sales).clone();
        if (lowPrice.length != posteriors.length || probabilities.length != posteriors.length
                || sales.length != posteriors.length) {
            throw new IllegalArgumentException("posteriors, lowPrice, probabilities and sales must have equal lengths (got "
                    + posteriors.length + ", " + lowPrice.length + ", " + probabilities.length + ", " + sales.length + ")");
        }
    }

    /** @return a copy of the messages' posteriors */
    @Override
    public double[] posteriors() {
        return posteriors.clone();
    }

    /** @return a copy of the messages' period-2 prices (true for θ_L) */
    @Override
    public boolean[] lowPrice() {
        return lowPrice.clone();
    }

    /** @return a copy of the message probabilities τ */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** @return a copy of the period-1 sale probabilities */
    @Override
    public double[] sales() {
        return sales.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DurableGoodProgram p && Double.compare(revenue, p.revenue) == 0
                && Double.compare(prior, p.prior) == 0 && java.util.Arrays.equals(posteriors, p.posteriors)
                && java.util.Arrays.equals(lowPrice, p.lowPrice) && java.util.Arrays.equals(probabilities, p.probabilities)
                && java.util.Arrays.equals(sales, p.sales);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(revenue, prior) * 31 + java.util.Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "DurableGoodProgram[revenue=" + revenue + ", prior=" + prior + ", posteriors="
                + java.util.Arrays.toString(posteriors) + ", probabilities=" + java.util.Arrays.toString(probabilities) + "]";
    }

    /**
     * The probability that a type sends a message, {@code β(m | θ)}.
     *
     * @param message the message index
     * @param high    true for θ_H, false for θ_L
     * @return {@code τ μ2 / μ1} for θ_H, {@code τ (1 - μ2) / (1 - μ1)} for θ_L
     * @throws IllegalArgumentException if the index is out of range
     */
    public double reportProbability(int message, boolean high) {
        int m = Arguments.index("message", message, posteriors.length);
        return high ? probabilities[m] * posteriors[m] / prior : probabilities[m] * (1 - posteriors[m]) / (1 - prior);
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
        Arguments.notNull("posteriors", posteriors);
        if (posteriors.length == 0) {
            throw new IllegalArgumentException("posteriors must be non-empty (got 0 entries)");
        }
        Arguments.sizeAtMost("posteriors", posteriors.length, MAX_MESSAGES - 2, "three LP variables each");
        double cutoff = sale.cutoffBelief();
        List<Double> beliefs = new ArrayList<>();
        List<Boolean> prices = new ArrayList<>();
        for (double m : posteriors) {
            if (!(m >= 0 && m <= 1)) {
                throw new IllegalArgumentException("posteriors must lie in [0, 1] (got " + m + ")");
            }
            if (m != cutoff) {
                beliefs.add(m);
                prices.add(m < cutoff);
            }
        }
        beliefs.add(cutoff);
        prices.add(true);
        beliefs.add(cutoff);
        prices.add(false);
        double[] b = beliefs.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] low = new boolean[prices.size()];
        for (int k = 0; k < low.length; k++) {
            low[k] = prices.get(k);
        }
        return solveOver(sale, prior, b, low, options);
    }

    /**
     * Solves the program over exactly the given messages: message {@code k} has posterior
     * {@code posteriors[k]} and period-2 price θ_L if {@code lowPrice[k]}, θ_H otherwise. Two messages
     * give the type-sized message space of Bester and Strausz (2001).
     *
     * @param sale       the durable-good sale; not null
     * @param prior      μ1; in (0, 1), with {@code 1/μ1, 1/(1 − μ1) ≤ }{@value #MAX_WEIGHT}
     * @param posteriors the messages' posteriors; each in [0, 1]; at most {@value #MAX_MESSAGES}
     * @param lowPrice   the messages' period-2 prices, sequentially rational: θ_L only at {@code μ2 ≤ μ̂},
     *                   θ_H only at {@code μ2 ≥ μ̂}
     * @param options    read for cancellation; not null
     * @return the optimum, or the status of the linear program (infeasible when no Bayes-plausible
     *         distribution over these posteriors exists)
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static Solution<DurableGoodProgram> solveOver(DurableGoodSale sale, double prior, double[] posteriors,
                                                         boolean[] lowPrice, SolverOptions options) {
        Arguments.notNull("sale", sale);
        Arguments.openUnit("prior", prior);
        if (!(1 / prior <= MAX_WEIGHT && 1 / (1 - prior) <= MAX_WEIGHT)) {
            throw new IllegalArgumentException("prior must lie in [1/" + MAX_WEIGHT + ", 1 - 1/" + MAX_WEIGHT
                    + "] so that the weights 1/prior and 1/(1 - prior) stay finite (got " + prior + ")");
        }
        Arguments.notNull("posteriors", posteriors);
        Arguments.notNull("lowPrice", lowPrice);
        Arguments.notNull("options", options);
        if (posteriors.length == 0 || posteriors.length != lowPrice.length) {
            throw new IllegalArgumentException("posteriors and lowPrice must be non-empty and of equal length (got "
                    + posteriors.length + " and " + lowPrice.length + ")");
        }
        Arguments.sizeAtMost("messages", posteriors.length, MAX_MESSAGES, "three LP variables each");
        double cutoff = sale.cutoffBelief();
        for (int k = 0; k < posteriors.length; k++) {
            double m = posteriors[k];
            if (!(m >= 0 && m <= 1)) {
                throw new IllegalArgumentException("posteriors must lie in [0, 1] (got " + m + " at " + k + ")");
            }
            if (lowPrice[k] ? m > cutoff : m < cutoff) {
                throw new IllegalArgumentException("lowPrice[" + k + "] must be sequentially rational: price θ_L only at"
                        + " posteriors ≤ μ̂ = " + cutoff + ", θ_H only at posteriors ≥ μ̂ (got posterior " + m + ")");
            }
        }
        double unit = Scale.unit(sale.thetaHigh());
        double thL = sale.thetaLow() / unit;
        double thH = sale.thetaHigh() / unit;
        double d = sale.discount();
        int n = posteriors.length;
        LinearProgram model = LinearProgram.create();
        LinearProgram.Constraint total = model.constraint("total").level(1);
        LinearProgram.Constraint mean = model.constraint("bayes").level(prior);
        LinearProgram.Constraint irH = model.constraint("IR_H").lower(0);
        LinearProgram.Constraint irL = model.constraint("IR_L").lower(0);
        LinearProgram.Constraint icH = model.constraint("IC_H").lower(0);
        LinearProgram.Constraint icL = model.constraint("IC_L").lower(0);
        LinearProgram.Variable[] taus = new LinearProgram.Variable[n];
        LinearProgram.Variable[] sold = new LinearProgram.Variable[n];
        for (int k = 0; k < n; k++) {
            double m = posteriors[k];
            boolean both = lowPrice[k];
            double rentH = both ? thH - thL : 0;
            double periodTwo = both ? thL : m * thH;
            double wH = m / prior;
            double wL = (1 - m) / (1 - prior);
            LinearProgram.Variable tau = model.variable("tau" + k).lower(0).weight(d * periodTwo);
            LinearProgram.Variable q = model.variable("Q" + k).lower(0).weight(-d * periodTwo);
            LinearProgram.Variable x = model.variable("X" + k).weight(1);
            taus[k] = tau;
            sold[k] = q;
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
        return result.map(point -> {
            double[] tau = new double[n];
            double[] sale1 = new double[n];
            for (int k = 0; k < n; k++) {
                tau[k] = Math.max(0, point.value(taus[k]));
                sale1[k] = tau[k] > 0 ? Math.min(1, Math.max(0, point.value(sold[k]) / tau[k])) : 0;
            }
            return new DurableGoodProgram(point.objective() * unit, prior, posteriors, lowPrice, tau, sale1);
        });
    }
}
