package org.mdlab.monotone;

import org.mdlab.optimisation.LinearProgram;

/** Shared building blocks of this package's linear programs over the order polytope of a grid. */
final class MonotoneProgram {

    private MonotoneProgram() {
    }

    static LinearProgram.Variable[] orderPolytope(LinearProgram lp, TypeGrid grid, String name) {
        int size = grid.size();
        LinearProgram.Variable[] f = new LinearProgram.Variable[size];
        for (int point = 0; point < size; point++) {
            f[point] = lp.variable(name + point).lower(0).upper(1);
        }
        for (int point = 0; point < size; point++) {
            for (int i = 0; i < grid.agents(); i++) {
                int next = grid.successor(point, i);
                if (next >= 0) {
                    lp.constraint("monotone " + point + "→" + next).lower(0).add(f[next], 1).add(f[point], -1);
                }
            }
        }
        return f;
    }
}
