package org.mdlab.screening;

import org.mdlab.market.Audit;

/**
 * The one menu abstraction of screening: a menu offers one item (a quality and price, a contract, a
 * tariff) per type, and type {@code i} gets {@link #payoff(int, int)} from item {@code j}, having
 * optimised whatever it chooses after contracting. Incentive compatibility asks that every type
 * prefers its own item, {@code payoff(i, i) >= payoff(i, j)}, and participation that
 * {@code payoff(i, i) >= 0} (Mussa and Rosen 1978, eqs. (3)–(4); ex ante in Courty and Li 2000,
 * Section 2). Implemented by the Mussa–Rosen {@link Menu}, the {@link TokenMenu}, the sequential
 * {@link SequentialMenu}, and by the cloud mechanisms and contract menus of {@code org.mdlab.cloud}.
 */
public interface IncentiveMenu {

    /**
     * The number of items, one per type.
     *
     * @return {@code n >= 1}
     */
    int size();

    /**
     * The payoff of a type from an item.
     *
     * @param type the type index, in {@code [0, size())}
     * @param item the item index, in {@code [0, size())}
     * @return the type's payoff from the item, continuation choices optimised
     * @throws IllegalArgumentException if an index is out of range
     */
    double payoff(int type, int item);

    /**
     * The incentive audit: by default the largest gain from another item and the largest participation
     * shortfall ({@link MenuAudit#of(IncentiveMenu)}); menus with more constraints (ex-post IC) report
     * them as well.
     *
     * @return the audit
     */
    default Audit audit() {
        return MenuAudit.of(this);
    }
}
