package org.mdlab.optimisation;

import java.util.OptionalDouble;

/**
 * What a solver reports besides its answer: how many iterations it took, the residual of the returned
 * point where one is defined (for value iteration the sup-norm Bellman residual {@code ||TV - V||}),
 * an a-posteriori error bound where one is known (for a {@code δ}-contraction, residual / (1 − δ);
 * Puterman 1994, <i>Markov Decision Processes</i>, Theorem 6.3.1), and a short note saying where or why
 * it stopped.
 *
 * @param iterations the iterations (simplex pivots, Bellman sweeps, search steps) performed; {@code >= 0}
 * @param residual   the residual of the returned point, when defined; finite and {@code >= 0}
 * @param errorBound a bound on the distance to the exact answer, when known; {@code >= 0} (may be infinite)
 * @param note       where or why the solver stopped; empty when there is nothing to add; never null
 */
public record Diagnostics(long iterations, OptionalDouble residual, OptionalDouble errorBound, String note) {

    private static final Diagnostics NONE = new Diagnostics(0, OptionalDouble.empty(), OptionalDouble.empty(), "");

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if {@code iterations} is negative, the residual is negative or not
     *                                  finite, the error bound is negative or NaN, or an argument is null
     */
    public Diagnostics {
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0 (got " + iterations + ")");
        }
        if (residual == null || errorBound == null || note == null) {
            throw new IllegalArgumentException("residual, errorBound and note must not be null (use empty values)");
        }
        if (residual.isPresent() && !(residual.getAsDouble() >= 0 && Double.isFinite(residual.getAsDouble()))) {
            throw new IllegalArgumentException("residual must be finite and >= 0 (got " + residual.getAsDouble() + ")");
        }
        if (errorBound.isPresent() && !(errorBound.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("errorBound must be >= 0 (got " + errorBound.getAsDouble() + ")");
        }
    }

    /**
     * No diagnostics: zero iterations, no residual, no bound, no note (a closed form).
     *
     * @return the empty diagnostics
     */
    public static Diagnostics none() {
        return NONE;
    }

    /**
     * Diagnostics of an iteration without a residual (a simplex solve, a search).
     *
     * @param iterations the iterations performed; {@code >= 0}
     * @return the diagnostics
     */
    public static Diagnostics iterations(long iterations) {
        return new Diagnostics(iterations, OptionalDouble.empty(), OptionalDouble.empty(), "");
    }

    /**
     * Diagnostics of a contraction iteration: the residual of the last iterate and the bound
     * {@code residual / (1 − modulus)} on its distance to the fixed point (Puterman 1994, Theorem 6.3.1).
     *
     * @param iterations the iterations performed; {@code >= 0}
     * @param residual   the sup-norm residual {@code ||T V − V||} of the last iterate; finite and {@code >= 0}
     * @param modulus    the contraction modulus (the discount factor); in [0, 1)
     * @return the diagnostics
     * @throws IllegalArgumentException if {@code modulus} is outside [0, 1)
     */
    public static Diagnostics contraction(long iterations, double residual, double modulus) {
        if (!(modulus >= 0 && modulus < 1)) {
            throw new IllegalArgumentException("modulus must lie in [0, 1) (got " + modulus + ")");
        }
        return new Diagnostics(iterations, OptionalDouble.of(residual), OptionalDouble.of(residual / (1 - modulus)), "");
    }

    /**
     * The same diagnostics with a note.
     *
     * @param text where or why the solver stopped; not null
     * @return a copy with the note replaced
     */
    public Diagnostics withNote(String text) {
        return new Diagnostics(iterations, residual, errorBound, text);
    }
}
