package org.mdlab.sweep;

import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.Status;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of evaluating one {@link Point}: named numbers, a {@link Status} from the library's result
 * contract, and a message (empty unless something is worth saying, such as why the point failed). A point
 * whose computation throws becomes a row with status {@link Status#FAILED} and the exception's message,
 * so one bad point never loses a sweep.
 *
 * <pre>{@code
 * Outcome.of("revenue", r).and("reserve", p)                 // an optimal row
 * Outcome.of("gain", g).withStatus(solution.status())          // a row carrying a solver's status
 * }</pre>
 *
 * @param status  how the point's computation ended
 * @param values  named results, in insertion order; finite or NaN for "not available" (copied, unmodifiable)
 * @param message why, when there is something to say; never null
 */
public record Outcome(Status status, Map<String, Double> values, String message) implements Serializable {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument is null, a name is blank or reserved, or a value is infinite
     */
    public Outcome {
        if (status == null || values == null || message == null) {
            throw new IllegalArgumentException("status, values and message must not be null");
        }
        LinkedHashMap<String, Double> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (name == null || name.isBlank() || Grid.RESERVED.contains(name)) {
                throw new IllegalArgumentException("result names must be non-blank and not one of " + Grid.RESERVED
                        + " (got " + (name == null ? "null" : "\"" + name + "\"") + ")");
            }
            if (value == null || Double.isInfinite(value)) {
                throw new IllegalArgumentException("result " + name + " must be finite or NaN (got " + value + ")");
            }
            copy.put(name, value);
        });
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * An optimal row with one result.
     *
     * @param name  the result's name
     * @param value its value
     * @return the row
     */
    public static Outcome of(String name, double value) {
        LinkedHashMap<String, Double> one = new LinkedHashMap<>();
        one.put(name, value);
        return new Outcome(Status.OPTIMAL, one, "");
    }

    /**
     * A row without results, for a point whose computation did not succeed.
     *
     * @param status  how it ended
     * @param message why; not null
     * @return the row
     */
    public static Outcome failure(Status status, String message) {
        return new Outcome(status, Map.of(), message);
    }

    /**
     * A row carrying a solver's status and note, with no results yet (add them with {@link #and}).
     *
     * @param solution the solver's outcome
     * @return the row
     */
    public static Outcome of(Solution<?> solution) {
        return new Outcome(solution.status(), Map.of(), solution.diagnostics().note());
    }

    /**
     * This row with one more result.
     *
     * @param name  the result's name, not already present
     * @param value its value
     * @return the row
     */
    public Outcome and(String name, double value) {
        if (values.containsKey(name)) {
            throw new IllegalArgumentException("name must not repeat a result of the row (got \"" + name + "\" twice)");
        }
        LinkedHashMap<String, Double> more = new LinkedHashMap<>(values);
        more.put(name, value);
        return new Outcome(status, more, message);
    }

    /**
     * This row with another status.
     *
     * @param value the status
     * @return the row
     */
    public Outcome withStatus(Status value) {
        return new Outcome(value, values, message);
    }

    /**
     * One result.
     *
     * @param name its name
     * @return its value, or NaN if the row has none of that name
     */
    public double get(String name) {
        return values.getOrDefault(name, Double.NaN);
    }
}
