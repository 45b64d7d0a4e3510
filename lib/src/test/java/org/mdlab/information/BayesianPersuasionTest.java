package org.mdlab.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.Status;

class BayesianPersuasionTest {

    // states (guilty, innocent); actions (convict, acquit); the judge wants to match the state,
    // the prosecutor wants conviction.
    private static final double[][] JUDGE = {{1, 0}, {0, 1}};
    private static final double[][] PROSECUTOR = {{1, 1}, {0, 0}};

    @Test
    void prosecutorConvictsWithProbabilitySixTenthsAtPriorThreeTenths() {
        // Kamenica-Gentzkow: the judge convicts iff P(guilty) >= 1/2; optimal signal sends "convict"
        // always when guilty and with probability q when innocent, with 0.3/(0.3 + 0.7 q) = 1/2,
        // q = 3/7: conviction probability 0.3 + 0.7·3/7 = 0.6.
        Solution<PersuasionPolicy> r = BayesianPersuasion.of(new double[] {0.3, 0.7}, JUDGE, PROSECUTOR).solve();
        assertEquals(Status.OPTIMAL, r.status());
        PersuasionPolicy p = r.value();
        assertEquals(0.6, p.senderValue(), 1e-9);
        assertEquals(1, p.recommendation()[0][0], 1e-9);
        assertEquals(3.0 / 7, p.recommendation()[0][1], 1e-9);
        assertEquals(0.6, p.actionProbability(new double[] {0.3, 0.7}, 0), 1e-9);
    }

    @Test
    void priorAboveTheThresholdNeedsNoInformation() {
        // prior 0.6 >= 1/2: always recommending conviction is obedient, value 1.
        Solution<PersuasionPolicy> r = BayesianPersuasion.of(new double[] {0.6, 0.4}, JUDGE, PROSECUTOR).solve();
        assertEquals(1, r.value().senderValue(), 1e-9);
    }

    @Test
    void lpAgreesWithTheConcavificationOfTheIndirectUtility() {
        // sender's indirect value v(μ) = 1{μ >= 1/2}; the envelope at each prior must equal the LP.
        ConcaveEnvelope env = ConcaveEnvelope.ofFunction(mu -> mu >= 0.5 ? 1 : 0, 201);
        for (double mu = 0.05; mu < 1; mu += 0.1) {
            double lp = BayesianPersuasion.of(new double[] {mu, 1 - mu}, JUDGE, PROSECUTOR).solve()
                    .value().senderValue();
            assertEquals(env.value(mu), lp, 1e-9, "at prior " + mu);
        }
    }

    @Test
    void malformedProblemsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> BayesianPersuasion.of(new double[] {0.3, 0.6}, JUDGE, PROSECUTOR));
        assertThrows(IllegalArgumentException.class,
                () -> BayesianPersuasion.of(new double[] {0.3, 0.7}, new double[][] {{1, 0, 0}}, PROSECUTOR));
        assertThrows(IllegalArgumentException.class,
                () -> BayesianPersuasion.of(new double[] {0.3, 0.7}, JUDGE, new double[][] {{1, 1}}));
    }
}
