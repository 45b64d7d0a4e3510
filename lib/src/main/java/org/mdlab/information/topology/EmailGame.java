package org.mdlab.information.topology;

import org.mdlab.market.Arguments;

/**
 * The information structure of Rubinstein's electronic mail game (1989, "The Electronic Mail Game: Strategic
 * Behavior Under 'Almost Common Knowledge'", AER 79(3)), with at most {@code K} messages. State 1 (the attack state)
 * has prior {@code μ}, state 0 has {@code 1 − μ}. In state 1 player 1's machine sends a message, and every message
 * received is confirmed by a message back; each message is lost with probability {@code ε}, and the exchange stops
 * after {@code K} messages. A player's type is the number of messages her machine sent: if message {@code k} is the
 * first lost ({@code k = 1..K}), {@code t₁ = ⌈k/2⌉} and {@code t₂ = ⌊k/2⌋}, with probability {@code με(1−ε)^{k−1}};
 * if none of the {@code K} is lost (probability {@code μ(1−ε)^K}, the <i>truncation mass</i>) the types are those of
 * {@code k = K}. State 0 is the profile {@code (0, 0)}. The uncapped game and the capped one differ on an event of
 * probability at most the truncation mass; {@link #withTruncationMass} picks the smallest
 * {@code K = ⌈ln(μ/η) / (−ln(1−ε))⌉ <= ⌈ln(1/η)/ε⌉} that makes it at most {@code η}.
 *
 * @param attackPrior {@code μ}, in (0, 1)
 * @param loss        {@code ε}, the probability that a message is lost, in (0, 1)
 * @param messages    {@code K >= 1}, the largest number of messages
 */
public record EmailGame(double attackPrior, double loss, int messages) {

    /** The largest number of messages accepted. */
    public static final int MESSAGE_LIMIT = 20_000;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if {@code μ} or {@code ε} is outside (0, 1) or {@code K} outside
     *                                  [1, {@link #MESSAGE_LIMIT}]
     */
    public EmailGame {
        Arguments.openUnit("attackPrior", attackPrior);
        Arguments.openUnit("loss", loss);
        Arguments.atLeast("messages", messages, 1);
        Arguments.sizeAtMost("messages", messages, MESSAGE_LIMIT, "O(K) cells, O(K²) common-belief thresholds");
    }

    /**
     * The email game with the fewest messages whose truncation mass is at most {@code η}.
     *
     * @param attackPrior {@code μ}, in (0, 1)
     * @param loss        {@code ε}, in (0, 1)
     * @param eta         {@code η}, in (0, 1)
     * @return the game, {@code K = max(1, ⌈ln(μ/η) / (−ln(1−ε))⌉)}
     */
    public static EmailGame withTruncationMass(double attackPrior, double loss, double eta) {
        Arguments.openUnit("attackPrior", attackPrior);
        Arguments.openUnit("loss", loss);
        Arguments.openUnit("eta", eta);
        double k = Math.ceil(Math.log(attackPrior / eta) / -Math.log1p(-loss));
        Arguments.sizeAtMost("messages", (long) Math.max(1, k), MESSAGE_LIMIT, "O(K) cells, O(K²) common-belief thresholds");
        return new EmailGame(attackPrior, loss, (int) Math.max(1, k));
    }

    /**
     * @return {@code μ(1−ε)^K}, the probability that no message is lost
     */
    public double truncationMass() {
        return attackPrior * Math.pow(1 - loss, messages);
    }

    /**
     * @param player 1 or 2
     * @return the number of the player's types, {@code ⌈K/2⌉ + 1} or {@code ⌊K/2⌋ + 1}
     */
    public int types(int player) {
        return TypeSpace.playerIndex(player) == 0 ? (messages + 1) / 2 + 1 : messages / 2 + 1;
    }

    /**
     * The type space: states {0, 1}, types the numbers of messages sent.
     *
     * @return the type space, with {@code K + 1} cells
     */
    public TypeSpace typeSpace() {
        int[] state = new int[messages + 1];
        int[] type1 = new int[messages + 1];
        int[] type2 = new int[messages + 1];
        double[] p = new double[messages + 1];
        p[0] = 1 - attackPrior;
        double firstLost = attackPrior * loss;
        for (int k = 1; k <= messages; k++) {
            state[k] = 1;
            type1[k] = (k + 1) / 2;
            type2[k] = k / 2;
            p[k] = firstLost;
            firstLost *= 1 - loss;
        }
        p[messages] += truncationMass();
        return TypeSpace.sparse(2, types(1), types(2), state, type1, type2, p);
    }
}
