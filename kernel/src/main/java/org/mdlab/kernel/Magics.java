package org.mdlab.kernel;

import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.magic.UndefinedMagicException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.stream.Stream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kernel's magics, in IJava's syntax.
 *
 * <ul>
 *   <li>{@code %classpath PATH...}: add jars or class directories (globs allowed, separated by
 *   blanks or the path separator).</li>
 *   <li>{@code %jars GLOB...}: add the jar files that the globs match.</li>
 *   <li>{@code %load FILE}: run a file of Java snippets; errors point at the file's lines.</li>
 *   <li>{@code %time CODE} and {@code %%time}: run the code and print its wall-clock time.</li>
 *   <li>{@code %maven GROUP:ARTIFACT:VERSION...}: add artifacts with their runtime dependencies,
 *   offline first ({@link MavenDependencies}); {@code %mavenRepo ID URL} adds a repository;
 *   {@code %%loadFromPOM} resolves the dependencies of a POM or a {@code <dependencies>} fragment.</li>
 * </ul>
 * Other names are looked up in the base library's {@link MagicsRegistry}, where extensions may add
 * magics of their own.
 */
final class Magics {

    private final MdlabKernel kernel;
    private MavenDependencies maven;

    Magics(MdlabKernel kernel) {
        this.kernel = kernel;
    }

    Optional<Object> line(CellSource.LineMagic magic, SourceLabel cell) {
        return switch (magic.name()) {
            case "classpath" -> addToClasspath(magic.args(), false);
            case "jars" -> addToClasspath(magic.args(), true);
            case "load" -> load(magic.args());
            case "time" -> timed(magic.args(), cell.shiftedBy(magic.line() - 1));
            case "maven" -> addResolved("%maven", () -> maven().resolve(requireArgs("%maven", magic.args(),
                    "%maven GROUP:ARTIFACT:VERSION...")));
            case "mavenRepo" -> addRepository(magic.args());
            default -> fromRegistry(magic.name(), () -> kernel.getMagicsRegistry()
                    .evalLineMagic(kernel, magic.name(), CellSource.splitArgs(magic.args())));
        };
    }

    Optional<Object> cell(CellSource.CellMagic magic, SourceLabel cell) {
        if (magic.name().equals("time")) {
            return timed(magic.body(), cell.shiftedBy(magic.line()));
        }
        if (magic.name().equals("loadFromPOM")) {
            return addResolved("%%loadFromPOM", () -> maven().resolvePom(magic.body()));
        }
        return fromRegistry(magic.name(), () -> kernel.getMagicsRegistry()
                .evalCellMagic(kernel, magic.name(), CellSource.splitArgs(magic.args()), magic.body()));
    }

