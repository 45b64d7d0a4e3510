package org.mdlab.dynamic.contracts;

import java.util.function.DoubleUnaryOperator;

/**
 * The exact reduction of {@link HiddenIncomeInsurance} under CARA utility (Thomas and Worrall 1990,
 * JET 51(2), §5 example). Adding Δ to every transfer multiplies every utility by {@code exp(-γΔ)} and
 * costs Δ, so the lender's normalised cost is {@code C(w) = A + ce(w)} with {@code ce(w) = -ln(-w)/γ},
 * transfers are {@code b_i(w) = b_i + ce(w)} and continuations {@code w'_i = ρ_i w}. At {@code w = -1}
 * the unknowns are {@code b_L, b_H, ρ_L, ρ_H}; with the high type's IC binding
 * ({@code U_H - δρ_H = D - δρ_L}, {@code U_i = (1-δ)u(θ_i+b_i)}, {@code D = (1-δ)u(θ_H+b_L)}) and
 * promise keeping ({@code Σ π_i (U_i - δρ_i) = -1}) the ρ's are linear in the utilities, and
 * <pre>  A = min_{b_L, b_H} Σ π_i [ b_i - δ ln ρ_i / (γ (1 - δ)) ]</pre>
 * is a two-variable problem solved here by nested golden-section search (to {@code 1e-10 / γ} in each transfer, consumption being measured in units of {@code 1/γ}),
 * independently of the grid LP. The low type's IC is not imposed; {@link #lowTypeSlack()} reports it.
 *
 * @param model        the insurance model
 * @param constant     A, the cost of delivering {@code w = -1}
 * @param lowTransfer  {@code b_L} at {@code w = -1}
 * @param highTransfer {@code b_H} at {@code w = -1}
 * @param lowRatio     {@code ρ_L = w'_L / w}
 * @param highRatio    {@code ρ_H = w'_H / w}
 */
