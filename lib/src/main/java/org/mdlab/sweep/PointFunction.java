package org.mdlab.sweep;

import org.mdlab.optimisation.Status;

import java.io.Serializable;

/**
 * The computation a sweep runs at every point: a pure function from a {@link Point} to a {@link Outcome}. It
 * is {@link Serializable} so that distributed engines can ship it to their workers; it must depend on the
 * point only (draw randomness from {@link Point#random()}), so that every engine and every number of
 * workers gives the same table.
 */
@FunctionalInterface
public interface PointFunction extends Serializable {

    /**
     * Computes the row of one point.
     *
     * @param point the point
     * @return its row
     * @throws Exception if the computation fails; {@link #evaluate} turns that into a failed row
     */
    Outcome apply(Point point) throws Exception;

    /**
     * Computes the row of one point, turning an exception into a row with status {@link Status#FAILED} and
     * the exception's class and message. Every engine calls this, so failures look the same everywhere.
     *
     * @param point the point
     * @return its row; never null
     */
    default Outcome evaluate(Point point) {
        try {
            Outcome row = apply(point);
            return row != null ? row : Outcome.failure(Status.FAILED, "the point function returned null");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failure(Status.FAILED, "interrupted");
        } catch (Exception e) {
            return Outcome.failure(Status.FAILED, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
