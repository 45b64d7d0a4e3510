package org.mdlab.optimisation;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A linear program, built fluently and solved to a {@link Solution}: the library's one gateway to ojAlgo's
 * {@code ExpressionsBasedModel}, so that no ojAlgo type appears in a public signature and ojAlgo's states
 * are mapped to {@link Status} in one place. Variables carry bounds and an objective weight; constraints
 * are linear expressions with bounds; coefficients added twice to the same variable accumulate.
 *
 * <pre>{@code
 * LinearProgram lp = LinearProgram.create();
 * LinearProgram.Variable x = lp.variable("x").lower(0).upper(1).weight(3);
 * lp.constraint("budget").upper(2).add(x, 4);
 * Solution<LinearProgram.Point> solution = lp.maximise(SolverOptions.defaults());
 * double value = solution.value().value(x);
 * }</pre>
 *
 * <p>A program is mutable while it is built and may be re-solved after bounds change; a {@link Point} is
 * an immutable copy of one solve's values. Not thread-safe.
 */
public final class LinearProgram {

    private final ExpressionsBasedModel model = new ExpressionsBasedModel();
    private int variables;

    private LinearProgram() {
    }

    /**
     * An empty program.
     *
     * @return a program with no variables and no constraints
     */
    public static LinearProgram create() {
        return new LinearProgram();
    }

    /**
     * Adds a variable, unbounded and with objective weight 0 until set.
     *
     * @param name a name, for diagnostics; not null
     * @return the variable, to bound and weight
     */
    public Variable variable(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        return new Variable(this, model.addVariable(name), variables++);
    }

    /**
     * Adds a constraint, unbounded until bounds are set.
     *
     * @param name a name, for diagnostics; not null
     * @return the constraint, to bound and fill with coefficients
     */
    public Constraint constraint(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        return new Constraint(this, model.addExpression(name));
    }

    /**
     * The number of variables added so far.
     *
     * @return the count
     */
    public int variableCount() {
        return variables;
    }

    /**
     * Maximises the weighted sum of the variables.
     *
     * @param options read for {@link SolverOptions#cancellation()} only (checked before the solve)
     * @return the solution: a {@link Point} when optimal
     */
    public Solution<Point> maximise(SolverOptions options) {
        options.cancellation().check("linear program");
        return outcome(model.maximise());
    }

    /**
     * Minimises the weighted sum of the variables.
     *
     * @param options read for {@link SolverOptions#cancellation()} only (checked before the solve)
     * @return the solution: a {@link Point} when optimal
     */
    public Solution<Point> minimise(SolverOptions options) {
        options.cancellation().check("linear program");
        return outcome(model.minimise());
    }

    private Solution<Point> outcome(Optimisation.Result result) {
        Optimisation.State state = result.getState();
        Status status = status(state);
        if (!status.admitsPayload()) {
            return Solution.failure(status, Diagnostics.none().withNote("ojAlgo state " + state));
        }
        double[] values = new double[variables];
        for (int i = 0; i < variables; i++) {
            values[i] = result.doubleValue(i);
        }
        Point point = new Point(this, values, result.getValue());
        return status == Status.OPTIMAL ? Solution.optimal(point, Diagnostics.none())
                : Solution.iterationLimit(point, Diagnostics.none().withNote("ojAlgo state " + state));
    }

    /** Maps ojAlgo's state: optimal or distinct is optimal; feasible or approximate is a truncated solve. */
    static Status status(Optimisation.State state) {
        if (state.isOptimal()) {
            return Status.OPTIMAL;
        }
        if (state == Optimisation.State.INFEASIBLE) {
            return Status.INFEASIBLE;
        }
        if (state == Optimisation.State.UNBOUNDED) {
            return Status.UNBOUNDED;
        }
        if (state.isFeasible()) {
            return Status.ITERATION_LIMIT;
        }
        return Status.FAILED;
    }

    private void requireOwn(LinearProgram owner, String what) {
        if (owner != this) {
            throw new IllegalArgumentException(what + " belongs to another linear program");
        }
    }

