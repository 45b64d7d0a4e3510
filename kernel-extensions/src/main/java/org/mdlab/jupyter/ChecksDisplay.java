package org.mdlab.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.mdlab.repro.Check;
import org.mdlab.repro.Checks;
import org.mdlab.repro.Evidence;

/**
 * Displays reproduction checks as an HTML table with a coloured status column and a summary line that
 * counts the checks of each source kind; a property shows on how many instances it held, a convergence
 * check its fitted rate, a simulation its standard error. Also as the {@link Checks#asMap()} JSON
 * object (nulls kept, see {@link NullPreservingJson}) and as an aligned text table. A single
 * {@link Check} displays as a list of one.
 */
final class ChecksDisplay {

    static final String MIME_TYPE = "application/vnd.mdlab.checks+json";

    private static final MIMEType CHECKS_JSON = MIMEType.parse(MIME_TYPE);
    private static final List<String> HEADERS =
            List.of("claim", "source", "expected", "reproduced", "tolerance", "status");
    private static final int RATE_DIGITS = 3;
    private static final List<Boolean> NUMERIC = List.of(false, false, true, true, true, false);

    private ChecksDisplay() {
    }

    static void register(Renderer renderer) {
        renderer.createRegistration(Checks.class)
                .preferring(MIMEType.TEXT_HTML, CHECKS_JSON)
                .register(ChecksDisplay::render);
        renderer.createRegistration(Check.class)
                .preferring(MIMEType.TEXT_HTML, CHECKS_JSON)
                .register((check, context) -> render(Checks.of(check), context));
    }

    private static void render(Checks checks, RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_HTML, () -> html(checks));
        context.renderIfRequested(CHECKS_JSON, () -> new NullPreservingJson(checks.asMap()));
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> text(checks));
    }

    private static String summary(Checks checks) {
        StringJoiner kinds = new StringJoiner(", ", " (", ")");
        checks.countsByKind().forEach((kind, count) -> kinds.add(count + " " + kind.label()));
        return checks.passedCount() + " of " + checks.checks().size() + " checks pass" + kinds;
    }

    static String html(Checks checks) {
        List<List<HtmlTable.Cell>> rows = new ArrayList<>();
        for (Check check : checks.checks()) {
            List<String> texts = cells(check);
            List<HtmlTable.Cell> row = new ArrayList<>();
            texts.subList(0, texts.size() - 1).forEach(text -> row.add(HtmlTable.Cell.of(text)));
            row.add(new HtmlTable.Cell(status(check), check.passed() ? "pass" : "fail"));
            rows.add(row);
        }
        HtmlTable.Cell summary = new HtmlTable.Cell(summary(checks), checks.allPassed() ? "pass" : "fail");
        return new HtmlTable(Checks.TABLE_NAME, HEADERS, NUMERIC, rows, List.of(summary)).toHtml();
    }

    static String text(Checks checks) {
        List<List<String>> rows = checks.checks().stream().map(ChecksDisplay::cells).toList();
        return Checks.TABLE_NAME + ": " + summary(checks) + "\n" + new TextTable(HEADERS, NUMERIC, rows).toText();
    }

    private static List<String> cells(Check check) {
        String tolerance = NumberText.format(check.tolerance());
        if (check.evidence() instanceof Evidence.Sample sample) {
            return List.of(check.claim(), check.source().label(), "holds on all",
                    "held on " + sample.held() + " of " + sample.instances() + ", largest violation "
                            + NumberText.format(check.reproduced()),
                    tolerance, status(check));
        }
        int digits = NumberText.digitsToTellApart(check.expected(), check.reproduced());
        String expected = NumberText.format(check.expected(), digits);
        String reproduced = NumberText.format(check.reproduced(), digits);
        if (check.evidence() instanceof Evidence.Refinement refinement) {
            List<Double> errors = refinement.errors();
            return List.of(check.claim(), check.source().label(), "rate " + NumberText.format(check.expected(), RATE_DIGITS),
                    "rate " + NumberText.format(check.reproduced(), RATE_DIGITS) + " over " + errors.size() + " sizes (error "
                            + NumberText.format(errors.get(0)) + " → " + NumberText.format(errors.get(errors.size() - 1)) + ")",
                    tolerance, status(check));
        }
        if (check.evidence() instanceof Evidence.Simulation simulation) {
            return List.of(check.claim(), check.source().label(), expected,
                    reproduced + " ± " + NumberText.format(simulation.standardError()) + " (SE, "
                            + String.format(Locale.ROOT, "%,d", simulation.draws()) + " draws)",
                    tolerance + " (" + NumberText.format(Check.SIMULATION_Z, 3) + " SE)", status(check));
        }
        return List.of(check.claim(), check.source().label(), expected, reproduced, tolerance, status(check));
    }

    private static String status(Check check) {
        return check.passed() ? "pass" : "FAIL";
    }
}
