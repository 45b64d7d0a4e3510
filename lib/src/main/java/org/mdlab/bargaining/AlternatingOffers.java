package org.mdlab.bargaining;

import java.util.Arrays;
import org.mdlab.dynamic.MarkovDecisionProblem;
import org.mdlab.dynamic.StationaryPolicy;
import org.mdlab.dynamic.ValueFunction;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * Rubinstein's (1982, "Perfect Equilibrium in a Bargaining Model", Econometrica 50(1): 97–109) alternating-offers
 * game over a pie of size {@code pie}: in odd rounds player 0 proposes a split and player 1 accepts or rejects, in
 * even rounds the roles swap; a split agreed in round {@code t} is worth {@code δᵢ^(t−1)} times the share to player
 * {@code i}. With an infinite horizon the unique subgame-perfect equilibrium gives the first proposer the share
 * {@code x* = (1 − δ₂)/(1 − δ₁δ₂)} at once (Rubinstein 1982, the main theorem); with {@code T} rounds and nothing after, the
 * equilibrium is found by backward induction ({@link #backwardInduction}), and its first share tends to
 * {@code x*} geometrically, by the factor {@code δ₁δ₂} every two rounds. Immutable.
 *
 * <p>Players are 0 (the first proposer) and 1; shares are fractions of the pie, payoffs are in the units of the pie.
 *
 * @param firstPatience  player 0’s discount factor {@code δ₁}; in (0, 1)
 * @param secondPatience player 1's discount factor {@code δ₂}; in (0, 1)
 * @param pie            the size of the pie; positive and finite
 */
public record AlternatingOffers(double firstPatience, double secondPatience, double pie) {

    /**
     * The largest admissible horizon: backward induction costs {@code O(T)}, and a play against the subgame-perfect
     * agent {@code O(T²)} (the agent solves the game afresh each round).
     */
    public static final int MAX_HORIZON = 10_000;

    /** The slack with which an equilibrium responder accepts an offer below its continuation share (rounding). */
    public static final double ACCEPTANCE_SLACK = 1e-12;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a discount factor is outside (0, 1) or the pie is not positive and finite
     */
    public AlternatingOffers {
        Arguments.openUnit("firstPatience", firstPatience);
        Arguments.openUnit("secondPatience", secondPatience);
        Arguments.positive("pie", pie);
    }

    /**
     * The game over a pie of size 1.
     *
     * @param firstPatience  player 0's discount factor; in (0, 1)
     * @param secondPatience player 1's discount factor; in (0, 1)
     * @return the game
     */
    public static AlternatingOffers of(double firstPatience, double secondPatience) {
        return new AlternatingOffers(firstPatience, secondPatience, 1);
    }

    /**
     * The same game over a pie of another size.
     *
     * @param size the pie; positive and finite
     * @return the rescaled game
     */
    public AlternatingOffers withPie(double size) {
        return new AlternatingOffers(firstPatience, secondPatience, size);
    }

    /**
     * A player's discount factor.
     *
     * @param player 0 or 1
     * @return {@code δ_player}
     */
    public double patience(int player) {
        return Arguments.index("player", player, 2) == 0 ? firstPatience : secondPatience;
    }

    /**
     * The infinite-horizon subgame-perfect share of the first proposer, {@code x* = (1 − δ₂)/(1 − δ₁δ₂)}
     * (Rubinstein 1982, the main theorem; it solves {@code x = 1 − δ₂ y}, {@code y = 1 − δ₁ x}, each proposer offering
     * the responder its discounted share as next proposer).
     *
     * @return the fraction of the pie player 0 keeps
     */
    public double stationaryShare() {
        return (1 - secondPatience) / (1 - firstPatience * secondPatience);
    }

    /**
     * A player's infinite-horizon equilibrium payoff: {@code x*} times the pie for player 0, {@code 1 − x*}
     * times the pie for player 1 (agreement in round 1).
     *
     * @param player 0 or 1
     * @return the payoff, in pie units
     */
    public double stationaryPayoff(int player) {
        double share = stationaryShare();
        return pie * (Arguments.index("player", player, 2) == 0 ? share : 1 - share);
    }

    /**
     * The subgame-perfect equilibrium of the {@code T}-round game by backward induction: with one round left the
     * proposer keeps the pie (the responder gets 0 by rejecting); with {@code k} rounds left the responder
     * accepts exactly when offered at least {@code δ_j} times what it keeps as proposer with {@code k − 1}
     * rounds left, and the proposer offers exactly that. Exact; cost {@code O(T)}.
     *
     * @param horizon the number of rounds {@code T}; in 1..{@value #MAX_HORIZON}
     * @return the shares and acceptance thresholds for every number of rounds left
     * @throws IllegalArgumentException if the horizon is out of range
     */
    public Solution<HorizonShares> backwardInduction(int horizon) {
        requireHorizon(horizon);
        double[][] keep = new double[2][horizon];
        double[][] threshold = new double[2][horizon];
        for (int k = 1; k <= horizon; k++) {
            for (int proposer = 0; proposer < 2; proposer++) {
                int responder = 1 - proposer;
                double rejection = k == 1 ? 0 : patience(responder) * keep[responder][k - 2];
                threshold[responder][k - 1] = rejection;
                keep[proposer][k - 1] = 1 - rejection;
            }
        }
        return Solution.optimal(new HorizonShares(keep[0], keep[1], threshold[0], threshold[1]),
                Diagnostics.iterations(horizon));
    }

    /**
     * Plays the {@code T}-round game between two agents: in round {@code t} the proposer (player 0 in odd
     * rounds) names its demand, the other accepts or rejects the remainder; agreement in round {@code t} pays
     * {@code δᵢ^(t−1)} times each share of the pie, no agreement after {@code T} rounds pays 0.
     *
     * @param first   player 0; not null
     * @param second  player 1; not null
     * @param horizon the number of rounds; in 1..{@value #MAX_HORIZON}
     * @return the outcome
     * @throws IllegalArgumentException if an agent is null, the horizon is out of range or an agent demands a
     *                                  share outside [0, 1]
     */
    public BargainingOutcome play(BargainingAgent first, BargainingAgent second, int horizon) {
        Arguments.notNull("first", first);
        Arguments.notNull("second", second);
        requireHorizon(horizon);
        BargainingAgent[] agents = {first, second};
        double[] demands = new double[horizon];
        for (int round = 1; round <= horizon; round++) {
            int proposer = (round - 1) % 2;
            double[] rejected = Arrays.copyOf(demands, round - 1);
            double demand = agents[proposer].demand(new Negotiation(this, horizon, round, proposer, rejected));
            if (!(demand >= 0 && demand <= 1)) {
                throw new IllegalArgumentException("the demand of player " + proposer + " in round " + round
                        + " must lie in [0, 1] (got " + demand + ")");
            }
            demands[round - 1] = demand;
            if (agents[1 - proposer].accept(new Negotiation(this, horizon, round, 1 - proposer, rejected), 1 - demand)) {
                double firstShare = proposer == 0 ? demand : 1 - demand;
                return BargainingOutcome.agreement(this, round, firstShare, Arrays.copyOf(demands, round));
            }
        }
        return BargainingOutcome.disagreement(this, demands);
    }

    /**
     * Scores an agent by its regret against the equilibrium: it plays seat {@code player} of the {@code T}-round
     * game against {@link BargainingAgent#subgamePerfect()}, and its regret is the seat's equilibrium payoff
     * minus its realised payoff. Since the subgame-perfect profile is a Nash equilibrium, the equilibrium payoff is
     * the best-reply payoff against that opponent, so the regret is never negative.
     *
     * @param agent   the agent scored; not null
     * @param player  its seat, 0 (first proposer) or 1
     * @param horizon the number of rounds; in 1..{@value #MAX_HORIZON}
     * @return the payoff, the benchmark and the regret, in pie units
     */
    public AgentScore score(BargainingAgent agent, int player, int horizon) {
        Arguments.notNull("agent", agent);
        Arguments.index("player", player, 2);
        requireHorizon(horizon);
        BargainingAgent equilibrium = BargainingAgent.subgamePerfect();
        BargainingOutcome outcome = player == 0 ? play(agent, equilibrium, horizon) : play(equilibrium, agent, horizon);
        double opening = backwardInduction(horizon).value().proposerShare(0, horizon);
        double benchmark = pie * (player == 0 ? opening : 1 - opening);
        return new AgentScore(outcome.payoff(player), benchmark, outcome);
    }

    /**
     * The best-reply problem of seat {@code player} against the subgame-perfect opponent of the {@code T}-round
     * game, as a finite Markov decision problem: state {@code t − 1} is round {@code t}, state {@code T} ends the
     * game; in its own proposing rounds the player's action {@code g} demands {@code g / steps} of the pie
     * (accepted when the remainder reaches the opponent's threshold, less {@value #ACCEPTANCE_SLACK}), in the
     * opponent's rounds action 0 accepts the opponent's equilibrium demand and any other action rejects. The
     * discount is the player's own, so the value of state 0 is the best payoff over all strategies that demand
     * multiples of {@code 1 / steps}: at most the equilibrium payoff, and less by under one step of the pie.
     *
     * @param player  the seat, 0 or 1
     * @param horizon the number of rounds; in 1..{@value #MAX_HORIZON}
     * @param steps   the number of demand steps; at least 1
     * @return the problem, with {@code T + 1} states and {@code steps + 1} actions
     * @throws IllegalArgumentException if an argument is out of range or the problem is too large
     */
    public MarkovDecisionProblem bestReplyProblem(int player, int horizon, int steps) {
        Arguments.index("player", player, 2);
        requireHorizon(horizon);
        Arguments.atLeast("steps", steps, 1);
        Arguments.sizeAtMost("rows (horizon + 1)(steps + 1)", (horizon + 1L) * (steps + 1L), 20_000_000L,
                "O(T · steps) memory");
        HorizonShares shares = backwardInduction(horizon).value();
        int opponent = 1 - player;
        MarkovDecisionProblem.Builder builder = MarkovDecisionProblem.builder(horizon + 1, steps + 1, patience(player));
        for (int round = 1; round <= horizon; round++) {
            int left = horizon - round + 1;
            int next = round;
            boolean proposing = (round - 1) % 2 == player;
            for (int g = 0; g <= steps; g++) {
                double demand = (double) g / steps;
                if (proposing) {
                    boolean accepted = 1 - demand >= shares.threshold(opponent, left) - ACCEPTANCE_SLACK;
                    builder.row(round - 1, g, accepted ? pie * demand : 0, new int[] {accepted ? horizon : next},
                            new double[] {1});
                } else {
                    boolean accept = g == 0;
                    double offered = 1 - shares.proposerShare(opponent, left);
                    builder.row(round - 1, g, accept ? pie * offered : 0, new int[] {accept ? horizon : next},
                            new double[] {1});
                }
            }
        }
        for (int g = 0; g <= steps; g++) {
            builder.row(horizon, g, 0, new int[] {horizon}, new double[] {1});
        }
        return builder.build();
    }

    /**
     * Solves {@link #bestReplyProblem} by the library's value iteration ({@link MarkovDecisionProblem#solve}); the
     * problem is acyclic, so {@code T + 1} sweeps reach its values exactly.
     *
     * @param player  the seat, 0 or 1
     * @param horizon the number of rounds; in 1..{@value #MAX_HORIZON}
     * @param steps   the number of demand steps; at least 1
     * @param options solver options; not null
     * @return the best-reply value function and policy; state 0 is the start of the game
     */
    public Solution<ValueFunction<StationaryPolicy>> bestReply(int player, int horizon, int steps, SolverOptions options) {
        Arguments.notNull("options", options);
        return bestReplyProblem(player, horizon, steps).solve(options);
    }

    static int requireHorizon(int horizon) {
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("horizon must lie in 1.." + MAX_HORIZON + " (got " + horizon + ")");
        }
        return horizon;
    }
}