    private Optional<Object> timed(String code, SourceLabel where) {
        long start = System.nanoTime();
        try {
            return kernel.evaluator().eval(code, where);
        } finally {
            double millis = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "Wall time: %s%n", formatMillis(millis));
        }
    }

    static String formatMillis(double millis) {
        if (millis >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", millis / 1000);
        }
        return String.format(Locale.ROOT, millis >= 10 ? "%.0f ms" : "%.2f ms", millis);
    }

    private MavenDependencies maven() {
        if (maven == null) {
            maven = new MavenDependencies(MavenDependencies.defaultLocalRepository());
        }
        return maven;
    }

    private static List<String> requireArgs(String magic, String args, String usage) {
        List<String> split = CellSource.splitArgs(args);
        if (split.isEmpty()) {
            throw usage(magic + " needs arguments: " + usage);
        }
        return split;
    }

    private Optional<Object> addRepository(String args) {
        List<String> split = CellSource.splitArgs(args);
        if (split.size() != 2) {
            throw usage("%mavenRepo takes an id and a URL (got " + split.size() + " arguments): %mavenRepo ID URL");
        }
        maven().addRepository(split.get(0), split.get(1));
        System.out.println("Added Maven repository " + split.get(0) + " at " + split.get(1));
        return Optional.empty();
    }

    private Optional<Object> addResolved(String magic, java.util.function.Supplier<List<Path>> resolution) {
        List<Path> jars;
        try {
            jars = resolution.get();
        } catch (IllegalArgumentException e) {
            throw usage(magic + ": " + e.getMessage());
        }
        for (Path jar : jars) {
            kernel.evaluator().addToClasspath(jar);
        }
        System.out.println("Added " + jars.size() + (jars.size() == 1 ? " jar" : " jars") + " to the classpath: "
                + jars.stream().map(p -> p.getFileName().toString()).toList());
        return Optional.empty();
    }

    private Optional<Object> load(String args) {
        List<String> files = CellSource.splitArgs(args);
        if (files.size() != 1) {
            throw usage("%load takes exactly one file (got " + files.size() + "): %load FILE");
        }
        Path file = Path.of(files.get(0));
        String code;
        try {
            code = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw usage("%load could not read " + file.toAbsolutePath() + ": " + e.getMessage());
        }
        return kernel.runSource(code, new SourceLabel(file.getFileName().toString(), 1));
    }

    private Optional<Object> addToClasspath(String args, boolean jarsOnly) {
        List<String> patterns = new ArrayList<>();
        for (String arg : CellSource.splitArgs(args)) {
            for (String part : arg.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    patterns.add(part);
                }
            }
        }
        String magic = jarsOnly ? "%jars" : "%classpath";
        if (patterns.isEmpty()) {
            throw usage(magic + " needs at least one path: " + magic + " PATH...");
        }
        List<Path> added = new ArrayList<>();
        for (String pattern : patterns) {
            List<Path> matches = resolve(pattern);
            if (jarsOnly) {
                matches.removeIf(p -> !p.getFileName().toString().endsWith(".jar"));
            }
            if (matches.isEmpty()) {
                throw usage(magic + ": nothing matches '" + pattern + "'"
                        + (jarsOnly ? " (only .jar files are added)" : ""));
            }
            for (Path path : matches) {
                kernel.evaluator().addToClasspath(path);
                added.add(path.toAbsolutePath());
            }
        }
        System.out.println("Added to the classpath: " + added);
        return Optional.empty();
    }

    /** The files a path or glob ({@code *}, {@code ?}, {@code **}) names, in sorted order. */
    static List<Path> resolve(String pattern) {
        int wildcard = firstWildcard(pattern);
        if (wildcard < 0) {
            Path path = Path.of(pattern);
            return Files.exists(path) ? new ArrayList<>(List.of(path)) : new ArrayList<>();
        }
        int cut = pattern.lastIndexOf('/', wildcard);
        Path base = Path.of(cut < 0 ? "." : cut == 0 ? "/" : pattern.substring(0, cut));
        String relative = pattern.substring(cut + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relative);
        int depth = relative.contains("**") ? Integer.MAX_VALUE : relative.split("/").length;
        if (!Files.isDirectory(base)) {
            return new ArrayList<>();
        }
        try (Stream<Path> files = Files.walk(base, depth)) {
            return new ArrayList<>(files.filter(p -> !p.equals(base) && matcher.matches(base.relativize(p)))
                    .sorted().toList());
        } catch (IOException e) {
            throw usage("could not list the files of '" + pattern + "': " + e.getMessage());
        }
    }

    private static int firstWildcard(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '*' || pattern.charAt(i) == '?') {
                return i;
            }
        }
        return -1;
    }

    private Optional<Object> fromRegistry(String name, RegistryCall call) {
        try {
            return Optional.ofNullable(call.run());
        } catch (UndefinedMagicException e) {
            throw usage("there is no magic %" + name
                    + "; available: %classpath, %jars, %load, %maven, %mavenRepo, %time, %%loadFromPOM, %%time"
                    + registered());
        } catch (CellError e) {
            throw e;
        } catch (Exception e) {
            throw new CellError("MagicError", "%" + name + " failed: " + e.getMessage(),
                    List.of("MagicError: %" + name + " failed: " + e));
        }
    }

    private String registered() {
        List<String> names = new ArrayList<>();
        kernel.getMagicsRegistry().getLineMagicNames().forEach(n -> names.add("%" + n));
        kernel.getMagicsRegistry().getCellMagicNames().forEach(n -> names.add("%%" + n));
        return names.isEmpty() ? "" : ", " + String.join(", ", names);
    }

    private static CellError usage(String message) {
        return new CellError("MagicError", message, List.of("MagicError: " + message));
    }

    @FunctionalInterface
    private interface RegistryCall {
        Object run() throws Exception;
    }
}