public record CaraInsurance(HiddenIncomeInsurance model, double constant, double lowTransfer, double highTransfer,
                            double lowRatio, double highRatio) {

    private static final double PRECISION = 1e-10;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the model is missing, a number is not finite or a ratio is not positive
     */
    public CaraInsurance {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        if (!Double.isFinite(constant) || !Double.isFinite(lowTransfer) || !Double.isFinite(highTransfer)) {
            throw new IllegalArgumentException("constant and transfers must be finite (got " + constant + ", "
                    + lowTransfer + ", " + highTransfer + ")");
        }
        if (!(lowRatio > 0) || !(highRatio > 0) || !Double.isFinite(lowRatio) || !Double.isFinite(highRatio)) {
            throw new IllegalArgumentException("ratios must be finite and > 0 (got " + lowRatio + ", " + highRatio + ")");
        }
    }

    /**
     * Solves the reduced problem.
     *
     * @param model the insurance model
     * @return the reduction
     */
    public static CaraInsurance solve(HiddenIncomeInsurance model) {
        double width = model.highIncome() - model.lowIncome() + 5 / model.riskAversion();
        double lo = -model.highIncome() - width;
        double hi = -model.lowIncome() + width;
        double precision = PRECISION / model.riskAversion();
        DoubleUnaryOperator inner = bL -> minimum(bH -> cost(model, bL, bH), lo, hi, precision)[1];
        double bL = minimum(inner, lo, hi, precision)[0];
        double bH = minimum(b -> cost(model, bL, b), lo, hi, precision)[0];
        double[] rho = ratios(model, bL, bH);
        return new CaraInsurance(model, cost(model, bL, bH), bL, bH, rho[0], rho[1]);
    }

    private static double[] ratios(HiddenIncomeInsurance model, double bL, double bH) {
        double d = model.discount();
        double pH = model.highProbability();
        double uL = (1 - d) * model.utility(model.lowIncome() + bL);
        double uH = (1 - d) * model.utility(model.highIncome() + bH);
        double mimic = (1 - d) * model.utility(model.highIncome() + bL);
        double dRhoL = (1 - pH) * uL + pH * mimic + 1;
        double dRhoH = uH - mimic + dRhoL;
        return new double[] {dRhoL / d, dRhoH / d};
    }

    private static double cost(HiddenIncomeInsurance model, double bL, double bH) {
        double[] rho = ratios(model, bL, bH);
        if (!(rho[0] > 0) || !(rho[1] > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double d = model.discount();
        double k = d / (model.riskAversion() * (1 - d));
        double pH = model.highProbability();
        return (1 - pH) * (bL - k * Math.log(rho[0])) + pH * (bH - k * Math.log(rho[1]));
    }

    /**
     * Golden-section search on [lo, hi] down to {@code precision}, or to four units in the last place of the
     * bracket when that is coarser (a narrower bracket cannot be represented, so the search would never end).
     */
    private static double[] minimum(DoubleUnaryOperator f, double lo, double hi, double precision) {
        double a = lo;
        double b = hi;
        double c = b - GOLDEN * (b - a);
        double e = a + GOLDEN * (b - a);
        double fc = f.applyAsDouble(c);
        double fe = f.applyAsDouble(e);
        while (b - a > precision && b - a > 4 * Math.ulp(Math.max(Math.abs(a), Math.abs(b)))) {
            if (fc <= fe) {
                b = e;
                e = c;
                fe = fc;
                c = b - GOLDEN * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = e;
                fc = fe;
                e = a + GOLDEN * (b - a);
                fe = f.applyAsDouble(e);
            }
        }
        double x = (a + b) / 2;
        return new double[] {x, f.applyAsDouble(x)};
    }

    /**
     * The lender's cost of delivering {@code w}.
     *
     * @param promisedUtility w; {@code < 0}
     * @return {@code A - ln(-w)/γ}
     */
    public double cost(double promisedUtility) {
        return constant + model.certaintyEquivalent(promisedUtility);
    }

    /**
     * The transfer after a report.
     *
     * @param high            whether θ_H was reported
     * @param promisedUtility w; {@code < 0}
     * @return {@code b_i + ce(w)}
     */
    public double transfer(boolean high, double promisedUtility) {
        return (high ? highTransfer : lowTransfer) + model.certaintyEquivalent(promisedUtility);
    }

    /**
     * The continuation utility after a report.
     *
     * @param high            whether θ_H was reported
     * @param promisedUtility w; {@code < 0}
     * @return {@code ρ_i w}
     */
    public double continuation(boolean high, double promisedUtility) {
        return (high ? highRatio : lowRatio) * promisedUtility;
    }

    /**
     * The drift of {@code ln(-w)} per period, {@code Σ π_i ln ρ_i}; positive means the certainty
     * equivalent falls on average by {@code drift/γ} per period (immiseration).
     *
     * @return the drift
     */
    public double logDrift() {
        double pH = model.highProbability();
        return (1 - pH) * Math.log(lowRatio) + pH * Math.log(highRatio);
    }

    /**
     * The martingale property of the marginal cost {@code C'(w) = -1/(γ w)} implied by the first-order
     * conditions: {@code E[C'(w')] = C'(w)}, i.e. {@code Σ π_i / ρ_i = 1}.
     *
     * @return {@code Σ π_i / ρ_i}
     */
    public double marginalCostMartingale() {
        double pH = model.highProbability();
        return (1 - pH) / lowRatio + pH / highRatio;
    }

    /**
     * The low type's IC slack at {@code w = -1} (not imposed in the reduction; non-negative when only the
     * high type's constraint binds).
     *
     * @return {@code (1-δ)(u(θ_L+b_L) - u(θ_L+b_H)) - δ(ρ_L - ρ_H)}
     */
    public double lowTypeSlack() {
        double d = model.discount();
        return (1 - d) * (model.utility(model.lowIncome() + lowTransfer) - model.utility(model.lowIncome() + highTransfer))
                - d * (lowRatio - highRatio);
    }
}
