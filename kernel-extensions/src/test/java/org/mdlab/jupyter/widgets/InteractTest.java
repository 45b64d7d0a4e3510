package org.mdlab.jupyter.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InteractTest {

    @BeforeEach
    void connect() {
        Widgets.use(new RecordingChannel(), new Renderer());
    }

    private static void awaitText(Interact interact, String text) throws InterruptedException {
        for (int i = 0; i < 1000 && !interact.output().shown("text/plain").equals(text); i++) {
            Thread.sleep(10);
        }
        assertEquals(text, interact.output().shown("text/plain"));
    }

    @Test
    void theFirstViewIsShownAtOnceInTheCallingThread() {
        IntSlider n = IntSlider.of("n", 0, 10, 4);
        Interact interact = Interact.of(() -> "n=" + n.value(), n);
        assertEquals("n=4", interact.output().shown("text/plain"));
        assertEquals(1, interact.renders());
    }

    @Test
    void aBurstOfChangesEndsWithTheLastValueShownAndFewerComputations() throws InterruptedException {
        AtomicInteger computed = new AtomicInteger();
        IntSlider n = IntSlider.of("n", 0, 500, 0);
        Interact interact = Interact.of(() -> {
            computed.incrementAndGet();
            return "n=" + n.value();
        }, n);
        for (int v = 1; v <= 500; v++) {
            n.value(v);
        }
        awaitText(interact, "n=500");
        long renders = interact.renders();
        Thread.sleep(3 * Interact.DEBOUNCE_MILLIS + 50);
        assertEquals(renders, interact.renders(), "nothing is computed after the last value is shown");
        assertTrue(computed.get() < 500, "500 changes in a burst are coalesced (computed " + computed.get() + " times)");
    }

    @Test
    void aRunningComputationIsCancelledByANewValue() throws InterruptedException {
        IntSlider n = IntSlider.of("n", 0, 10, 0);
        Interact interact = Interact.of(cancel -> {
            while (n.value() == 1) {
                cancel.check("a slow solve");
                Thread.onSpinWait();
            }
            return "n=" + n.value();
        }, n);
        n.value(1);
        for (int i = 0; i < 1000 && interact.cancellations() == 0; i++) {
            Thread.sleep(5);
            if (i == 20) {
                n.value(2);
            }
        }
        awaitText(interact, "n=2");
        assertEquals(1, interact.cancellations());
    }

    @Test
    void aViewThatThrowsShowsItsErrorAndTheNextValueRecovers() throws InterruptedException {
        IntSlider n = IntSlider.of("n", 0, 10, 0);
        Interact interact = Interact.of(() -> "1/n=" + (1 / n.value()), n);
        assertEquals("error", interact.output().outputs().get(0).get("output_type"));
        assertEquals("java.lang.ArithmeticException", interact.output().outputs().get(0).get("ename"));
        n.value(1);
        awaitText(interact, "1/n=1");
    }
}
