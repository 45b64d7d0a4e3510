package org.mdlab.jupyter.widgets;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mdlab.optimisation.Cancellation;

/**
 * Controls and an {@link Output} that shows a function of the controls' values, re-rendered in place
 * whenever a control changes. A view that returns a {@link List} shows each element, one below the other.
 *
 * <p>The first view is computed at once, in the cell, so that it is in the saved notebook. Later views
 * are computed on one background thread: changes that arrive within {@value #DEBOUNCE_MILLIS} ms of
 * each other start one computation, a computation still running when a value changes is cancelled
 * through its {@link Cancellation} (the library's loops poll it) and started again with the new
 * values, and a result computed for values that have changed since is discarded. So dragging a
 * slider never queues computations, and the output always ends showing the last values. A view that
 * throws shows its error in the output; the controls stay live.
 */
public final class Interact {

    /** How long a change waits for the next one before the view is recomputed. */
    public static final long DEBOUNCE_MILLIS = 15;

    private static final ScheduledExecutorService WORKER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "mdlab-interact");
        thread.setDaemon(true);
        return thread;
    });

    private final Function<Cancellation, Object> view;
    private final Output output = Output.create();
    private final Box box;
    private final AtomicLong version = new AtomicLong();
    private final AtomicLong renders = new AtomicLong();
    private final AtomicLong cancelled = new AtomicLong();
    private AtomicBoolean running;
    private boolean scheduled;

    private Interact(Function<Cancellation, Object> view, List<DomWidget> controls) {
        this.view = Objects.requireNonNull(view, "view");
        if (controls.isEmpty()) {
            throw new IllegalArgumentException("controls must not be empty (got none)");
        }
        Widget[] children = new Widget[controls.size() + 1];
        for (int i = 0; i < controls.size(); i++) {
            children[i] = controls.get(i);
        }
        children[controls.size()] = output;
        this.box = Box.column(children);
        render(Cancellation.never(), version.get());
        for (DomWidget control : controls) {
            String key = control instanceof Selection ? "index" : "value";
            control.observe(key, v -> changed());
        }
    }

    /**
     * Shows {@code view}'s result below {@code controls}, recomputed whenever one of them changes; the view
     * receives a {@link Cancellation} to pass to the solvers it calls.
     */
    public static Interact of(Function<Cancellation, Object> view, DomWidget... controls) {
        return new Interact(view, List.of(controls));
    }

    /** As {@link #of(Function, DomWidget...)} for a view that needs no cancellation. */
    public static Interact of(Supplier<Object> view, DomWidget... controls) {
        Objects.requireNonNull(view, "view");
        return new Interact(c -> view.get(), List.of(controls));
    }

    /** The controls and the output, to display. */
    public Box widget() {
        return box;
    }

    /** The output area. */
    public Output output() {
        return output;
    }

    /** How many views were shown so far (the first one included). */
    public long renders() {
        return renders.get();
    }

    /** How many computations were cancelled because a value changed while they ran. */
    public long cancellations() {
        return cancelled.get();
    }

    private synchronized void changed() {
        version.incrementAndGet();
        if (running != null) {
            running.set(true);
        }
        if (!scheduled) {
            scheduled = true;
            WORKER.schedule(this::drain, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void drain() {
        while (true) {
            long target;
            AtomicBoolean flag = new AtomicBoolean();
            synchronized (this) {
                target = version.get();
                running = flag;
            }
            boolean shown = render(flag::get, target);
            synchronized (this) {
                running = null;
                if (version.get() == target) {
                    scheduled = false;
                    return;
                }
                if (!shown) {
                    cancelled.incrementAndGet();
                }
            }
        }
    }

    /** Computes and shows one view for the values of {@code target}; false when it was cancelled or outdated. */
    private boolean render(Cancellation cancellation, long target) {
        Object result;
        try {
            result = view.apply(cancellation);
        } catch (CancellationException e) {
            if (cancellation.requested()) {
                return false;
            }
            output.showError(e);
            return true;
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            output.showError(e);
            return true;
        }
        if (version.get() != target) {
            return false;
        }
        try {
            if (result instanceof List<?> several) {
                output.showAll(several);
            } else {
                output.show(result);
            }
        } catch (RuntimeException e) {
            output.showError(e);
        }
        renders.incrementAndGet();
        return true;
    }

    @Override
    public String toString() {
        return "Interact(" + box.children().size() + " widgets)";
    }
}
