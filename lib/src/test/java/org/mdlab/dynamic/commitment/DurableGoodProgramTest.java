package org.mdlab.dynamic.commitment;

import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class DurableGoodProgramTest {

    @Property(tries = 30)
    void concavificationAgreesWithTheLinearProgram(@ForAll @DoubleRange(min = 0.02, max = 0.98) double prior,
                                                   @ForAll @DoubleRange(min = 0.05, max = 0.95) double discount,
                                                   @ForAll @DoubleRange(min = 1.2, max = 5) double high) {
        // Independent computation: the LP over IC, IR, Bayes plausibility and sequentially rational
        // period-2 prices on a 21-point posterior grid that contains 0 and 1 (μ̂ is added by the program).
        DurableGoodSale sale = new DurableGoodSale(1, high, discount);
        double[] grid = new double[21];
        for (int k = 0; k <= 20; k++) {
            grid[k] = k / 20.0;
        }
        Solution<DurableGoodProgram> lp = DurableGoodProgram.solve(sale, prior, grid, SolverOptions.defaults());
        assertTrue(lp.isOptimal(), lp.toString());
        assertEquals(sale.limitedCommitment(prior).revenue(), lp.value().revenue(), 1e-6);
    }

    @Test
    void theHighPriorExampleIsReachedByAPostedPriceOfTheHighValue() {
        // θ_L = 1, θ_H = 2, δ = 0.9, μ1 = 0.75: the split {μ̂ = 1/2, 1} gives 0.5·2 + 0.5·0.9·1 = 1.45.
        Solution<DurableGoodProgram> lp = DurableGoodProgram.solve(new DurableGoodSale(1, 2, 0.9), 0.75,
                new double[] {0, 1}, SolverOptions.defaults());
        assertEquals(1.45, lp.value().revenue(), 1e-9);
    }

    @Test
    void coarserGridsCannotDoBetter() {
        // Fewer messages restrict the program: with only the prior itself as a message the revenue is
        // g(μ1) = max{θ_L, δ μ1 θ_H} = max{1, 1.35} = 1.35 at μ1 = 0.75.
        Solution<DurableGoodProgram> lp = DurableGoodProgram.solve(new DurableGoodSale(1, 2, 0.9), 0.75,
                new double[] {0.75}, SolverOptions.defaults());
        assertEquals(1.35, lp.value().revenue(), 1e-9);
    }

    @Test
    void invalidArgumentsAreRejected() {
        DurableGoodSale sale = new DurableGoodSale(1, 2, 0.9);
        SolverOptions options = SolverOptions.defaults();
        assertThrows(IllegalArgumentException.class, () -> DurableGoodProgram.solve(sale, 0, new double[] {0, 1}, options));
        assertThrows(IllegalArgumentException.class, () -> DurableGoodProgram.solve(sale, 0.5, new double[] {1.5}, options));
        assertThrows(IllegalArgumentException.class, () -> DurableGoodProgram.solve(sale, 0.5, new double[] {}, options));
        // A subnormal prior would make the weight 1/μ1 overflow to infinity inside the program.
        IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class,
                () -> DurableGoodProgram.solve(sale, Double.MIN_VALUE, new double[] {0, 1}, options));
        assertTrue(tiny.getMessage().contains("prior"), tiny.getMessage());
    }
}
