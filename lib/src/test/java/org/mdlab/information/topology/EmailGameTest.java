package org.mdlab.information.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailGameTest {

    @ParameterizedTest
    @CsvSource({"0.5, 0.1, 0.01", "0.3, 0.01, 0.001", "0.5, 0.5, 0.2"})
    void theFewestMessagesBringTheTruncationMassBelowEta(double mu, double eps, double eta) {
        EmailGame g = EmailGame.withTruncationMass(mu, eps, eta);
        assertTrue(g.truncationMass() <= eta * (1 + 1e-12));
        assertTrue(g.messages() == 1 || mu * Math.pow(1 - eps, g.messages() - 1) > eta);
        assertTrue(g.messages() <= Math.ceil(Math.log(1 / eta) / eps));
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.1, 8", "0.5, 0.1, 7", "0.2, 0.3, 3"})
    void typesOneStepApartCarryTheMessageLossOdds(double mu, double eps, int messages) {
        TypeSpace s = new EmailGame(mu, eps, messages).typeSpace();
        assertEquals(messages + 1, s.cells());
        assertEquals(1 - mu, s.probability(0, 0, 0), 1e-15);
        assertEquals(mu * eps, s.probability(1, 1, 0), 1e-15);
        // Player 1's type 1: message 1 lost (ε) or message 2 lost after 1 arrived (ε(1−ε)): odds 1 : 1 − ε.
        assertEquals(1 / (2 - eps), s.probability(1, 1, 0) / s.typeProbability(1, 1), 1e-12);
        assertEquals(1.0, s.firstOrderBelief(2, 1)[1], 1e-15);
        assertEquals(mu * eps / (1 - mu + mu * eps), s.firstOrderBelief(2, 0)[1], 1e-12);
    }
}
