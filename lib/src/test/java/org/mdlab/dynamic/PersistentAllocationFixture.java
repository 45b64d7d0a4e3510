package org.mdlab.dynamic;

/** Solutions shared by the persistent-allocation tests (each LP iteration takes seconds). */
final class PersistentAllocationFixture {

    /** Symmetric persistence p = 0.7, L = 1/2, H = 2, c = 1, δ = 0.8. */
    static final PersistentAllocation PERSISTENT = PersistentAllocation.symmetric(0.5, 2, 1, 0.7, 0.8);

    /** The same values with p = 1/2: i.i.d. with π_H = 1/2. */
    static final AllocationWithoutMoney IID = AllocationWithoutMoney.of(0.5, 2, 1, 0.5, 0.8);

    static final double TOLERANCE = 1e-9;

    private static PersistentAllocationSolution persistentSeven;
    private static PersistentAllocationSolution persistentFour;
    private static PersistentAllocationSolution independentSeven;

    private PersistentAllocationFixture() {
    }

    static synchronized PersistentAllocationSolution persistentSeven() {
        if (persistentSeven == null) {
            persistentSeven = PERSISTENT.problem(7).solve(TOLERANCE, 200, 50);
        }
        return persistentSeven;
    }

    static synchronized PersistentAllocationSolution persistentFour() {
        if (persistentFour == null) {
            persistentFour = PERSISTENT.problem(4).solve(TOLERANCE, 200, 50);
        }
        return persistentFour;
    }

    static synchronized PersistentAllocationSolution independentSeven() {
        if (independentSeven == null) {
            independentSeven = PersistentAllocation.independent(IID).problem(7).solve(TOLERANCE, 200, 50);
        }
        return independentSeven;
    }
}
