package org.mdlab.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mdlab.optimisation.LinearProgram;

/**
 * Assembles the obedience linear program of {@link CorrelatedEquilibria}. A variable is the probability of a
 * price profile jointly with a group of (state, consumer belief) pairs: one pair when information is
 * designed, every state of one firm-signal class (weighted by its prior) when information is exact, so that
 * prices depend on the state only through the firms' signals. Rows: the prior, the consumer's Bayes
 * consistency and obedience given her belief and the prices (designed consumer information), the firms'
 * obedience against every grid price and against pricing out, and no recommended price below the firm's
 * conditional expected cost (firms that do not know their cost).
 */
final class BceProgram {

    private static final double TIE = 1e-9;

    /** One variable: a profile and the (state, belief, weight) triples it covers. */
    record Atom(int profile, int[] states, int[] beliefs, double[] weights) {
    }

    private final PricingGame game;
    private final InformationStructure info;
    private final double[][] beliefs;
    private final int[][] profiles;
    private final double scale;
    private final int[][] signals;
    private final LinearProgram lp = LinearProgram.create();
    private final List<LinearProgram.Variable> variables = new ArrayList<>();
    private final List<Atom> atoms = new ArrayList<>();

    BceProgram(PricingGame game, InformationStructure info, double[][] beliefs) {
        this.game = game;
        this.info = info;
        this.beliefs = beliefs;
        this.profiles = profiles(game);
        this.scale = scale(game);
        this.signals = signals(game, info.firms());
        if (info.designable()) {
            designedAtoms();
        } else {
            exactAtoms();
        }
        if (info.designable() && info.consumer() == ConsumerKnowledge.NOTHING) {
            consumerRows();
        }
        firmRows();
    }

    LinearProgram program() {
        return lp;
    }

    List<LinearProgram.Variable> variables() {
        return variables;
    }

    List<Atom> atoms() {
        return atoms;
    }

    double[] prices(int profile) {
        double[] p = new double[game.firms()];
        for (int j = 0; j < p.length; j++) {
            p[j] = game.priceGrids()[j][profiles[profile][j]];
        }
        return p;
    }

    double[] belief(int k) {
        return beliefs[k].clone();
    }

    /** The consumer's purchase probabilities at a belief and prices: index 0 is no purchase, j + 1 is good j. */
    double[] demand(double[] belief, double[] prices) {
        double best = 0;
        for (int j = 0; j < prices.length; j++) {
            best = Math.max(best, belief[j] - prices[j]);
        }
        double[] d = new double[prices.length + 1];
        int ties = 0;
        if (best <= TIE * scale) {
            d[0] = 1;
            ties++;
        }
        for (int j = 0; j < prices.length; j++) {
            if (belief[j] - prices[j] >= best - TIE * scale) {
                d[j + 1] = 1;
                ties++;
            }
        }
        for (int a = 0; a < d.length; a++) {
            d[a] /= ties;
        }
        return d;
    }

    /** The objective's value at one (state, belief, profile). */
    double coefficient(Welfare welfare, int state, int belief, int profile) {
        MarketState s = game.states().get(state);
        double[] p = prices(profile);
        double[] d = demand(beliefs[belief], p);
        double total = 0;
        for (int j = 0; j < p.length; j++) {
            total += d[j + 1] * welfare.of(s.value(j), p[j], s.cost(j));
        }
        return total;
    }

    /** The objective's coefficient of one variable. */
    double coefficient(Welfare welfare, Atom atom) {
        double total = 0;
        for (int m = 0; m < atom.states().length; m++) {
            total += atom.weights()[m] * coefficient(welfare, atom.states()[m], atom.beliefs()[m], atom.profile());
        }
        return total;
    }

