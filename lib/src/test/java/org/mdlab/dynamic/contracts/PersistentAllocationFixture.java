package org.mdlab.dynamic.contracts;

import org.mdlab.dynamic.ValueFunction;

import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

/** Solutions shared by the persistent-allocation tests (each LP iteration takes seconds). */
final class PersistentAllocationFixture {

    /** Symmetric persistence p = 0.7, L = 1/2, H = 2, c = 1, δ = 0.8. */
    static final PersistentAllocation PERSISTENT = PersistentAllocation.symmetric(0.5, 2, 1, 0.7, 0.8);

    /** The same values with p = 1/2: i.i.d. with π_H = 1/2. */
    static final AllocationWithoutMoney IID = AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.8);

    static final double TOLERANCE = 1e-9;

    private static Solution<ValueFunction<PersistentAllocationPolicy>> persistentSeven;
    private static Solution<ValueFunction<PersistentAllocationPolicy>> persistentFour;
    private static Solution<ValueFunction<PersistentAllocationPolicy>> independentSeven;

    private PersistentAllocationFixture() {
    }

    static synchronized Solution<ValueFunction<PersistentAllocationPolicy>> persistentSeven() {
        if (persistentSeven == null) {
            persistentSeven = PERSISTENT.problem(7).solve(Options.of(TOLERANCE, 200, 51));
        }
        return persistentSeven;
    }

    static synchronized Solution<ValueFunction<PersistentAllocationPolicy>> persistentFour() {
        if (persistentFour == null) {
            persistentFour = PERSISTENT.problem(4).solve(Options.of(TOLERANCE, 200, 51));
        }
        return persistentFour;
    }

    static synchronized Solution<ValueFunction<PersistentAllocationPolicy>> independentSeven() {
        if (independentSeven == null) {
            independentSeven = PersistentAllocation.independent(IID).problem(7).solve(Options.of(TOLERANCE, 200, 51));
        }
        return independentSeven;
    }

    /** {@code V_j(w, ŵ)} of a solution, by belief, promise index and threat index. */
    static double value(Solution<ValueFunction<PersistentAllocationPolicy>> solution, int belief, int promise, int threat) {
        PersistentAllocationPolicy policy = solution.value().policy();
        return solution.value().value(policy.problem().state(belief, promise, threat));
    }
}
