package org.mdlab.kernel;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evaluates Java source with JShell, in this JVM, snippet by snippet.
 *
 * <p>A cell is split into snippets with JShell's own analysis; each snippet is compiled and run in
 * order, and the first compile error or exception stops the cell with a {@link CellError} that
 * points at the cell's own lines. The value of the cell is the value of its last snippet when that
 * snippet is an expression (not an assignment or declaration) written without a closing semicolon:
 * {@code table} shows the table, {@code display(table);} shows it once, as in IPython.
 *
 * <p>JShell keeps the value of every expression snippet in a variable of its own ({@code $1},
 * {@code $2}, ...) and compiles each later snippet with an import of each of them, so a session's
 * compile time would grow with its length and every value would stay reachable. The kernel has
 * taken the value when the snippet returns, so that variable is dropped at once.
 */
final class CellEvaluator implements AutoCloseable {

    private static final Pattern TRAILING_LINE_COMMENT = Pattern.compile("//[^\"\n]*\\s*$");

    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final InProcessExecutionControl control;
    private final Tracebacks tracebacks = new Tracebacks();

    CellEvaluator(CellOutput output, String classpath) {
        this.control = new InProcessExecutionControl(output);
        this.shell = JShell.builder()
                .executionEngine(InProcessExecutionControl.provider(control), java.util.Map.of())
                .build();
        this.analysis = shell.sourceCodeAnalysis();
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
    }

    /** JShell's source analysis, for completion, inspection and completeness checks. */
    SourceCodeAnalysis analysis() {
        return analysis;
    }

    /** Adds a jar or class directory to the compiler's and the class loader's path. */
    void addToClasspath(Path path) {
        shell.addToClasspath(path.toAbsolutePath().toString());
    }

    /**
     * Evaluates {@code code}; returns the value of the final expression, if any.
     *
     * @throws CellError when a snippet does not compile or throws
     */
    Optional<Object> eval(String code, SourceLabel source) {
        control.prepareCell();
        String remaining = code;
        int consumed = 0;
        Optional<Object> value = Optional.empty();
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            String snippetSource = info.source() != null ? info.source() : remaining;
            int snippetLine = lineAt(code, consumed);
            int codeLine = lineAt(code, consumed + leadingWhitespace(snippetSource));
            boolean shown = !endsWithSemicolon(snippetSource);
            value = evalSnippet(snippetSource, source, snippetLine, codeLine, shown);
            if (info.source() == null) {
                break;
            }
            consumed += remaining.length() - info.remaining().length();
            remaining = info.remaining();
        }
        return value;
    }

    private Optional<Object> evalSnippet(String snippetSource, SourceLabel source, int snippetLine, int codeLine,
                                         boolean shown) {
        Optional<Object> value = Optional.empty();
        for (SnippetEvent event : shell.eval(snippetSource)) {
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = event.snippet();
            tracebacks.remember(snippet.id(), source, codeLine);
            if (event.status() == Snippet.Status.REJECTED) {
                throw tracebacks.compilation(shell.diagnostics(snippet).toList(), snippetSource, source, snippetLine);
            }
            if (event.exception() instanceof UnresolvedReferenceException unresolved) {
                DeclarationSnippet declaration = unresolved.getSnippet();
                throw tracebacks.unresolved(describe(declaration) + " cannot run until "
                        + String.join(", ", shell.unresolvedDependencies(declaration).toList()) + " is declared",
                        unresolved.getStackTrace());
            }
            if (event.exception() instanceof EvalException failure) {
                throw tracebacks.runtime(failure);
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                System.err.println("note: " + describe((DeclarationSnippet) snippet) + " was declared, but cannot run until "
                        + String.join(", ", shell.unresolvedDependencies((DeclarationSnippet) snippet).toList())
                        + " is declared");
            }
            Optional<Object> result = control.takeResult(event.value());
            value = shown && producesValue(snippet) ? result : Optional.empty();
            if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                shell.drop(snippet);
            }
        }
        return value;
    }

    private static boolean producesValue(Snippet snippet) {
        return switch (snippet.subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND, VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND -> true;
            default -> false;
        };
    }

    /** Stops the running cell (on an interrupt request). */
    void stop() {
        control.stop();
    }

    private static String describe(DeclarationSnippet declaration) {
        return switch (declaration.kind()) {
            case METHOD -> "method " + declaration.name() + "(" + ((MethodSnippet) declaration).parameterTypes() + ")";
            case TYPE_DECL -> "type " + declaration.name();
            default -> declaration.name();
        };
    }

    private static boolean endsWithSemicolon(String snippet) {
        return TRAILING_LINE_COMMENT.matcher(snippet).replaceFirst("").stripTrailing().endsWith(";");
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int leadingWhitespace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    @Override
    public void close() {
        shell.close();
    }
}
