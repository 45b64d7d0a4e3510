package org.mdlab.dynamic.contracts;

/**
 * Thomas and Worrall (1990), "Income Fluctuation and Asymmetric Information: An Example of a Repeated
 * Principal–Agent Problem", JET 51(2): a risk-neutral lender insures a risk-averse borrower whose i.i.d.
 * income {@code θ ∈ {θ_L, θ_H}} ({@code Pr θ_H = π_H}) only the borrower observes. The borrower has CARA
 * utility {@code u(c) = -exp(-γ c)}; both discount by δ; payoffs are normalised by {@code 1 - δ}. The
 * lender minimises the cost of delivering promised utility {@code w}; the recursion is a
 * {@link PromisedUtilityProblem} whose outcomes are transfers {@code b} on a grid (type {@code 0} is
 * θ_L, type {@code 1} is θ_H; the principal's payoff is {@code -b}). CARA admits the exact reduction
 * {@link CaraInsurance}.
 *
 * @param lowIncome       θ_L; finite
 * @param highIncome      θ_H; finite, {@code > θ_L}
 * @param highProbability π_H; in (0, 1)
 * @param riskAversion    γ; finite, {@code > 0}
 * @param discount        δ; in (0, 1)
 */
public record HiddenIncomeInsurance(double lowIncome, double highIncome, double highProbability,
                                    double riskAversion, double discount) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a parameter breaks its rule
     */
    public HiddenIncomeInsurance {
        if (!Double.isFinite(lowIncome) || !Double.isFinite(highIncome) || !(highIncome > lowIncome)) {
            throw new IllegalArgumentException("incomes must be finite with highIncome > lowIncome (got " + lowIncome
                    + ", " + highIncome + ")");
        }
        if (!(highProbability > 0 && highProbability < 1)) {
            throw new IllegalArgumentException("highProbability must lie in (0, 1) (got " + highProbability + ")");
        }
        if (!(riskAversion > 0) || !Double.isFinite(riskAversion)) {
            throw new IllegalArgumentException("riskAversion must be finite and > 0 (got " + riskAversion + ")");
        }
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
    }

    /**
     * A model.
     *
     * @param lowIncome       θ_L
     * @param highIncome      θ_H
     * @param highProbability π_H
     * @param riskAversion    γ
     * @param discount        δ
     * @return the model
     */
    public static HiddenIncomeInsurance of(double lowIncome, double highIncome, double highProbability,
                                           double riskAversion, double discount) {
        return new HiddenIncomeInsurance(lowIncome, highIncome, highProbability, riskAversion, discount);
    }

    /**
     * The CARA utility.
     *
     * @param consumption c
     * @return {@code -exp(-γ c)}
     */
    public double utility(double consumption) {
        return -Math.exp(-riskAversion * consumption);
    }

    /**
     * The certainty equivalent of a promised utility: the constant consumption that delivers it.
     *
     * @param promisedUtility w; {@code < 0}
     * @return {@code -ln(-w) / γ}
     * @throws IllegalArgumentException if w is not negative
     */
    public double certaintyEquivalent(double promisedUtility) {
        if (!(promisedUtility < 0)) {
            throw new IllegalArgumentException("promisedUtility must be < 0 under CARA (got " + promisedUtility + ")");
        }
        return -Math.log(-promisedUtility) / riskAversion;
    }

    /**
     * A grid of promised utilities equally spaced in certainty equivalents,
     * {@code w_j = u(ce_j)} with {@code ce_j} from {@code lowest} to {@code highest}.
     *
     * @param lowest  the lowest certainty equivalent
     * @param highest the highest; {@code > lowest}
     * @param points  the number of grid points; {@code >= 2}
     * @return the increasing grid
     * @throws IllegalArgumentException if the bounds are not ordered or points < 2
     */
    public double[] promisedUtilityGrid(double lowest, double highest, int points) {
        return mapped(lowest, highest, points, true);
    }

    /**
     * A transfer grid wide enough that every grid promise can be delivered without insurance: from
     * {@code lowest - θ_H - spread} to {@code highest - θ_L + spread}, where {@code spread = θ_H - θ_L}.
     *
     * @param lowest  the lowest certainty equivalent of the promised-utility grid
     * @param highest the highest
     * @param points  the number of transfers; {@code >= 2}
     * @return the increasing transfers
     */
    public double[] transferGrid(double lowest, double highest, int points) {
        double spread = highIncome - lowIncome;
        return mapped(lowest - highIncome - spread, highest - lowIncome + spread, points, false);
    }

    private double[] mapped(double lowest, double highest, int points, boolean toUtility) {
        if (!(highest > lowest) || !Double.isFinite(lowest) || !Double.isFinite(highest)) {
            throw new IllegalArgumentException("bounds must be finite with highest > lowest (got " + lowest + ", "
                    + highest + ")");
        }
        if (points < 2) {
            throw new IllegalArgumentException("points must be >= 2 (got " + points + ")");
        }
        double[] grid = new double[points];
        for (int j = 0; j < points; j++) {
            double x = lowest + (highest - lowest) * j / (points - 1);
            grid[j] = toUtility ? utility(x) : x;
        }
        return grid;
    }

    /**
     * The promised-utility recursion with transfers restricted to a grid: types (θ_L, θ_H), outcomes the
     * transfers, agent utility {@code u(θ_i + b_k)}, principal payoff {@code -b_k}; every report may be
     * mimicked by every type.
     *
     * @param grid      promised utilities; strictly increasing, negative
     * @param transfers transfers {@code b_k}; finite
     * @return the problem
     * @throws IllegalArgumentException if the grid is not negative or a grid breaks the rules of
     *                                  {@link PromisedUtilityProblem#of}
     */
    public PromisedUtilityProblem problem(double[] grid, double[] transfers) {
        if (grid == null || grid.length == 0 || !(grid[grid.length - 1] < 0)) {
            throw new IllegalArgumentException("grid must be non-empty and negative under CARA utility");
        }
        if (transfers == null || transfers.length == 0) {
            throw new IllegalArgumentException("transfers must be non-empty");
        }
        double[] income = {lowIncome, highIncome};
        double[][] u = new double[2][transfers.length];
        double[][] r = new double[2][transfers.length];
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < transfers.length; k++) {
                u[i][k] = utility(income[i] + transfers[k]);
                r[i][k] = -transfers[k];
            }
        }
        return PromisedUtilityProblem.of(new double[] {1 - highProbability, highProbability}, u, r, grid, discount);
    }

    /**
     * The exact CARA reduction of the lender's problem ({@link CaraInsurance#solve}).
     *
     * @return the reduced solution
     */
    public CaraInsurance caraReduction() {
        return CaraInsurance.solve(this);
    }
}