    private static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite (got " + value + ")");
        }
        return value;
    }

    /** A decision variable of one {@link LinearProgram}. */
    public static final class Variable {

        private final LinearProgram owner;
        private final org.ojalgo.optimisation.Variable delegate;
        private final int index;

        private Variable(LinearProgram owner, org.ojalgo.optimisation.Variable delegate, int index) {
            this.owner = owner;
            this.delegate = delegate;
            this.index = index;
        }

        /**
         * @param bound the lower bound; finite
         * @return this variable
         */
        public Variable lower(double bound) {
            delegate.lower(finite("lower bound", bound));
            return this;
        }

        /**
         * @param bound the upper bound; finite
         * @return this variable
         */
        public Variable upper(double bound) {
            delegate.upper(finite("upper bound", bound));
            return this;
        }

        /**
         * @param coefficient the variable's weight in the objective; finite
         * @return this variable
         */
        public Variable weight(double coefficient) {
            delegate.weight(finite("weight", coefficient));
            return this;
        }

        /**
         * The position of the variable in {@link Point#values()}.
         *
         * @return the index, in order of creation from 0
         */
        public int index() {
            return index;
        }
    }

    /** A linear constraint {@code lower <= Σ a_j x_j <= upper} of one {@link LinearProgram}. */
    public static final class Constraint {

        private final LinearProgram owner;
        private final Expression delegate;

        private Constraint(LinearProgram owner, Expression delegate) {
            this.owner = owner;
            this.delegate = delegate;
        }

        /**
         * @param bound the lower bound; finite
         * @return this constraint
         */
        public Constraint lower(double bound) {
            delegate.lower(finite("lower bound", bound));
            return this;
        }

        /**
         * @param bound the upper bound; finite
         * @return this constraint
         */
        public Constraint upper(double bound) {
            delegate.upper(finite("upper bound", bound));
            return this;
        }

        /**
         * Makes the constraint an equality.
         *
         * @param value the required level; finite
         * @return this constraint
         */
        public Constraint level(double value) {
            delegate.level(finite("level", value));
            return this;
        }

        /**
         * Adds {@code coefficient} to the variable's coefficient (coefficients accumulate).
         *
         * @param variable    a variable of the same program
         * @param coefficient finite
         * @return this constraint
         */
        public Constraint add(Variable variable, double coefficient) {
            owner.requireOwn(variable.owner, "variable");
            BigDecimal current = delegate.get(variable.delegate);
            double sum = (current == null ? 0 : current.doubleValue()) + finite("coefficient", coefficient);
            delegate.set(variable.delegate, sum);
            return this;
        }

        /**
         * Sets the variable's coefficient, replacing any earlier one.
         *
         * @param variable    a variable of the same program
         * @param coefficient finite
         * @return this constraint
         */
        public Constraint set(Variable variable, double coefficient) {
            owner.requireOwn(variable.owner, "variable");
            delegate.set(variable.delegate, finite("coefficient", coefficient));
            return this;
        }
    }

    /**
     * The values of one solve: one per variable, in order of creation, and the objective.
     */
    public static final class Point {

        private final LinearProgram owner;
        private final double[] values;
        private final double objective;

        private Point(LinearProgram owner, double[] values, double objective) {
            this.owner = owner;
            this.values = values;
            this.objective = objective;
        }

        /**
         * @param variable a variable of the program that was solved
         * @return its value at this point
         */
        public double value(Variable variable) {
            owner.requireOwn(variable.owner, "variable");
            return values[variable.index];
        }

        /**
         * @return a copy of all values, indexed by {@link Variable#index()}
         */
        public double[] values() {
            return values.clone();
        }

        /**
         * @return the objective value at this point
         */
        public double objective() {
            return objective;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Point p && owner == p.owner && Arrays.equals(values, p.values)
                    && Double.compare(objective, p.objective) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(values) + Double.hashCode(objective);
        }

        @Override
        public String toString() {
            return "Point[objective=" + objective + ", " + values.length + " variables]";
        }
    }
}
