package org.mdlab.repro;

/** Renders a possibly-null string argument for validation messages. */
final class Quoted {

    private Quoted() {
    }

    static String of(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
