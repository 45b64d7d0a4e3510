package org.mdlab.kernel;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns JShell's compile diagnostics and exceptions into {@link CellError}s that speak of the
 * user's source: "cell [3], line 2", the offending line with its span marked, and only the stack
 * frames of the user's code and of what it called (never JShell's wrappers or the kernel's).
 *
 * <p>It remembers where every snippet came from, so a frame in a method declared in an earlier cell
 * points at that cell.
 */
final class Tracebacks {

    private static final String USER_FRAME_FILE_PREFIX = "#";
    private static final String INTERRUPTED = CellGuard.CellInterrupted.class.getName();
    private static final String SYSTEM_EXIT = CellGuard.SystemExitBlocked.class.getName();

    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    /** Records that snippet {@code snippetId} starts at {@code line} of {@code source}. */
    void remember(String snippetId, SourceLabel source, int line) {
        origins.put(snippetId, new Origin(source, line));
    }

    /** A compile error: every diagnostic with its source line and the span marked. */
    CellError compilation(List<Diag> diagnostics, String snippetSource, SourceLabel source, int snippetLine) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag diag : diagnostics) {
            if (!diag.isError()) {
                continue;
            }
            String message = diag.getMessage(Locale.ROOT);
            if (first == null) {
                first = message.lines().findFirst().orElse(message);
            }
            int start = (int) Math.max(0, Math.min(diag.getStartPosition(), snippetSource.length()));
            int end = (int) Math.max(start, Math.min(diag.getEndPosition(), snippetSource.length()));
            int lineStart = snippetSource.lastIndexOf('\n', start - 1) + 1;
            int lineEnd = snippetSource.indexOf('\n', start);
            if (lineEnd < 0) {
                lineEnd = snippetSource.length();
            }
            int lineInSnippet = (int) snippetSource.substring(0, lineStart).chars().filter(c -> c == '\n').count();
            int line = source.firstLine() + snippetLine + lineInSnippet - 1;
            lines.add(source.description() + ", line " + line + ": " + message.lines().findFirst().orElse(""));
            message.lines().skip(1).forEach(extra -> lines.add("    " + extra));
            String text = snippetSource.substring(lineStart, lineEnd);
            lines.add("    " + text);
            int markEnd = Math.min(Math.max(end, start + 1), lineEnd);
            lines.add("    " + " ".repeat(start - lineStart) + "^".repeat(Math.max(1, markEnd - start)));
        }
        if (first == null) {
            first = "the code could not be compiled";
            lines.add(source.description() + ": " + first);
        }
        return new CellError("CompilationError", first, lines);
    }

    /** A call of a method or class whose own code uses something not declared yet. */
    CellError unresolved(String message, StackTraceElement[] stack) {
        List<String> lines = new ArrayList<>();
        lines.add("UnresolvedReference: " + message);
        frames(stack, lines);
        return new CellError("UnresolvedReference", message, lines);
    }

    /** A runtime failure of cell code. */
    CellError runtime(EvalException eval) {
        String className = eval.getExceptionClassName();
        String message = eval.getMessage() == null ? "" : eval.getMessage();
        String name = className.equals(INTERRUPTED) || (className.equals("java.lang.InterruptedException") && CellGuard.stopRequested())
                ? "Interrupted"
                : className.equals(SYSTEM_EXIT) ? "SystemExit" : className;
        if (name.equals("Interrupted") && !className.equals(INTERRUPTED)) {
            message = "the cell was interrupted (Kernel > Interrupt)";
        }
        List<String> lines = new ArrayList<>();
        lines.add(name + (message.isEmpty() ? "" : ": " + message));
        if (!name.equals("Interrupted") && !name.equals("SystemExit")) {
            frames(eval.getStackTrace(), lines);
            causes(eval.getCause(), lines);
        }
        return new CellError(name, message, lines);
    }

    private void causes(Throwable cause, List<String> lines) {
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
            String className = cause instanceof EvalException ? ((EvalException) cause).getExceptionClassName()
                    : cause.getClass().getName();
            lines.add("Caused by: " + className + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            frames(cause.getStackTrace(), lines);
        }
    }

    private void frames(StackTraceElement[] stack, List<String> lines) {
        int lastUser = -1;
        for (int i = 0; i < stack.length; i++) {
            if (isUserFrame(stack[i])) {
                lastUser = i;
            }
        }
        for (int i = 0; i <= lastUser; i++) {
            lines.add("    at " + describe(stack[i]));
        }
    }

    private static boolean isUserFrame(StackTraceElement frame) {
        return frame.getFileName() != null && frame.getFileName().startsWith(USER_FRAME_FILE_PREFIX);
    }

    private String describe(StackTraceElement frame) {
        if (!isUserFrame(frame)) {
            return frame.toString();
        }
        Origin origin = origins.get(frame.getFileName().substring(USER_FRAME_FILE_PREFIX.length()));
        String where = origin == null ? "an earlier snippet"
                : origin.source.description() + ", line " + (origin.source.firstLine() + origin.line + frame.getLineNumber() - 2);
        String method = frame.getMethodName();
        String owner = frame.getClassName();
        if (method == null || method.isEmpty()) {
            return where;
        }
        return (owner == null || owner.isEmpty() ? method : owner + "." + method) + " (" + where + ")";
    }

    private record Origin(SourceLabel source, int line) {
    }
}
