package org.mdlab.information.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IteratedDominanceTest {

    @ParameterizedTest
    @CsvSource({"0.5, 0.1, 8", "0.5, 0.1, 9", "0.5, 0.4, 8", "0.3, 0.02, 30"})
    void inTheEmailGameAttackSurvivesOnlyForTheLastTypesAndOnlyForSmallLosses(double mu, double eps, int messages) {
        // gain 1, loss 2: every lower type gives 1/(2−ε) > 1/2 to a waiting opponent and waits; the top types keep
        // attack iff ε·2 <= (1−ε)·1, i.e. ε <= 1/3 (Rubinstein 1989, capped).
        EmailGame email = new EmailGame(mu, eps, messages);
        IteratedDominance d = IteratedDominance.of(FiniteGame.coordinatedAttack(1, 2), email.typeSpace());
        for (int player = 1; player <= 2; player++) {
            int top = email.types(player) - 1;
            for (int t = 0; t <= top; t++) {
                assertEquals(t == top && eps <= 1.0 / 3, d.survives(player, t, 1), "player " + player + " type " + t);
                assertEquals(true, d.survives(player, t, 0));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.1", "0.5, 0.6"})
    void underAPublicSignalAttackSurvivesOnTheSignalWhosePosteriorClearsTheCost(double mu, double eps) {
        // With the other attacking, attack pays q − 2(1 − q) >= 0 iff q >= 2/3; against a waiting other it loses.
        IteratedDominance d = IteratedDominance.of(FiniteGame.coordinatedAttack(1, 2),
                TypeSpace.publicSignal(new double[] {1 - mu, mu}, eps));
        double q1 = mu * (1 - eps) / (mu * (1 - eps) + (1 - mu) * eps);
        double q0 = mu * eps / (mu * eps + (1 - mu) * (1 - eps));
        assertEquals(q1 >= 2.0 / 3, d.survives(1, 1, 1));
        assertEquals(q0 >= 2.0 / 3, d.survives(2, 0, 1));
    }
}
