package org.mdlab.repro;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The ordered, non-empty list of reproduction checks that ends a notebook. Implements the project's
 * reproduction standard ({@code DEVELOPERS.md}); it cites no paper itself.
 *
 * @param checks the checks, in display order; non-empty, no null elements (copied)
 */
public record Checks(List<Check> checks) {

    /** The schema identifier written into {@link #toJson()} and {@link #asMap()}. */
    public static final String SCHEMA = "mdlab.checks/1";

    /** The name of the table returned by {@link #toTable()}. */
    public static final String TABLE_NAME = "Reproduction checks";

    /**
     * Validates and copies the list.
     *
     * @param checks the checks, in display order; non-empty, no null elements
     * @throws IllegalArgumentException if {@code checks} is null or empty or contains null
     */
    public Checks {
        if (checks == null || checks.isEmpty()) {
            throw new IllegalArgumentException("checks must be a non-empty list (got " + checks + ")");
        }
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i) == null) {
                throw new IllegalArgumentException("checks must not contain null (got null at index " + i + ")");
            }
        }
        checks = List.copyOf(checks);
    }

    /**
     * The checks given, in order.
     *
     * @param checks at least one check, none null
     * @return the list of checks
     * @throws IllegalArgumentException if {@code checks} is null or empty or contains null
     */
    public static Checks of(Check... checks) {
        if (checks == null) {
            throw new IllegalArgumentException("checks must not be null");
        }
        return new Checks(Arrays.asList(checks));
    }

    /**
     * The checks of a list, in order.
     *
     * @param checks at least one check, none null
     * @return the list of checks
     * @throws IllegalArgumentException if {@code checks} is null or empty or contains null
     */
    public static Checks of(List<Check> checks) {
        return new Checks(checks);
    }

    /**
     * The number of checks that pass.
     *
     * @return the count of {@link Check#passed()} checks
     */
    public int passedCount() {
        return (int) checks.stream().filter(Check::passed).count();
    }

    /**
     * The number of checks that fail.
     *
     * @return {@code checks().size() - passedCount()}
     */
    public int failedCount() {
        return checks.size() - passedCount();
    }

    /**
     * Whether every check passes.
     *
     * @return true if {@link #failedCount()} is zero
     */
    public boolean allPassed() {
        return failedCount() == 0;
    }

    /**
     * The checks as a Tablesaw table named {@value #TABLE_NAME} with columns {@code claim},
     * {@code source}, {@code expected value} (the paper's, the closed form's or the second algorithm's),
     * {@code reproduced value} (as computed, possibly NaN), {@code tolerance} and
     * {@code status} ({@code "pass"} or {@code "FAIL"}).
     *
     * @return a new table, one row per check
     */
    public Table toTable() {
        return Table.create(TABLE_NAME,
                StringColumn.create("claim", checks.stream().map(Check::claim)),
                StringColumn.create("source", checks.stream().map(c -> c.source().label())),
                DoubleColumn.create("expected value", checks.stream().mapToDouble(Check::expected)),
                DoubleColumn.create("reproduced value", checks.stream().mapToDouble(Check::reproduced)),
                DoubleColumn.create("tolerance", checks.stream().mapToDouble(Check::tolerance)),
                StringColumn.create("status", checks.stream().map(c -> c.passed() ? "pass" : "FAIL")));
    }

    /**
     * The checks as nested unmodifiable maps and lists in the {@value #SCHEMA} schema:
     * {@code {"schema", "passed", "failed", "checks": [{"claim", "source", "kind", "expected",
     * "reproduced", "tolerance", "passed"}]}}, with {@code "kinds"} (the count per source kind) after
     * {@code "failed"}, and per check the evidence: {@code "instances"} and {@code "held"} for a property,
     * {@code "sizes"} and {@code "errors"} for a convergence check, {@code "draws"} and
     * {@code "standard error"} for a simulation. Numbers are {@link Double}s and {@link Integer}s;
     * a reproduced value that is not finite is {@code null}, the JSON null.
     *
     * @return the JSON object model of these checks, with insertion-ordered keys
     */
    public Map<String, Object> asMap() {
        List<Object> rows = new ArrayList<>(checks.size());
        for (Check check : checks) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("claim", check.claim());
            row.put("source", check.source().label());
            row.put("kind", check.source().kind().label());
            row.put("expected", check.expected());
            row.put("reproduced", Double.isFinite(check.reproduced()) ? check.reproduced() : null);
            row.put("tolerance", check.tolerance());
            row.put("passed", check.passed());
            putEvidence(row, check.evidence());
            rows.add(Collections.unmodifiableMap(row));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("passed", passedCount());
        root.put("failed", failedCount());
        Map<String, Object> kinds = new LinkedHashMap<>();
        countsByKind().forEach((kind, count) -> kinds.put(kind.label(), count));
        root.put("kinds", Collections.unmodifiableMap(kinds));
        root.put("checks", Collections.unmodifiableList(rows));
        return Collections.unmodifiableMap(root);
    }

    /**
     * How many checks there are of each source kind, in the order of {@link Source.Kind}, kinds with no
     * check left out.
     *
     * @return an insertion-ordered map from kind to count
     */
    public Map<Source.Kind, Integer> countsByKind() {
        Map<Source.Kind, Integer> counts = new EnumMap<>(Source.Kind.class);
        checks.forEach(check -> counts.merge(check.source().kind(), 1, Integer::sum));
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    private static void putEvidence(Map<String, Object> row, Evidence evidence) {
        if (evidence instanceof Evidence.Sample sample) {
            row.put("instances", sample.instances());
            row.put("held", sample.held());
        } else if (evidence instanceof Evidence.Refinement refinement) {
            row.put("sizes", refinement.sizes());
            row.put("errors", refinement.errors().stream().map(e -> Double.isFinite(e) ? e : null).toList());
        } else if (evidence instanceof Evidence.Simulation simulation) {
            row.put("draws", simulation.draws());
            row.put("standard error", simulation.standardError());
        }
    }

    /**
     * The checks as a JSON document: {@link #asMap()} serialised compactly, doubles written with
     * {@link Double#toString(double)} so that they round-trip exactly.
     *
     * @return the JSON text
     */
    public String toJson() {
        return Json.write(asMap());
    }
}