    private void designedAtoms() {
        List<MarketState> states = game.states();
        LinearProgram.Constraint[] prior = new LinearProgram.Constraint[states.size()];
        for (int s = 0; s < states.size(); s++) {
            prior[s] = lp.constraint("prior" + s).level(states.get(s).probability());
            for (int k : allowedBeliefs(s)) {
                for (int q = 0; q < profiles.length; q++) {
                    if (admissible(s, q)) {
                        prior[s].add(newVariable(new Atom(q, new int[] {s}, new int[] {k}, new double[] {1})), 1);
                    }
                }
            }
        }
    }

    private void exactAtoms() {
        Map<List<Integer>, List<Integer>> classes = new LinkedHashMap<>();
        for (int s = 0; s < game.states().size(); s++) {
            classes.computeIfAbsent(firmSignalProfile(s), key -> new ArrayList<>()).add(s);
        }
        int c = 0;
        for (List<Integer> members : classes.values()) {
            int[] states = members.stream().mapToInt(Integer::intValue).toArray();
            int[] kinds = Arrays.stream(states).map(s -> allowedBeliefs(s).get(0)).toArray();
            double[] weights = Arrays.stream(states).mapToDouble(s -> game.states().get(s).probability()).toArray();
            LinearProgram.Constraint prior = lp.constraint("class" + c++).level(1);
            for (int q = 0; q < profiles.length; q++) {
                int profile = q;
                if (Arrays.stream(states).allMatch(s -> admissible(s, profile))) {
                    prior.add(newVariable(new Atom(q, states, kinds, weights)), 1);
                }
            }
        }
    }

    private LinearProgram.Variable newVariable(Atom atom) {
        LinearProgram.Variable x = lp.variable("x" + variables.size()).lower(0);
        variables.add(x);
        atoms.add(atom);
        return x;
    }

    private List<Integer> allowedBeliefs(int s) {
        if (info.consumer() == ConsumerKnowledge.VALUES) {
            return List.of(beliefIndex(game.states().get(s).values()));
        }
        if (!info.designable()) {
            return List.of(0);
        }
        List<Integer> all = new ArrayList<>();
        for (int k = 0; k < beliefs.length; k++) {
            all.add(k);
        }
        return all;
    }

    private int beliefIndex(double[] values) {
        for (int k = 0; k < beliefs.length; k++) {
            if (Arrays.equals(beliefs[k], values)) {
                return k;
            }
        }
        throw new IllegalStateException("no belief for values " + Arrays.toString(values));
    }

    private boolean admissible(int s, int q) {
        MarketState state = game.states().get(s);
        for (int j = 0; j < game.firms(); j++) {
            double price = game.priceGrids()[j][profiles[q][j]];
            double floor = info.firms() == FirmKnowledge.NOTHING ? lowestCost(j) : state.cost(j);
            if (price < floor - TIE * scale) {
                return false;
            }
        }
        return true;
    }

    private double lowestCost(int j) {
        return game.states().stream().mapToDouble(s -> s.cost(j)).min().orElseThrow();
    }

    private List<Integer> firmSignalProfile(int s) {
        List<Integer> key = new ArrayList<>();
        for (int j = 0; j < game.firms(); j++) {
            key.add(signal(j, s));
        }
        return key;
    }

    private int signal(int firm, int s) {
        return signals[firm][s];
    }

    private static int[][] signals(PricingGame game, FirmKnowledge knowledge) {
        int states = game.states().size();
        int[][] signals = new int[game.firms()][states];
        for (int j = 0; j < signals.length; j++) {
            int firm = j;
            double[] levels = game.states().stream().mapToDouble(x -> x.cost(firm)).distinct().sorted().toArray();
            for (int s = 0; s < states; s++) {
                signals[j][s] = switch (knowledge) {
                    case NOTHING -> 0;
                    case STATE -> s;
                    case OWN_COST -> Arrays.binarySearch(levels, game.states().get(s).cost(firm));
                };
            }
        }
        return signals;
    }

