package org.mdlab.dynamic.contracts;

import org.mdlab.dynamic.ValueFunction;

import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import org.junit.jupiter.api.Test;

class PersistentAllocationPolicyTest {

    private static final SolverOptions AGENT = SolverOptions.defaults().withTolerance(1e-13).withIterationLimit(100_000);

    @Test
    void truncatedAgentValuesReportTheIterationLimit() {
        // Three sweeps of a δ = 0.8 contraction from 0 cannot reach a tolerance of 1e-13: the engine says so.
        Solution<AgentValues> truncated = policy().agentValues(AGENT.withIterationLimit(3));
        assertEquals(Status.ITERATION_LIMIT, truncated.status());
        assertEquals(3, truncated.diagnostics().iterations());
    }

    @Test
    void statesThatCannotBePromisedHaveNoValue() {
        // Promise w̄_j with threat 0 cannot be kept (always funding gives the liar more than 0), so that
        // state is dropped; its value is an error, not a NaN.
        PersistentAllocationPolicy policy = policy();
        int dropped = policy.problem().state(0, 6, 0);
        AgentValues values = policy.agentValues(AGENT).value();
        assertFalse(values.promisable(dropped));
        assertThrows(IllegalArgumentException.class, () -> values.value(dropped, 0));
        int kept = policy.problem().state(0, 6, 6);
        assertTrue(values.promisable(kept));
        assertTrue(Double.isFinite(values.value(kept, 1)));
    }

    private static PersistentAllocationPolicy policy() {
        return PersistentAllocationFixture.persistentSeven().value().policy();
    }

    @Test
    void recoveredPolicyIsIncentiveCompatibleAndKeepsPromisesAndThreats() {
        // Audit against the agent's true values A(s, k), computed from the policy alone by successive
        // approximation: no one-shot lie pays at any state, the truthful agent gets exactly w and the agent
        // who lied yesterday at most ŵ (the LP's threats are bounds).
        PersistentAllocationPolicy.Audit audit = policy().audit(AGENT).value();
        assertTrue(audit.incentiveViolation() <= 1e-9, audit.toString());
        assertTrue(audit.promiseGap() <= 1e-9, audit.toString());
        assertTrue(audit.threatViolation() <= 1e-9, audit.toString());
        assertTrue(audit.holds(1e-9), audit.toString());
    }

    @Test
    void neverFundAndAlwaysFundAreClosed() {
        // From promise 0 all mass stays on promise 0; from promise w̄_j all mass goes to promise w̄_i.
        PersistentAllocationPolicy policy = policy();
        PersistentAllocationProblem problem = policy.problem();
        double[][] p = policy.transitions();
        for (int s = 0; s < p.length; s++) {
            if (!policy.feasible(s) || (problem.promiseIndex(s) != 0 && problem.promiseIndex(s) != 6)) {
                continue;
            }
            double stay = 0;
            for (int t = 0; t < p.length; t++) {
                stay += problem.promiseIndex(t) == problem.promiseIndex(s) ? p[s][t] : 0;
            }
            assertEquals(1, stay, 1e-9, "state " + s);
            double funding = policy.expectedFunding(s);
            assertEquals(problem.promiseIndex(s) == 0 ? 0 : 1, funding, 1e-9);
        }
    }

    @Test
    void everyPromisePolarisesToNeverOrAlwaysFund() {
        // Absorption probabilities of the lumped chain (exact linear solve) sum to one from every state.
        PromisedUtilityChain chain = policy().chain();
        double[] never = chain.absorptionProbabilities(0);
        double[] always = chain.absorptionProbabilities(chain.size() - 1);
        for (int k = 0; k < chain.size(); k++) {
            assertEquals(1, never[k] + always[k], 1e-9, "chain state " + k);
        }
    }

    @Test
    void simulatedAbsorptionMatchesTheExactProbability() {
        // 2,000 seeded paths of 800 periods from (H, 5/6 w̄_H, 5/6 w̄_L); the share
        // absorbed at "always fund" is within 3.5 standard errors of the exact absorption probability.
        PersistentAllocationPolicy policy = policy();
        PromisedUtilityChain chain = policy.chain();
        int start = policy.chainState(policy.problem().state(1, 5, 5));
        int top = chain.size() - 1;
        double exact = chain.absorptionProbabilities(top)[start];
        int[][] paths = chain.simulate(start, 800, 2000, 77);
        double up = 0;
        for (int[] path : paths) {
            assertTrue(path[800] == 0 || path[800] == top, "path not absorbed");
            up += path[800] == top ? 1 : 0;
        }
        double se = Math.sqrt(exact * (1 - exact) / paths.length);
        assertTrue(exact > 0.05 && exact < 0.95, "exact " + exact);
        assertTrue(Math.abs(up / paths.length - exact) <= 3.5 * se, up / paths.length + " vs " + exact);
    }

    @Test
    void transitionsAreStochasticOnFeasibleStatesAndLandOnFeasibleStates() {
        PersistentAllocationPolicy policy = policy();
        double[][] p = policy.transitions();
        for (int s = 0; s < p.length; s++) {
            double sum = 0;
            for (int t = 0; t < p.length; t++) {
                sum += p[s][t];
                assertTrue(p[s][t] == 0 || policy.feasible(t), s + " -> " + t);
            }
            assertEquals(policy.feasible(s) ? 1 : 0, sum, 1e-9);
        }
    }

    @Test
    void asymmetricChainPolicyIsAuditedAndPolarises() {
        // Pr(H | L) = 0.2, Pr(L | H) = 0.4 on 5-point grids: the same audit against the agent's true values,
        // and absorption at "never" or "always fund" from every state.
        Solution<ValueFunction<PersistentAllocationPolicy>> solution = PersistentAllocation.of(0.5, 2, 1, 0.2, 0.4, 0.85).problem(5)
                .solve(Options.of(1e-9, 200, 51));
        assertTrue(solution.isOptimal(), solution.toString());
        PersistentAllocationPolicy.Audit audit = solution.value().policy().audit(AGENT).value();
        assertTrue(audit.incentiveViolation() <= 1e-9 && audit.promiseGap() <= 1e-9 && audit.threatViolation() <= 1e-9,
                audit.toString());
        PromisedUtilityChain chain = solution.value().policy().chain();
        double[] never = chain.absorptionProbabilities(0);
        double[] always = chain.absorptionProbabilities(chain.size() - 1);
        for (int k = 0; k < chain.size(); k++) {
            assertEquals(1, never[k] + always[k], 1e-9, "chain state " + k);
        }
    }

    @Test
    void badArgumentsAreRejected() {
        PersistentAllocationPolicy policy = policy();
        int infeasible = policy.problem().state(0, 6, 0);
        assertTrue(!policy.feasible(infeasible));
        assertThrows(IllegalArgumentException.class, () -> policy.chainState(infeasible));
        assertThrows(IllegalArgumentException.class, () -> policy.backup(new double[2]));
    }
}
