package org.mdlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

class StartupImportsTest {

    @Test
    void importsTheReproTablesawAndXChartPackages() {
        assertEquals(List.of("org.mdlab.repro", "org.mdlab.progress", "org.mdlab.market", "org.mdlab.segmentation",
                        "org.mdlab.mechanism", "org.mdlab.estimator", "org.mdlab.screening", "org.mdlab.cloud",
                        "org.mdlab.information",
                        "org.mdlab.optimisation", "org.mdlab.dynamic", "org.mdlab.monotone", "org.mdlab.view",
                        "tech.tablesaw.api", "org.knowm.xchart", "org.knowm.xchart.style"),
                StartupImports.packages());
        assertEquals("""
                import org.mdlab.repro.*;
                import org.mdlab.progress.*;
                import org.mdlab.market.*;
                import org.mdlab.segmentation.*;
                import org.mdlab.mechanism.*;
                import org.mdlab.estimator.*;
                import org.mdlab.screening.*;
                import org.mdlab.cloud.*;
                import org.mdlab.information.*;
                import org.mdlab.optimisation.*;
                import org.mdlab.dynamic.*;
                import org.mdlab.monotone.*;
                import org.mdlab.view.*;
                import tech.tablesaw.api.*;
                import org.knowm.xchart.*;
                import org.knowm.xchart.style.*;
                """, StartupImports.snippet());
    }

    @Test
    void theSnippetCompilesInJShellAndMakesTheNotebookNamesResolve() {
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            List<Snippet.Status> statuses = new ArrayList<>();
            statuses.addAll(evalAll(shell, StartupImports.snippet()));
            statuses.addAll(evalAll(shell, """
                    Checks checks = Checks.of(Check.paper("revenue", "Table 2", 1.0, 1.0, 0.0));
                    Table table = Table.create("t", DoubleColumn.create("x", 1.0));
                    XYChart chart = new XYChartBuilder().width(10).height(10).build();
                    Styler.LegendPosition position = Styler.LegendPosition.InsideNE;
                    """));
            assertEquals(StartupImports.packages().size() + 4, statuses.size());
            statuses.forEach(status -> assertEquals(Snippet.Status.VALID, status));
        }
    }

    private static List<Snippet.Status> evalAll(JShell shell, String source) {
        List<Snippet.Status> statuses = new ArrayList<>();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = source;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            for (SnippetEvent event : shell.eval(info.source())) {
                if (event.causeSnippet() == null) {
                    statuses.add(event.status());
                    if (event.exception() != null) {
                        throw new AssertionError(info.source(), event.exception());
                    }
                }
                shell.diagnostics(event.snippet()).forEach(d -> System.err.println(d.getMessage(null)));
            }
            remaining = info.remaining();
        }
        return statuses;
    }
}