    private void consumerRows() {
        int goods = game.firms();
        Map<String, LinearProgram.Constraint> rows = new HashMap<>();
        for (int i = 0; i < atoms.size(); i++) {
            Atom atom = atoms.get(i);
            int s = atom.states()[0];
            int k = atom.beliefs()[0];
            MarketState state = game.states().get(s);
            for (int j = 0; j < goods; j++) {
                add(rows, "consistency" + k + "_" + j, 0, true, variables.get(i), state.value(j) - beliefs[k][j]);
            }
            double[] p = prices(atom.profile());
            double[] d = demand(beliefs[k], p);
            for (int a = 0; a <= goods; a++) {
                if (d[a] == 0) {
                    continue;
                }
                for (int b = 0; b <= goods; b++) {
                    if (b != a) {
                        add(rows, "buy" + k + "_" + atom.profile() + "_" + a + "_" + b, 0, false, variables.get(i),
                                utility(state, p, a) - utility(state, p, b));
                    }
                }
            }
        }
    }

    private static double utility(MarketState state, double[] p, int a) {
        return a == 0 ? 0 : state.value(a - 1) - p[a - 1];
    }

    private void firmRows() {
        Map<String, LinearProgram.Constraint> rows = new HashMap<>();
        for (int i = 0; i < atoms.size(); i++) {
            Atom atom = atoms.get(i);
            double[] prices = prices(atom.profile());
            for (int m = 0; m < atom.states().length; m++) {
                int s = atom.states()[m];
                double w = atom.weights()[m];
                MarketState state = game.states().get(s);
                double[] belief = beliefs[atom.beliefs()[m]];
                double[] d = demand(belief, prices);
                for (int j = 0; j < game.firms(); j++) {
                    double cost = state.cost(j);
                    double gain = d[j + 1] * (prices[j] - cost);
                    String head = j + "_" + signal(j, s) + "_" + profiles[atom.profile()][j] + "_";
                    double[] grid = game.priceGrids()[j];
                    double[] deviated = prices.clone();
                    for (int g = 0; g < grid.length; g++) {
                        if (g == profiles[atom.profile()][j]) {
                            continue;
                        }
                        deviated[j] = grid[g];
                        double deviation = demand(belief, deviated)[j + 1] * (grid[g] - cost);
                        add(rows, "obey" + head + g, 0, false, variables.get(i), w * (gain - deviation));
                    }
                    add(rows, "obey" + head + "out", 0, false, variables.get(i), w * gain);
                    if (info.firms() == FirmKnowledge.NOTHING) {
                        add(rows, "cost" + head, 0, false, variables.get(i), w * (prices[j] - cost));
                    }
                }
            }
        }
    }

    private void add(Map<String, LinearProgram.Constraint> rows, String name, double bound, boolean equality,
                     LinearProgram.Variable x, double c) {
        if (c != 0) {
            rows.computeIfAbsent(name, n -> equality ? lp.constraint(n).level(bound) : lp.constraint(n).lower(bound)).add(x, c);
        }
    }

    private static int[][] profiles(PricingGame game) {
        int firms = game.firms();
        int count = 1;
        for (int j = 0; j < firms; j++) {
            count = Math.multiplyExact(count, game.priceGrids()[j].length);
        }
        int[][] all = new int[count][firms];
        for (int q = 0; q < count; q++) {
            int rest = q;
            for (int j = firms - 1; j >= 0; j--) {
                int size = game.priceGrids()[j].length;
                all[q][j] = rest % size;
                rest /= size;
            }
        }
        return all;
    }

    private static double scale(PricingGame game) {
        double m = 0;
        for (MarketState s : game.states()) {
            for (int j = 0; j < s.goods(); j++) {
                m = Math.max(m, Math.max(Math.abs(s.value(j)), Math.abs(s.cost(j))));
            }
        }
        for (double[] grid : game.priceGrids()) {
            for (double p : grid) {
                m = Math.max(m, Math.abs(p));
            }
        }
        return m > 0 ? m : 1;
    }
}
