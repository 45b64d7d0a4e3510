package org.mdlab.mechanism;

import org.mdlab.optimisation.SolverState;

import java.util.Optional;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The revenue-maximising Bayesian incentive compatible and interim individually rational direct
 * mechanism for a finite {@link Environment}, as a linear program (Myerson 1981, §3, problem (3.1);
 * Vohra 2011, "Mechanism Design: A Linear Programming Approach", ch. 2). Variables: a lottery
 * {@code a[r][x] >= 0}, {@code sum_x a[r][x] = 1}, and free payments {@code p[r][i]} for every profile
 * {@code r}. Constraints: interim IC for every agent, type and misreport, and interim IR for every agent
 * and type. Objective: expected total payment. Size: {@code P(X + n)} variables and
 * {@code sum_i k_i^2 + P} constraints, so it is meant for small instances (e.g. to verify closed forms).
 */
public final class RevenueLp {

    private RevenueLp() {
    }

    /**
     * Solves the LP with ojAlgo.
     *
     * @param env the environment
     * @return the state and, if optimal, the mechanism
     */
    public static OptimalMechanism solve(Environment env) {
        int profiles = env.profiles();
        int outcomes = env.outcomeCount();
        int n = env.size();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[][] a = new Variable[profiles][outcomes];
        Variable[][] p = new Variable[profiles][n];
        for (int r = 0; r < profiles; r++) {
            Expression lottery = model.addExpression("lottery " + r).level(1);
            for (int x = 0; x < outcomes; x++) {
                a[r][x] = model.addVariable("a" + r + "_" + x).lower(0).upper(1);
                lottery.set(a[r][x], 1);
            }
            for (int i = 0; i < n; i++) {
                p[r][i] = model.addVariable("p" + r + "_" + i).weight(env.probability(r));
            }
        }
        for (int i = 0; i < n; i++) {
            Agent agent = env.agent(i);
            for (int t = 0; t < agent.types(); t++) {
                Expression ir = model.addExpression("IR " + i + "," + t).lower(0);
                addInterimUtility(env, ir, a, p, i, t, t, 1);
                for (int k = 0; k < agent.types(); k++) {
                    if (k != t) {
                        Expression ic = model.addExpression("IC " + i + "," + t + "->" + k).lower(0);
                        addInterimUtility(env, ic, a, p, i, t, t, 1);
                        addInterimUtility(env, ic, a, p, i, t, k, -1);
                    }
                }
            }
        }
        Optimisation.Result result = model.maximise();
        SolverState state = SolverState.of(result.getState());
        if (state != SolverState.OPTIMAL) {
            return new OptimalMechanism(state, Optional.empty());
        }
        double[][] allocation = new double[profiles][outcomes];
        double[][] payments = new double[profiles][n];
        for (int r = 0; r < profiles; r++) {
            double sum = 0;
            for (int x = 0; x < outcomes; x++) {
                allocation[r][x] = Math.max(0, a[r][x].getValue().doubleValue());
                sum += allocation[r][x];
            }
            for (int x = 0; x < outcomes; x++) {
                allocation[r][x] /= sum;
            }
            for (int i = 0; i < n; i++) {
                payments[r][i] = p[r][i].getValue().doubleValue();
            }
        }
        return new OptimalMechanism(state, Optional.of(new DirectMechanism(env, allocation, payments)));
    }

    private static void addInterimUtility(Environment env, Expression e, Variable[][] a, Variable[][] p,
                                          int i, int trueType, int report, double sign) {
        Agent agent = env.agent(i);
        for (int r = 0; r < env.profiles(); r++) {
            int[] types = env.profile(r);
            if (types[i] != report) {
                continue;
            }
            double weight = 1;
            for (int j = 0; j < types.length; j++) {
                if (j != i) {
                    weight *= env.agent(j).probability(types[j]);
                }
            }
            for (int x = 0; x < env.outcomeCount(); x++) {
                add(e, a[r][x], sign * weight * agent.value(trueType, x));
            }
            add(e, p[r][i], -sign * weight);
        }
    }

    private static void add(Expression e, Variable v, double coefficient) {
        double current = e.get(v) == null ? 0 : e.get(v).doubleValue();
        e.set(v, current + coefficient);
    }
}
