package org.mdlab.optimisation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one result type of the library's solvers: a {@link Status}, the payload when there is one, and
 * {@link Diagnostics}. The payload is present for {@link Status#OPTIMAL} and may be present for
 * {@link Status#ITERATION_LIMIT} (the last iterate, flagged as such); it is absent for
 * {@link Status#INFEASIBLE}, {@link Status#UNBOUNDED} and {@link Status#FAILED}. Nothing in the library
 * reports "not solved" as NaN: read the status.
 *
 * <pre>{@code
 * Solution<Menu> solution = problem.solve(SolverOptions.defaults());
 * if (solution.isOptimal()) { Menu menu = solution.value(); ... }
 * }</pre>
 *
 * <p>Payloads should be immutable values (records with defensive copies), since a solution hands out
 * its payload as is.
 *
 * @param <T> the payload type
 */
public final class Solution<T> {

    private final Status status;
    private final T payload;
    private final Diagnostics diagnostics;

    private Solution(Status status, T payload, Diagnostics diagnostics) {
        if (status == null || diagnostics == null) {
            throw new IllegalArgumentException("status and diagnostics must not be null");
        }
        if (payload != null && !status.admitsPayload()) {
            throw new IllegalArgumentException("a " + status + " solution carries no payload");
        }
        if (payload == null && status == Status.OPTIMAL) {
            throw new IllegalArgumentException("an OPTIMAL solution must carry a payload");
        }
        this.status = status;
        this.payload = payload;
        this.diagnostics = diagnostics;
    }

    /**
     * An optimal (converged) solution.
     *
     * @param payload     the answer; not null
     * @param diagnostics how it was reached; not null
     * @param <T>         the payload type
     * @return the solution
     */
    public static <T> Solution<T> optimal(T payload, Diagnostics diagnostics) {
        return new Solution<>(Status.OPTIMAL, Objects.requireNonNull(payload, "payload"), diagnostics);
    }

    /**
     * A truncated iteration: the iteration limit was reached and {@code lastIterate} is where it stopped.
     *
     * @param lastIterate the last iterate; not null
     * @param diagnostics its residual and bound; not null
     * @param <T>         the payload type
     * @return the solution, with status {@link Status#ITERATION_LIMIT}
     */
    public static <T> Solution<T> iterationLimit(T lastIterate, Diagnostics diagnostics) {
        return new Solution<>(Status.ITERATION_LIMIT, Objects.requireNonNull(lastIterate, "lastIterate"), diagnostics);
    }

    /**
     * A solution without a payload.
     *
     * @param status      any status but {@link Status#OPTIMAL}
     * @param diagnostics where it failed; not null
     * @param <T>         the payload type
     * @return the solution
     * @throws IllegalArgumentException if {@code status} is {@link Status#OPTIMAL}
     */
    public static <T> Solution<T> failure(Status status, Diagnostics diagnostics) {
        return new Solution<>(status, null, diagnostics);
    }

    /**
     * How the solver stopped.
     *
     * @return the status
     */
    public Status status() {
        return status;
    }

    /**
     * Whether the solver reached the requested accuracy.
     *
     * @return {@code status().isOptimal()}
     */
    public boolean isOptimal() {
        return status.isOptimal();
    }

    /**
     * The payload, when there is one (always for an optimal solution; possibly the last iterate for a
     * truncated one).
     *
     * @return the payload, or empty
     */
    public Optional<T> payload() {
        return Optional.ofNullable(payload);
    }

    /**
     * The payload of an optimal solution.
     *
     * @return the payload
     * @throws IllegalStateException if the solution is not optimal, naming its status and note
     */
    public T value() {
        if (status != Status.OPTIMAL) {
            throw new IllegalStateException("the solver stopped with status " + status
                    + (diagnostics.note().isEmpty() ? "" : " (" + diagnostics.note() + ")") + "; there is no optimal value");
        }
        return payload;
    }

    /**
     * What the solver reports besides its answer.
     *
     * @return the diagnostics
     */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * The same outcome with the payload transformed.
     *
     * @param mapping applied to the payload when present; must not return null
     * @param <U>     the new payload type
     * @return a solution with the same status and diagnostics
     */
    public <U> Solution<U> map(Function<? super T, ? extends U> mapping) {
        return new Solution<>(status, payload == null ? null : Objects.requireNonNull(mapping.apply(payload), "mapped payload"),
                diagnostics);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Solution<?> s && status == s.status && Objects.equals(payload, s.payload)
                && diagnostics.equals(s.diagnostics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, payload, diagnostics);
    }

    @Override
    public String toString() {
        return "Solution[" + status + (payload == null ? "" : ", " + payload) + ", " + diagnostics + "]";
    }
}
