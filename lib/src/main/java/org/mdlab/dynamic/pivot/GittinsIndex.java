package org.mdlab.dynamic.pivot;

import org.mdlab.dynamic.MarkovDecisionProblem;
import org.mdlab.dynamic.StationaryPolicy;
import org.mdlab.dynamic.ValueFunction;

import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

/**
 * The Gittins index of a Bernoulli arm with a Beta prior, computed by the restart-in-state formulation
 * of Katehakis and Veinott (1987, Mathematics of Operations Research 12(2)): in the Markov decision
 * problem where each period one either continues the arm from its current belief or restarts it from the
 * belief {@code x}, the index of {@code x} is {@code (1 - δ) V_x(x)}. This is the per-period
 * ("calibrated") normalisation in which a safe arm paying {@code λ} forever has index {@code λ}; it is
 * the index of the learning example in Bergemann and Välimäki (2010, Econometrica 78(2), §5).
 *
 * @param index           the computed index
 * @param truncationBound the bound {@code δ^depth} on the index error from truncating the belief space
 * @param residual        the Bellman residual of the restart problem's value iteration
 * @param discount        the discount factor; in (0, 1)
 * @param status          how value iteration stopped: {@link Status#OPTIMAL} when it met its tolerance
 */
public record GittinsIndex(double index, double truncationBound, double residual, double discount,
                           Status status) {

    private static final long ITERATION_LIMIT = 100_000;

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a number is not finite, a bound is negative or the discount is
     *                                  outside (0, 1)
     */
    public GittinsIndex {
        if (!Double.isFinite(index)) {
            throw new IllegalArgumentException("index must be finite (got " + index + ")");
        }
        if (!(truncationBound >= 0) || !Double.isFinite(truncationBound)) {
            throw new IllegalArgumentException("truncationBound must be finite and >= 0 (got " + truncationBound + ")");
        }
        if (!(residual >= 0) || !Double.isFinite(residual)) {
            throw new IllegalArgumentException("residual must be finite and >= 0 (got " + residual + ")");
        }
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
        Arguments.notNull("status", status);
    }

    /**
     * The Gittins index of the prior Beta(α, β) of a Bernoulli arm.
     *
     * @param beliefs   the truncated belief space; the index is that of its root (no observations)
     * @param discount  the discount factor; in (0, 1)
     * @param tolerance the Bellman-residual tolerance of value iteration; {@code > 0}
     * @return the index with its error bounds
     * @throws IllegalArgumentException if the discount is outside (0, 1) or the tolerance not positive
     */
    public static GittinsIndex ofPrior(BetaBernoulliBeliefs beliefs, double discount, double tolerance) {
        return ofBelief(beliefs, 0, 0, discount, tolerance);
    }

    /**
     * The Gittins index of the posterior after {@code successes} and {@code failures}; the restart
     * problem is solved on the beliefs reachable from it within the remaining truncation depth.
     *
     * @param beliefs   the truncated belief space
     * @param successes observed successes; {@code >= 0}
     * @param failures  observed failures; {@code >= 0}, with a sum below the depth
     * @param discount  the discount factor; in (0, 1)
     * @param tolerance the Bellman-residual tolerance of value iteration; {@code > 0}
     * @return the index with its error bounds
     * @throws IllegalArgumentException if the counts do not leave at least one observation of depth
     */
    public static GittinsIndex ofBelief(BetaBernoulliBeliefs beliefs, int successes, int failures,
                                        double discount, double tolerance) {
        Arguments.notNull("beliefs", beliefs);
        Arguments.openUnit("discount", discount);
        Arguments.positive("tolerance", tolerance);
        if (successes < 0 || failures < 0 || successes + failures >= beliefs.depth()) {
            throw new IllegalArgumentException("successes and failures must be >= 0 with sum < " + beliefs.depth()
                    + " (got " + successes + ", " + failures + ")");
        }
        BetaBernoulliBeliefs local = new BetaBernoulliBeliefs(beliefs.alpha() + successes, beliefs.beta() + failures,
                beliefs.depth() - successes - failures);
        int root = local.state(0, 0);
        int states = local.stateCount();
        MarkovDecisionProblem.Builder builder = MarkovDecisionProblem.builder(states, 2, discount);
        for (int s = 0; s < states; s++) {
            builder.row(s, 0, local.mean(s), successors(local, s), probabilities(local, s));
            builder.row(s, 1, local.mean(root), successors(local, root), probabilities(local, root));
        }
        Solution<ValueFunction<StationaryPolicy>> solution = builder.build()
                .solve(SolverOptions.defaults().withTolerance(tolerance).withIterationLimit(ITERATION_LIMIT));
        ValueFunction<StationaryPolicy> values = solution.payload().orElseThrow();
        return new GittinsIndex((1 - discount) * values.value(root), Math.pow(discount, local.depth()),
                solution.diagnostics().residual().orElseThrow(), discount, solution.status());
    }

    /**
     * The total bound on the index error: truncation plus {@code (1 - δ)} times the value error
     * {@code residual / (1 - δ)} of value iteration.
     *
     * @return {@code truncationBound + residual}
     */
    public double errorBound() {
        return truncationBound + residual;
    }

    private static int[] successors(BetaBernoulliBeliefs beliefs, int state) {
        return new int[] {beliefs.afterSuccess(state), beliefs.afterFailure(state)};
    }

    private static double[] probabilities(BetaBernoulliBeliefs beliefs, int state) {
        double p = beliefs.mean(state);
        return new double[] {p, 1 - p};
    }
}
