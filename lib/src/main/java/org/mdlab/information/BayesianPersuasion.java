package org.mdlab.information;

import org.mdlab.market.Arguments;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * Bayesian persuasion with finitely many states and actions (Kamenica and Gentzkow 2011): by the
 * revelation principle the sender chooses a recommendation policy {@code π(a | ω)} that the receiver
 * obeys, {@code Σ_ω μ0(ω) π(a|ω) (u(a, ω) - u(a', ω)) >= 0} for all {@code a, a'} (Bergemann and Morris
 * 2019, Section 2, obedience), maximising {@code Σ_ω μ0(ω) Σ_a π(a|ω) v(a, ω)}. Ties are broken in the
 * sender's favour, as in Kamenica and Gentzkow (2011, Section I). An LP with {@code |A||Ω|} variables
 * and {@code |A|(|A|-1) + |Ω|} constraints; utilities are divided by a power of two before the solve,
 * so the policy does not depend on the units of utility.
 *
 * @param prior            the prior {@code μ0} over states
 * @param receiverUtility  {@code u[a][ω]}, the receiver's utility
 * @param senderUtility    {@code v[a][ω]}, the sender's utility
 */
public record BayesianPersuasion(double[] prior, double[][] receiverUtility, double[][] senderUtility) {

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if the prior is not a distribution, the utility matrices are not
     *                                  {@code actions x states} with finite entries, or there is no action
     */
    public BayesianPersuasion {
        prior = Arguments.probabilities("prior", prior);
        receiverUtility = checkedCopy("receiverUtility", receiverUtility, prior.length);
        senderUtility = checkedCopy("senderUtility", senderUtility, prior.length);
        if (receiverUtility.length != senderUtility.length) {
            throw new IllegalArgumentException("receiverUtility and senderUtility must have the same number of actions (got "
                    + receiverUtility.length + " and " + senderUtility.length + ")");
        }
    }

    private static double[][] checkedCopy(String name, double[][] utility, int states) {
        Arguments.notNull(name, utility);
        Arguments.atLeast(name + ".length (actions)", utility.length, 1);
        double[][] copy = new double[utility.length][];
        for (int a = 0; a < utility.length; a++) {
            Arguments.notNull(name + "[" + a + "]", utility[a]);
            if (utility[a].length != states) {
                throw new IllegalArgumentException(name + " must have " + states + " states per action (got "
                        + utility[a].length + " for action " + a + ")");
            }
            for (double u : utility[a]) {
                if (!Double.isFinite(u)) {
                    throw new IllegalArgumentException(name + " must be finite (got " + u + " for action " + a + ")");
                }
            }
            copy[a] = utility[a].clone();
        }
        return copy;
    }

    /**
     * A persuasion problem.
     *
     * @param prior           the prior over states
     * @param receiverUtility {@code u[a][ω]}
     * @param senderUtility   {@code v[a][ω]}
     * @return the problem
     * @throws IllegalArgumentException if a rule of the record is broken
     */
    public static BayesianPersuasion of(double[] prior, double[][] receiverUtility, double[][] senderUtility) {
        return new BayesianPersuasion(prior, receiverUtility, senderUtility);
    }

    /**
     * Solves the obedience LP with the default solver options.
     *
     * @return the optimal policy and sender value, or the solver's status without them
     */
    public Solution<PersuasionPolicy> solve() {
        return solve(SolverOptions.defaults());
    }

    /**
     * Solves the obedience LP: {@code |A||Ω|} variables, {@code |A|(|A|-1) + |Ω|} constraints.
     *
     * @param options read for cancellation; not null
     * @return the optimal policy and sender value, or the solver's status without them
     * @throws IllegalArgumentException if {@code options} is null
     */
    public Solution<PersuasionPolicy> solve(SolverOptions options) {
        Arguments.notNull("options", options);
        int actions = receiverUtility.length;
        int states = prior.length;
        double senderScale = LpScale.of(largest(senderUtility));
        double receiverScale = LpScale.of(largest(receiverUtility));
        LinearProgram program = LinearProgram.create();
        LinearProgram.Variable[][] pi = new LinearProgram.Variable[actions][states];
        for (int a = 0; a < actions; a++) {
            for (int w = 0; w < states; w++) {
                pi[a][w] = program.variable("pi_" + a + "_" + w).lower(0).upper(1)
                        .weight(prior[w] * (senderUtility[a][w] / senderScale));
            }
        }
        for (int w = 0; w < states; w++) {
            LinearProgram.Constraint total = program.constraint("policy_" + w).level(1);
            for (int a = 0; a < actions; a++) {
                total.set(pi[a][w], 1);
            }
        }
        for (int a = 0; a < actions; a++) {
            for (int b = 0; b < actions; b++) {
                if (a == b) {
                    continue;
                }
                LinearProgram.Constraint obey = program.constraint("obey_" + a + "_" + b).lower(0);
                for (int w = 0; w < states; w++) {
                    double gain = prior[w] * ((receiverUtility[a][w] - receiverUtility[b][w]) / receiverScale);
                    if (gain != 0) {
                        obey.set(pi[a][w], gain);
                    }
                }
            }
        }
        return program.maximise(options).map(point -> policy(point.values(), actions, states));
    }

    private static double largest(double[][] utility) {
        double largest = 0;
        for (double[] row : utility) {
            for (double x : row) {
                largest = Math.max(largest, Math.abs(x));
            }
        }
        return largest;
    }

    private PersuasionPolicy policy(double[] values, int actions, int states) {
        double[][] policy = new double[actions][states];
        double value = 0;
        for (int a = 0; a < actions; a++) {
            for (int w = 0; w < states; w++) {
                policy[a][w] = Math.min(1, Math.max(0, values[a * states + w]));
                value += prior[w] * policy[a][w] * senderUtility[a][w];
            }
        }
        return new PersuasionPolicy(policy, value);
    }

    /**
     * The prior over states.
     *
     * @return a copy of the prior
     */
    @Override
    public double[] prior() {
        return prior.clone();
    }

    /**
     * The receiver's utilities {@code u[a][ω]}.
     *
     * @return a copy of the receiver's utilities
     */
    @Override
    public double[][] receiverUtility() {
        return checkedCopy("receiverUtility", receiverUtility, prior.length);
    }

    /**
     * The sender's utilities {@code v[a][ω]}.
     *
     * @return a copy of the sender's utilities
     */
    @Override
    public double[][] senderUtility() {
        return checkedCopy("senderUtility", senderUtility, prior.length);
    }
}
