package org.mdlab.market;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** The assertion of the attack suites: bad input fails with an IllegalArgumentException naming the argument. */
public final class Attacks {

    private Attacks() {
    }

    /**
     * Asserts that a call fails with an {@link IllegalArgumentException} whose message names an argument.
     *
     * @param argument the argument's name, as the message must spell it
     * @param call     the call with one bad argument
     */
    public static void rejects(String argument, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call,
                () -> "a bad " + argument + " must be rejected");
        assertTrue(e.getMessage() != null && e.getMessage().contains(argument),
                () -> "message should name " + argument + ": " + e.getMessage());
    }
}
