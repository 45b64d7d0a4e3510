package org.mdlab.kernel;

/**
 * Where evaluated code came from, for error messages: a notebook cell (by execution count) or a
 * file run with {@code %load}. Line numbers in messages are relative to this source.
 *
 * @param description a short human description such as {@code "cell [3]"} or {@code "model.jsh"}
 * @param firstLine   the line of the source at which the evaluated code starts (1-based)
 */
record SourceLabel(String description, int firstLine) {

    SourceLabel {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description must not be blank");
        }
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be at least 1 (got " + firstLine + ")");
        }
    }

    static SourceLabel cell(int executionCount) {
        return new SourceLabel("cell [" + executionCount + "]", 1);
    }

    /** The same source, for code that starts {@code lines} lines further down. */
    SourceLabel shiftedBy(int lines) {
        return new SourceLabel(description, firstLine + lines);
    }
}
