package org.mdlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

class StartupImportsTest {

    @Test
    void importsTheReproTablesawAndXChartPackages() {
        assertEquals(List.of("org.mdlab.repro",
                        "org.mdlab.progress",
                        "org.mdlab.market",
                        "org.mdlab.segmentation",
                        "org.mdlab.mechanism",
                        "org.mdlab.estimator",
                        "org.mdlab.screening",
                        "org.mdlab.cloud",
                        "org.mdlab.information",
                        "org.mdlab.information.topology",
                        "org.mdlab.competition",
                        "org.mdlab.monotone",
                        "org.mdlab.optimisation",
                        "org.mdlab.dynamic",
                        "org.mdlab.dynamic.pivot",
                        "org.mdlab.dynamic.revenue",
                        "org.mdlab.dynamic.contracts",
                        "org.mdlab.dynamic.commitment",
                        "org.mdlab.view",
                        "org.mdlab.sweep",
                        "org.mdlab.jupyter.widgets",
                        "tech.tablesaw.api",
                        "org.knowm.xchart",
                        "org.knowm.xchart.style"),
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
                import org.mdlab.information.topology.*;
                import org.mdlab.competition.*;
                import org.mdlab.monotone.*;
                import org.mdlab.optimisation.*;
                import org.mdlab.dynamic.*;
                import org.mdlab.dynamic.pivot.*;
                import org.mdlab.dynamic.revenue.*;
                import org.mdlab.dynamic.contracts.*;
                import org.mdlab.dynamic.commitment.*;
                import org.mdlab.view.*;
                import org.mdlab.sweep.*;
                import org.mdlab.jupyter.widgets.*;
                import tech.tablesaw.api.*;
                import org.knowm.xchart.*;
                import org.knowm.xchart.style.*;
                """, StartupImports.snippet());
    }

    @Test
    void noTwoImportedPackagesShareAPublicSimpleClassName() throws Exception {
        // A clash would only surface when a notebook uses the name ("reference to X is ambiguous"), so every
        // public top-level class of every imported package is listed from the class path and compared.
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String pkg : StartupImports.packages()) {
            for (String name : publicClassNames(pkg)) {
                String before = owner.putIfAbsent(name, pkg);
                if (before != null && !before.equals(pkg)) {
                    clashes.add(name + " in " + before + " and " + pkg);
                }
            }
        }
        assertEquals(List.of(), clashes);
        // the scan sees the classes it must see (else it would pass on nothing)
        assertEquals("org.mdlab.market", owner.get("Market"));
        assertEquals("tech.tablesaw.api", owner.get("Row"));
        assertEquals("org.mdlab.sweep", owner.get("Outcome"));
    }

    private static Set<String> publicClassNames(String pkg) throws Exception {
        String path = pkg.replace('.', '/') + "/";
        Set<String> names = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File f = new File(entry);
            List<String> files = new ArrayList<>();
            if (f.isDirectory()) {
                String[] listed = new File(f, path).list();
                if (listed != null) {
                    files.addAll(List.of(listed));
                }
            } else if (f.isFile() && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(f)) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(path) && n.indexOf('/', path.length()) < 0)
                            .map(n -> n.substring(path.length())).forEach(files::add);
                }
            }
            for (String file : files) {
                if (file.endsWith(".class") && !file.contains("$") && !file.equals("package-info.class")) {
                    String simple = file.substring(0, file.length() - ".class".length());
                    Class<?> c = Class.forName(pkg + "." + simple, false, StartupImportsTest.class.getClassLoader());
                    if (Modifier.isPublic(c.getModifiers())) {
                        names.add(simple);
                    }
                }
            }
        }
        return names;
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
