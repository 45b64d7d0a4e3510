package org.mdlab.dynamic.contracts;

import org.mdlab.market.Arguments;

/**
 * A recursive contract of a {@link PromisedUtilityProblem}: at each grid point {@code w_j} and for each
 * reported type {@code i}, a lottery {@code x_i(k)} over flow outcomes and a lottery {@code y_i(l)} over
 * next-period promised utilities on the grid (Thomas and Worrall 1990, JET 51(2), §3; Phelan and
 * Townsend 1991). Under truthful reporting the promised utility is a Markov chain on the grid,
 * {@link #chain()}. Immutable.
 */
public final class PromisedUtilityContract {

    private final PromisedUtilityProblem problem;
    private final double[][][] outcome;
    private final double[][][] continuation;
    private final double[] flows;
    private final double[][] transitions;

    PromisedUtilityContract(PromisedUtilityProblem problem, double[][][] outcome, double[][][] continuation) {
        this.problem = problem;
        this.outcome = outcome;
        this.continuation = continuation;
        int n = outcome.length;
        this.flows = new double[n];
        this.transitions = new double[n][n];
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (int i = 0; i < problem.typeCount(); i++) {
                for (int k = 0; k < problem.outcomeCount(); k++) {
                    sum += problem.typeProbability(i) * outcome[j][i][k] * problem.principalPayoff(i, k);
                }
                for (int l = 0; l < n; l++) {
                    transitions[j][l] += problem.typeProbability(i) * continuation[j][i][l];
                }
            }
            flows[j] = (1 - problem.discount()) * sum;
        }
    }

    /** {@code (T_π V)(w_j) = f_j + δ Σ_l P(j, l) V(w_l)}; {@code values} checked by the caller. */
    double[] backup(double[] values) {
        int n = flows.length;
        double delta = problem.discount();
        double[] next = new double[n];
        for (int j = 0; j < n; j++) {
            double expectation = 0;
            for (int l = 0; l < n; l++) {
                expectation += transitions[j][l] * values[l];
            }
            next[j] = flows[j] + delta * expectation;
        }
        return next;
    }

    /** @return the problem this contract belongs to */
    public PromisedUtilityProblem problem() {
        return problem;
    }

    /** @return the number of grid points */
    public int gridSize() {
        return outcome.length;
    }

    /** @return the number of types */
    public int typeCount() {
        return problem.typeCount();
    }

    /**
     * @param gridPoint a grid index {@code j}
     * @param type      a reported type {@code i}
     * @param outcome   an outcome {@code k}
     * @return {@code x_i(k)} at {@code w_j}
     */
    public double outcomeProbability(int gridPoint, int type, int outcome) {
        return this.outcome[gridPoint(gridPoint)][type(type)][Arguments.index("outcome", outcome, problem.outcomeCount())];
    }

    /**
     * @param gridPoint a grid index {@code j}
     * @param type      a reported type {@code i}
     * @param next      a grid index {@code l}
     * @return {@code y_i(l)} at {@code w_j}
     */
    public double continuationProbability(int gridPoint, int type, int next) {
        return continuation[gridPoint(gridPoint)][type(type)][Arguments.index("next", next, outcome.length)];
    }

    /**
     * The mean of a label attached to each outcome (for example the transfer it pays) under {@code x_i}.
     *
     * @param gridPoint a grid index
     * @param type      a reported type
     * @param labels    one number per outcome
     * @return {@code Σ_k x_i(k) labels[k]}
     * @throws IllegalArgumentException if labels has the wrong length
     */
    public double meanOutcome(int gridPoint, int type, double[] labels) {
        gridPoint(gridPoint);
        type(type);
        if (labels == null || labels.length != problem.outcomeCount()) {
            throw new IllegalArgumentException("labels must have one entry per outcome: expected "
                    + problem.outcomeCount() + " (got " + (labels == null ? "null" : labels.length) + ")");
        }
        double mean = 0;
        for (int k = 0; k < labels.length; k++) {
            mean += outcome[gridPoint][type][k] * labels[k];
        }
        return mean;
    }

    /**
     * The expected next-period promised utility after report {@code i}.
     *
     * @param gridPoint a grid index
     * @param type      a reported type
     * @return {@code Σ_l y_i(l) w_l}
     */
    public double meanContinuation(int gridPoint, int type) {
        gridPoint(gridPoint);
        type(type);
        double[] grid = problem.grid();
        double mean = 0;
        for (int l = 0; l < grid.length; l++) {
            mean += continuation[gridPoint][type][l] * grid[l];
        }
        return mean;
    }

    /**
     * The utility of true type {@code i} reporting {@code r} at {@code w_j}.
     *
     * @param gridPoint a grid index
     * @param type      the true type
     * @param report    the reported type
     * @return {@code (1-δ) Σ_k x_r(k) u(i,k) + δ Σ_l y_r(l) w_l}
     */
    public double reportUtility(int gridPoint, int type, int report) {
        gridPoint(gridPoint);
        type(type);
        Arguments.index("report", report, problem.typeCount());
        double delta = problem.discount();
        double flow = 0;
        for (int k = 0; k < problem.outcomeCount(); k++) {
            flow += outcome[gridPoint][report][k] * problem.agentUtility(type, k);
        }
        return (1 - delta) * flow + delta * meanContinuation(gridPoint, report);
    }

    /**
     * The promised utility the contract delivers at {@code w_j} under truthful reporting; promise keeping
     * makes it {@code w_j}.
     *
     * @param gridPoint a grid index
     * @return {@code Σ_i π_i reportUtility(j, i, i)}
     */
    public double deliveredUtility(int gridPoint) {
        gridPoint(gridPoint);
        double sum = 0;
        for (int i = 0; i < typeCount(); i++) {
            sum += problem.typeProbability(i) * reportUtility(gridPoint, i, i);
        }
        return sum;
    }

    /**
     * The largest violation of an imposed IC constraint ({@link PromisedUtilityProblem#canMimic}) over all
     * grid points: {@code >= 0}, and 0 up to solver precision for an IC contract.
     *
     * @return {@code max(0, max_{j, i, r} reportUtility(j, i, r) - reportUtility(j, i, i))}; 0 if no
     *         constraint is imposed
     */
    public double incentiveViolation() {
        double slack = Double.POSITIVE_INFINITY;
        for (int j = 0; j < gridSize(); j++) {
            for (int i = 0; i < typeCount(); i++) {
                for (int r = 0; r < typeCount(); r++) {
                    if (problem.canMimic(i, r)) {
                        slack = Math.min(slack, reportUtility(j, i, i) - reportUtility(j, i, r));
                    }
                }
            }
        }
        return slack == Double.POSITIVE_INFINITY ? 0 : Math.max(0, -slack);
    }

    /**
     * The principal's expected flow payoff at {@code w_j}, weighted by {@code 1 - δ}.
     *
     * @param gridPoint a grid index
     * @return {@code (1-δ) Σ_i π_i Σ_k x_i(k) r(i,k)}
     */
    public double principalFlow(int gridPoint) {
        return flows[Arguments.index("gridPoint", gridPoint, flows.length)];
    }

    /**
     * The promised-utility Markov chain on the grid under truthful reporting:
     * {@code P(j, l) = Σ_i π_i y_i(l)} at {@code w_j}.
     *
     * @return the chain
     */
    public PromisedUtilityChain chain() {
        return PromisedUtilityChain.of(problem.grid(), transitions);
    }

    private int gridPoint(int gridPoint) {
        return Arguments.index("gridPoint", gridPoint, outcome.length);
    }

    private int type(int type) {
        return Arguments.index("type", type, problem.typeCount());
    }

    @Override
    public String toString() {
        return "PromisedUtilityContract[" + gridSize() + " grid points, " + typeCount() + " types]";
    }
}
