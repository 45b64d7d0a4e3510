package org.mdlab.competition;

import java.util.ArrayList;
import java.util.List;
import org.mdlab.market.Arguments;

/**
 * The Hotelling duopoly of Bergemann, Brooks and Morris, "Information and Price Competition" (reconstructed
 * from the abstract): the consumer's location {@code x} is uniform on [0, 1], firm 0 sits at 0 and firm 1 at 1,
 * both with unit cost {@code c}; the consumer values good 0 at {@code v − t x} and good 1 at
 * {@code v − t (1 − x)}. With {@code v ≥ c + 3t/2} every consumer buys in the three closed forms:
 * <ul>
 *   <li>consumer knows {@code x}, firms do not: {@code p_0 = p_1 = c + t}, consumer surplus {@code v − c − 5t/4},
 *   producer surplus {@code t}, total surplus {@code v − c − t/4};</li>
 *   <li>everyone knows {@code x}: the nearer firm wins at {@code c + t|1 − 2x|}, the other prices at {@code c};
 *   consumer surplus {@code v − c − 3t/4}, producer surplus {@code t/2}, total surplus {@code v − c − t/4};</li>
 *   <li>nobody knows {@code x}: Bertrand pricing at {@code c}; consumer and total surplus {@code v − c − t/2}.</li>
 * </ul>
 *
 * @param value     the value {@code v} at distance 0; finite
 * @param cost      the common unit cost {@code c}; finite
 * @param transport the transport cost {@code t} per unit of distance; finite and {@code > 0}
 */
public record Hotelling(double value, double cost, double transport) {

    /** The largest number of locations {@link #game(int)} accepts (the LP grows as the cube of it). */
    public static final int MAX_LOCATIONS = 40;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if an argument breaks the rule stated for it, or {@code v < c + 3t/2}
     */
    public Hotelling {
        Arguments.finite("value", value);
        Arguments.finite("cost", cost);
        Arguments.positive("transport", transport);
        if (value < cost + 1.5 * transport) {
            throw new IllegalArgumentException("value must be >= cost + 3 transport / 2 = " + (cost + 1.5 * transport)
                    + " so that every consumer buys (got " + value + ")");
        }
    }

    /**
     * A Hotelling duopoly.
     *
     * @param value     {@code v}
     * @param cost      {@code c}
     * @param transport {@code t}
     * @return the duopoly
     */
    public static Hotelling of(double value, double cost, double transport) {
        return new Hotelling(value, cost, transport);
    }

    /**
     * The closed-form equilibrium surpluses under one of the three fixed information structures.
     *
     * @param information which structure; not null
     * @return consumer, producer and total surplus
     */
    public Surplus surplus(HotellingInformation information) {
        Arguments.notNull("information", information);
        double base = value - cost;
        return switch (information) {
            case CONSUMER_KNOWS_LOCATION -> Surplus.of(base - 1.25 * transport, transport);
            case EVERYONE_KNOWS_LOCATION -> Surplus.of(base - 0.75 * transport, 0.5 * transport);
            case NOBODY_KNOWS_LOCATION -> Surplus.of(base - 0.5 * transport, 0);
        };
    }

    /**
     * The efficient total surplus {@code v − c − t/4}: every consumer buys from the nearer firm.
     *
     * @return the efficient surplus, an upper bound on total surplus under any information
     */
    public double efficientSurplus() {
        return value - cost - 0.25 * transport;
    }

    /**
     * The game on a grid: {@code n} equally likely locations at the cell midpoints {@code (i + 1/2)/n} and, for
     * each firm, the prices {@code c + k t/n} from {@code c} up to the largest value {@code v}.
     *
     * @param locations the number {@code n} of locations; even, in [2, {@value #MAX_LOCATIONS}]
     * @return the finite game
     * @throws IllegalArgumentException if {@code locations} is odd or out of range
     */
    public PricingGame game(int locations) {
        Arguments.atLeast("locations", locations, 2);
        Arguments.sizeAtMost("locations", locations, MAX_LOCATIONS, "O(n^3) LP variables");
        if (locations % 2 != 0) {
            throw new IllegalArgumentException("locations must be even, so that 1/2 is a cell boundary (got " + locations + ")");
        }
        List<MarketState> states = new ArrayList<>();
        for (int i = 0; i < locations; i++) {
            double x = (i + 0.5) / locations;
            states.add(MarketState.of(1.0 / locations, new double[] {value - transport * x, value - transport * (1 - x)},
                    new double[] {cost, cost}));
        }
        double step = priceStep(locations);
        int top = (int) Math.floor((value - cost) / step + 1e-9);
        double[] grid = new double[top + 1];
        for (int k = 0; k <= top; k++) {
            grid[k] = cost + k * step;
        }
        return PricingGame.of(states, new double[][] {grid, grid});
    }

    /**
     * The game on a grid fine enough for a requested accuracy: the price step {@code t/n} is the resolution of
     * every equilibrium price and surplus on the grid, so it must not exceed {@code tolerance}.
     *
     * @param locations the number {@code n} of locations, as in {@link #game(int)}
     * @param tolerance the accuracy required of surpluses; finite and {@code > 0}
     * @return the finite game
     * @throws IllegalArgumentException if {@code t/n > tolerance}, naming the smallest even {@code n} that suffices
     */
    public PricingGame game(int locations, double tolerance) {
        Arguments.positive("tolerance", tolerance);
        Arguments.atLeast("locations", locations, 2);
        if (priceStep(locations) > tolerance) {
            int needed = (int) Math.ceil(transport / tolerance);
            needed += needed % 2;
            throw new IllegalArgumentException("locations = " + locations + " gives price step t/n = " + priceStep(locations)
                    + " > tolerance " + tolerance + "; the grid is too coarse (need locations >= " + needed + ")");
        }
        return game(locations);
    }

    /**
     * The price step {@code t/n} of {@link #game(int)}.
     *
     * @param locations the number of locations
     * @return the step
     */
    public double priceStep(int locations) {
        return transport / locations;
    }

    /**
     * The duopoly with {@code v}, {@code c} and {@code t} multiplied by {@code factor}: surpluses scale by it.
     *
     * @param factor finite and {@code > 0}
     * @return the scaled duopoly
     */
    public Hotelling scaled(double factor) {
        Arguments.positive("factor", factor);
        return new Hotelling(value * factor, cost * factor, transport * factor);
    }
}
