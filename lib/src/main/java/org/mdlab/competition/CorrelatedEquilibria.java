package org.mdlab.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mdlab.market.Arguments;
import java.util.function.Function;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * The Bayes correlated equilibria of the price-competition game (Bergemann, Brooks and Morris,
 * "Information and Price Competition"; Bergemann and Morris 2016, Definition 1) as a linear program over
 * decision rules {@code σ(θ, w, p)}: the state {@code θ}, the consumer's interim values {@code w} (her
 * recommendation) and the price profile {@code p} (the firms' recommendations). Its constraints:
 * <ul>
 *   <li>prior: {@code Σ_{w,p} σ(θ, w, p) = μ(θ)};</li>
 *   <li>consumer obedience: {@code a} maximises {@code w_a − p_a} (or is no purchase when every
 *   {@code w_j − p_j ≤ 0}), ties split evenly; with designed consumer information also
 *   {@code Σ_θ σ(θ, w, p)(u_a(θ, p) − u_b(θ, p)) ≥ 0} for every purchase {@code a} she makes at {@code (w, p)}
 *   and every alternative {@code b};</li>
 *   <li>consumer consistency (when her information is designed): {@code Σ σ(θ, w, ·)(v(θ) − w) = 0} for every
 *   {@code w}, so {@code w} is her posterior mean of the values;</li>
 *   <li>firm obedience: for each firm {@code j}, its signal, its recommended price {@code p_j} and each
 *   deviation {@code p'} on its grid, and pricing out, the expected profit of obeying is at least that of
 *   deviating;</li>
 *   <li>no recommended price below the firm's expected cost given its signal and recommendation;</li>
 *   <li>exact information only: the distribution of price profiles given {@code θ} depends on {@code θ}
 *   only through the firms' signals.</li>
 * </ul>
 * The consumer buys her best response at her interim values {@code w}, splitting ties evenly; when her
 * information is designed she must also be obedient given {@code (w, p)}: the purchase is optimal for her
 * posterior given her recommendation and the prices she sees. After a firm's deviation she responds at
 * {@code w} (she does not read the deviation as news about the state). With exact information she draws no
 * inference from prices either, which is exact when prices carry no information beyond hers (as in the three
 * {@link HotellingInformation} structures).
 *
 * <p>Size: one variable per admissible (state, belief, profile), or per (firm-signal class, profile) for exact
 * information; {@code O(variables · J · M)} non-zeros for {@code J} firms with grids of {@code M} prices. Firms
 * that know the state facing a consumer who knows her values play one complete-information game per state, solved
 * as separate programs.
 */
public final class CorrelatedEquilibria {

    private final PricingGame game;
    private final InformationStructure information;
    private final double[][] beliefs;

    private CorrelatedEquilibria(PricingGame game, InformationStructure information, double[][] beliefs) {
        this.game = game;
        this.information = information;
        this.beliefs = beliefs;
    }

    /**
     * The equilibria for this information. A designed consumer belief ranges over the states' value vectors and
     * the prior mean.
     *
     * @param game        the game; not null
     * @param information the information structure; not null
     * @return the equilibrium set
     */
    public static CorrelatedEquilibria of(PricingGame game, InformationStructure information) {
        Arguments.notNull("game", game);
        Arguments.notNull("information", information);
        Set<List<Double>> candidates = new LinkedHashSet<>();
        if (information.consumer() == ConsumerKnowledge.VALUES) {
            game.states().forEach(s -> candidates.add(boxed(s.values())));
        } else {
            candidates.add(boxed(priorMean(game)));
            if (information.designable()) {
                game.states().forEach(s -> candidates.add(boxed(s.values())));
            }
        }
        return new CorrelatedEquilibria(game, information, unboxed(candidates));
    }

    /**
     * The equilibria when the consumer knows nothing a priori and her posterior mean of the values may be any
     * of {@code consumerBeliefs} (a finite grid of the convex hull of the value vectors).
     *
     * @param game            the game; not null
     * @param information     a designable structure in which the consumer knows nothing
     * @param consumerBeliefs candidate interim value vectors, one per row, one entry per good
     * @return the equilibrium set
     * @throws IllegalArgumentException if the structure is not designable with an uninformed consumer, or a
     *                                  belief has the wrong length or a non-finite entry
     */
    public static CorrelatedEquilibria of(PricingGame game, InformationStructure information, double[][] consumerBeliefs) {
        Arguments.notNull("game", game);
        Arguments.notNull("information", information);
        if (!information.designable() || information.consumer() != ConsumerKnowledge.NOTHING) {
            throw new IllegalArgumentException("consumerBeliefs need a designable structure with an uninformed consumer (got "
                    + information + ")");
        }
        Arguments.notNull("consumerBeliefs", consumerBeliefs);
        if (consumerBeliefs.length == 0) {
            throw new IllegalArgumentException("consumerBeliefs must be non-empty (got 0 beliefs)");
        }
        double[][] copy = new double[consumerBeliefs.length][];
        for (int k = 0; k < copy.length; k++) {
            copy[k] = Arguments.finiteArray("consumerBeliefs[" + k + "]", consumerBeliefs[k]);
            if (copy[k].length != game.firms()) {
                throw new IllegalArgumentException("consumerBeliefs[" + k + "] must have one entry per good (got "
                        + copy[k].length + " for " + game.firms() + " goods)");
            }
        }
        return new CorrelatedEquilibria(game, information, copy);
    }

    /**
     * The outcome maximising {@code objective}.
     *
     * @param objective what to maximise; not null
     * @param options   read for cancellation
     * @return the optimal outcome, or the solver's failure status
     */
    public Solution<PricingOutcome> maximise(Welfare objective, SolverOptions options) {
        Arguments.notNull("objective", objective);
        if (separable()) {
            return byState(state -> state.maximise(objective, options));
        }
        BceProgram program = program(objective);
        return program.program().maximise(options).map(point -> outcome(program, point));
    }

    /**
     * The outcome minimising {@code objective} (the other end of the equilibrium set).
     *
     * @param objective what to minimise; not null
     * @param options   read for cancellation
     * @return the optimal outcome, or the solver's failure status
     */
    public Solution<PricingOutcome> minimise(Welfare objective, SolverOptions options) {
        Arguments.notNull("objective", objective);
        if (separable()) {
            return byState(state -> state.minimise(objective, options));
        }
        BceProgram program = program(objective);
        return program.program().minimise(options).map(point -> outcome(program, point));
    }

    /**
     * The outcome maximising {@code objective} among those where {@code floorOn} is at least {@code floor}: for
     * instance the largest total surplus among consumer-optimal outcomes (the alignment question of the paper).
     *
     * @param objective what to maximise; not null
     * @param floorOn   the constrained objective; not null
     * @param floor     its lower bound; finite
     * @param options   read for cancellation
     * @return the optimal outcome, {@code INFEASIBLE} if no equilibrium reaches the floor, or another failure
     */
    public Solution<PricingOutcome> maximise(Welfare objective, Welfare floorOn, double floor, SolverOptions options) {
        Arguments.notNull("objective", objective);
        Arguments.notNull("floorOn", floorOn);
        Arguments.finite("floor", floor);
        BceProgram program = program(objective);
        LinearProgram.Constraint row = program.program().constraint("floor").lower(floor);
        for (int i = 0; i < program.atoms().size(); i++) {
            double c = program.coefficient(floorOn, program.atoms().get(i));
            if (c != 0) {
                row.add(program.variables().get(i), c);
            }
        }
        return program.program().maximise(options).map(point -> outcome(program, point));
    }

    /**
     * The number of decision-rule variables of the program (its size, for benchmarks and reports).
     *
     * @return the number of atoms
     */
    public int size() {
        return new BceProgram(game, information, beliefs).variables().size();
    }

    /**
     * @return a copy of the candidate consumer beliefs (interim value vectors)
     */
    public double[][] beliefs() {
        double[][] copy = new double[beliefs.length][];
        for (int k = 0; k < copy.length; k++) {
            copy[k] = beliefs[k].clone();
        }
        return copy;
    }

    /**
     * Firms that know the state and a consumer who knows her values (or whose information is exact) play a
     * separate complete-information game in each state: the program splits into one per state.
     */
    private boolean separable() {
        return game.states().size() > 1 && information.firms() == FirmKnowledge.STATE
                && (information.consumer() == ConsumerKnowledge.VALUES || !information.designable());
    }

    private Solution<PricingOutcome> byState(Function<CorrelatedEquilibria, Solution<PricingOutcome>> solve) {
        List<OutcomeCell> cells = new ArrayList<>();
        double consumer = 0;
        double producer = 0;
        for (int s = 0; s < game.states().size(); s++) {
            MarketState state = game.states().get(s);
            PricingGame single = PricingGame.of(List.of(MarketState.of(1, state.values(), state.costs())), game.priceGrids());
            Solution<PricingOutcome> part = solve.apply(of(single, information));
            if (!part.isOptimal()) {
                return part;
            }
            double weight = state.probability();
            consumer += weight * part.value().surplus().consumer();
            producer += weight * part.value().surplus().producer();
            for (OutcomeCell c : part.value().cells()) {
                cells.add(new OutcomeCell(s, c.belief(), c.prices(), c.purchase(), c.probability() * weight));
            }
        }
        return Solution.optimal(new PricingOutcome(Surplus.of(consumer, producer), cells),
                Diagnostics.none().withNote("solved as " + game.states().size() + " per-state programs"));
    }

    private BceProgram program(Welfare objective) {
        BceProgram program = new BceProgram(game, information, beliefs);
        for (int i = 0; i < program.atoms().size(); i++) {
            program.variables().get(i).weight(program.coefficient(objective, program.atoms().get(i)));
        }
        return program;
    }

    private PricingOutcome outcome(BceProgram program, LinearProgram.Point point) {
        List<OutcomeCell> cells = new ArrayList<>();
        double consumer = 0;
        double producer = 0;
        for (int i = 0; i < program.atoms().size(); i++) {
            double y = Math.max(0, point.value(program.variables().get(i)));
            BceProgram.Atom atom = program.atoms().get(i);
            consumer += y * program.coefficient(Welfare.CONSUMER, atom);
            producer += y * program.coefficient(Welfare.PRODUCER, atom);
            double[] prices = program.prices(atom.profile());
            for (int m = 0; m < atom.states().length; m++) {
                double mass = y * atom.weights()[m];
                double[] belief = program.belief(atom.beliefs()[m]);
                double[] demand = program.demand(belief, prices);
                for (int a = 0; a < demand.length; a++) {
                    if (mass * demand[a] > 1e-12) {
                        cells.add(new OutcomeCell(atom.states()[m], belief, prices, a - 1, Math.min(1, mass * demand[a])));
                    }
                }
            }
        }
        return new PricingOutcome(Surplus.of(consumer, producer), cells);
    }

    private static double[] priorMean(PricingGame game) {
        double[] mean = new double[game.firms()];
        for (MarketState s : game.states()) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += s.probability() * s.value(j);
            }
        }
        return mean;
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static double[][] unboxed(Set<List<Double>> rows) {
        return rows.stream().map(r -> r.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new);
    }
}
