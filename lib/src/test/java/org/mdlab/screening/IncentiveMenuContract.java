package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdlab.market.Attacks;
import org.mdlab.market.Audit;

/**
 * The contract of every {@link IncentiveMenu}: one item per type, payoffs finite, indices checked, and
 * an audit whose violation is at least the largest gain from another item and the largest participation
 * shortfall computed here from the payoffs (0 for the optimal menus the subclasses supply).
 */
public abstract class IncentiveMenuContract {

    /** @return the menu under test, an optimal (IC and IR) menu */
    protected abstract IncentiveMenu menu();

    @Test
    void payoffsAreFiniteAndIndicesChecked() {
        IncentiveMenu m = menu();
        assertTrue(m.size() >= 1);
        for (int i = 0; i < m.size(); i++) {
            for (int j = 0; j < m.size(); j++) {
                assertTrue(Double.isFinite(m.payoff(i, j)));
            }
        }
        Attacks.rejects("type", () -> m.payoff(-1, 0));
        Attacks.rejects("item", () -> m.payoff(0, m.size()));
    }

    @Test
    void auditCoversEveryDeviationAndParticipation() {
        IncentiveMenu m = menu();
        double worst = 0;
        for (int i = 0; i < m.size(); i++) {
            worst = Math.max(worst, -m.payoff(i, i));
            for (int j = 0; j < m.size(); j++) {
                worst = Math.max(worst, m.payoff(i, j) - m.payoff(i, i));
            }
        }
        Audit audit = m.audit();
        assertTrue(audit.violation() >= worst - 1e-15, audit + " misses a violation of " + worst);
        assertEquals(audit.violation() <= 1e-9, audit.holds(1e-9));
    }

    @Test
    void optimalMenusAreIncentiveCompatibleAndIndividuallyRational() {
        assertTrue(menu().audit().holds(1e-7), () -> menu().audit().toString());
    }
}
