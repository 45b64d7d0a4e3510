package org.mdlab.information.topology;

import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * The belief-invariant Bayes correlated equilibria of a {@link FiniteGame} on a {@link TypeSpace}, the equilibrium
 * notion of Bergemann, Morris and Veiel (arXiv 2411.09149) whose outcome sets the strategic topology makes
 * continuous: a mediator who knows the cell {@code (θ, t₁, t₂)} recommends actions by a rule
 * {@code x(a | θ, t)}, such that
 * <ul>
 *   <li><b>belief invariance</b> (Forges 1993, "Five Legitimate Definitions of Correlated Equilibrium in Games with
 *   Incomplete Information", <i>Theory and Decision</i> 35; Liu 2015, "Correlation and Common Priors in Games with
 *   Incomplete Information", <i>JET</i> 157): player {@code i}'s marginal recommendation
 *   {@code Σ_{a₋ᵢ} x(aᵢ, a₋ᵢ | θ, t)} depends on {@code tᵢ} only (an equality between each cell of a type and the
 *   type's first cell, for all actions but the last, which the cell totals imply), so that a recommendation
 *   tells a player nothing about the state or the other's type;</li>
 *   <li><b>obedience</b>: for every {@code tᵢ}, {@code aᵢ} and {@code aᵢ'},
 *   {@code Σ_{θ, t₋ᵢ, a₋ᵢ} π(θ, t) x(a | θ, t) [uᵢ(θ, aᵢ, a₋ᵢ) − uᵢ(θ, aᵢ', a₋ᵢ)] >= 0}.</li>
 * </ul>
 * Without belief invariance (plain Bayes correlated equilibrium, Bergemann and Morris 2016) the mediator could
 * reveal the state, and every information structure would have the outcomes of common knowledge in the email game.
 * The outcome is {@code ν(θ, a) = Σ_t π(θ, t) x(a | θ, t)}; a direction {@code d} on outcomes is maximised by a linear
 * program with {@code cells·m₁·m₂} variables and no redundant equality, its rows scaled by the largest payoff.
 */
public final class BeliefInvariantEquilibria {

    /** The largest number of decision variables accepted (each solve is a dense simplex). */
    public static final long VARIABLE_LIMIT = 20_000;

    private final FiniteGame game;
    private final TypeSpace space;
    private final IteratedDominance survivors;

    private BeliefInvariantEquilibria(FiniteGame game, TypeSpace space, IteratedDominance survivors) {
        this.game = game;
        this.space = space;
        this.survivors = survivors;
    }

    /**
     * The equilibrium set of a game on a type space with the same states, with the program's variables restricted to
     * the actions that survive {@link IteratedDominance} (every equilibrium recommends only those, so the set is the
     * same). Without the restriction a long chain of dominated types, as in the email game, makes the feasible set
     * so thin that the simplex reports it infeasible; {@link #unrestricted} keeps every action, for small spaces.
     *
     * @param game  the game
     * @param space the type space
     * @return the equilibrium set, to maximise directions over
     * @throws IllegalArgumentException if the numbers of states differ or the program exceeds
     *                                  {@link #VARIABLE_LIMIT} variables
     */
    public static BeliefInvariantEquilibria of(FiniteGame game, TypeSpace space) {
        check(game, space);
        return new BeliefInvariantEquilibria(game, space, IteratedDominance.of(game, space));
    }

    /**
     * The same set as {@link #of}, by a program over every action of every type (no elimination first): the direct
     * statement of the definition, for checking {@link #of} on small spaces.
     *
     * @param game  the game
     * @param space the type space
     * @return the equilibrium set
     * @throws IllegalArgumentException as {@link #of}
     */
    public static BeliefInvariantEquilibria unrestricted(FiniteGame game, TypeSpace space) {
        check(game, space);
        return new BeliefInvariantEquilibria(game, space, null);
    }

    private static void check(FiniteGame game, TypeSpace space) {
        Arguments.notNull("game", game);
        Arguments.notNull("space", space);
        if (game.states() != space.states()) {
            throw new IllegalArgumentException("space must have the game's " + game.states() + " states (got "
                    + space.states() + ")");
        }
        Arguments.sizeAtMost("variables", variableCount(game, space), VARIABLE_LIMIT, "one dense simplex per direction");
    }

    /**
     * @return the game
     */
    public FiniteGame game() {
        return game;
    }

    /**
     * @return the type space
     */
    public TypeSpace space() {
        return space;
    }

    /**
     * The equilibrium outcome that maximises {@code d·ν}, where {@code d} need not be a unit vector.
     *
     * @param direction {@code d}, one finite entry per outcome (see {@link FiniteGame#outcomeIndex(int, int, int)})
     * @param options   read for cancellation
     * @return the maximising outcome and the support value, or the solver's status
     */
    public Solution<EquilibriumOutcome> maximise(double[] direction, SolverOptions options) {
        Arguments.notNull("direction", direction);
        double[] d = Arguments.finiteArray("direction", direction);
        if (d.length != game.outcomeDimension()) {
            throw new IllegalArgumentException("direction must have one entry per outcome (" + game.outcomeDimension()
                    + ", got " + d.length + ")");
        }
        Arguments.notNull("options", options);
        return new Program().solve(d, options);
    }

    /**
     * The outcome set's support function on unit directions: one linear program built once and re-solved with
     * each direction as its objective.
     *
     * @param directions unit directions of the outcome dimension (e.g. {@link OutcomeSet#directions(int, int, long)})
     * @param options    read for cancellation, between solves
     * @return the outcome set, or the status of the first direction that did not solve
     */
    public Solution<OutcomeSet> outcomeSet(double[][] directions, SolverOptions options) {
        double[][] d = OutcomeSet.unitDirections(directions);
        if (d[0].length != game.outcomeDimension()) {
            throw new IllegalArgumentException("directions must have the outcome dimension " + game.outcomeDimension()
                    + " (got " + d[0].length + ")");
        }
        Arguments.notNull("options", options);
        Program program = new Program();
        double[] support = new double[d.length];
        for (int k = 0; k < d.length; k++) {
            Solution<EquilibriumOutcome> s = program.solve(d[k], options);
            if (!s.isOptimal()) {
                return Solution.failure(s.status(),
                        Diagnostics.none().withNote("direction " + k + ": " + s.diagnostics().note()));
            }
            support[k] = s.value().value();
        }
        return Solution.optimal(new OutcomeSet(d, support), Diagnostics.none());
    }

    static long variableCount(FiniteGame game, TypeSpace space) {
        return (long) space.cells() * game.actions(1) * game.actions(2);
    }

    /** The linear program, built once; each solve sets the objective weights of the recommendation variables. */
    private final class Program {

        private final int m1 = game.actions(1);
        private final int m2 = game.actions(2);
        private final LinearProgram lp = LinearProgram.create();
        private final LinearProgram.Variable[][][] x = new LinearProgram.Variable[space.cells()][m1][m2];

        Program() {
            int[][] first = {new int[space.typeCount(0)], new int[space.typeCount(1)]};
            for (int[] f : first) {
                java.util.Arrays.fill(f, -1);
            }
            for (int c = 0; c < space.cells(); c++) {
                LinearProgram.Constraint total = lp.constraint("cell" + c).level(1);
                for (int a1 = 0; a1 < m1; a1++) {
                    for (int a2 = 0; a2 < m2; a2++) {
                        if (allowed(0, space.cellType(0, c), a1) && allowed(1, space.cellType(1, c), a2)) {
                            x[c][a1][a2] = lp.variable("x" + c + "_" + a1 + "_" + a2).lower(0).upper(1);
                            total.add(x[c][a1][a2], 1);
                        }
                    }
                }
                for (int i = 0; i < 2; i++) {
                    int t = space.cellType(i, c);
                    if (first[i][t] < 0) {
                        first[i][t] = c;
                    } else {
                        invariance(i, t, first[i][t], c);
                    }
                }
            }
            obedience();
        }

        private boolean allowed(int i, int type, int action) {
            return survivors == null || survivors.survives(i + 1, type, action);
        }

        private LinearProgram.Variable at(int c, int i, int own, int other) {
            return i == 0 ? x[c][own][other] : x[c][other][own];
        }

        /**
         * Player i's marginal recommendation at cell c equals that at the first cell of its type, for every allowed
         * action but the last (implied by the cell totals).
         */
        private void invariance(int i, int type, int reference, int c) {
            int m = game.actions(i + 1);
            int last = m - 1;
            while (!allowed(i, type, last)) {
                last--;
            }
            for (int a = 0; a < last; a++) {
                if (!allowed(i, type, a)) {
                    continue;
                }
                LinearProgram.Constraint row = lp.constraint("invariance" + (i + 1) + "_" + c + "_" + a).level(0);
                for (int o = 0; o < game.actions(2 - i); o++) {
                    if (at(c, i, a, o) != null) {
                        row.add(at(c, i, a, o), 1);
                    }
                    if (at(reference, i, a, o) != null) {
                        row.add(at(reference, i, a, o), -1);
                    }
                }
            }
        }

        private void obedience() {
            double scale = game.scale();
            for (int i = 0; i < 2; i++) {
                int m = game.actions(i + 1);
                LinearProgram.Constraint[][][] rows = new LinearProgram.Constraint[space.typeCount(i)][m][m];
                for (int c = 0; c < space.cells(); c++) {
                    int t = space.cellType(i, c);
                    int s = space.cellState(c);
                    double weight = space.cellProbability(c) / space.marginal(i, t) / scale;
                    for (int a = 0; a < m; a++) {
                        for (int b = 0; b < m; b++) {
                            if (b == a || !allowed(i, t, a)) {
                                continue;
                            }
                            if (rows[t][a][b] == null) {
                                rows[t][a][b] = lp.constraint("obey" + (i + 1) + "_" + t + "_" + a + "_" + b).lower(0);
                            }
                            for (int o = 0; o < game.actions(2 - i); o++) {
                                LinearProgram.Variable v = at(c, i, a, o);
                                double gain = i == 0 ? game.raw(0, s, a, o) - game.raw(0, s, b, o)
                                        : game.raw(1, s, o, a) - game.raw(1, s, o, b);
                                if (v != null && gain != 0) {
                                    rows[t][a][b].add(v, weight * gain);
                                }
                            }
                        }
                    }
                }
            }
        }

        Solution<EquilibriumOutcome> solve(double[] direction, SolverOptions options) {
            for (int c = 0; c < space.cells(); c++) {
                double p = space.cellProbability(c);
                int s = space.cellState(c);
                for (int a1 = 0; a1 < m1; a1++) {
                    for (int a2 = 0; a2 < m2; a2++) {
                        if (x[c][a1][a2] != null) {
                            x[c][a1][a2].weight(p * direction[game.outcomeIndex(s, a1, a2)]);
                        }
                    }
                }
            }
            return lp.maximise(options).map(point -> {
                double[] nu = new double[game.outcomeDimension()];
                for (int c = 0; c < space.cells(); c++) {
                    double p = space.cellProbability(c);
                    int s = space.cellState(c);
                    for (int a1 = 0; a1 < m1; a1++) {
                        for (int a2 = 0; a2 < m2; a2++) {
                            if (x[c][a1][a2] != null) {
                                nu[game.outcomeIndex(s, a1, a2)] += p * Math.max(0, point.value(x[c][a1][a2]));
                            }
                        }
                    }
                }
                return new EquilibriumOutcome(nu, point.objective());
            });
        }
    }
}
