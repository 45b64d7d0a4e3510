package org.mdlab.kernel;

import java.util.List;

/**
 * A failed cell as the notebook shows it: the error name, its message, and the traceback lines
 * (a compile diagnostic with the offending line marked, or the user's stack frames with cell line
 * numbers).
 */
final class CellError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> traceback;

    CellError(String name, String message, List<String> traceback) {
        super(message, null, false, false);
        this.name = name;
        this.traceback = List.copyOf(traceback);
    }

    /** The {@code ename} of the Jupyter error: a Java exception class name, or a kernel error kind. */
    String name() {
        return name;
    }

    /** The lines of the Jupyter traceback, without line breaks. */
    List<String> traceback() {
        return traceback;
    }
}
