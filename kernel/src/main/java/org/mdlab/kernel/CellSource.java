package org.mdlab.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell split into what the kernel runs in turn, in IJava's magic syntax: a cell magic
 * ({@code %%name args} on the first line, the rest of the cell as its body), or a sequence of Java
 * code blocks and line magics ({@code %name args} alone on a line).
 */
final class CellSource {

    private static final Pattern CELL_MAGIC = Pattern.compile("%%(\\w+)[ \\t]*(.*)");
    private static final Pattern LINE_MAGIC = Pattern.compile("[ \\t]*%(\\w+)(?:[ \\t]+(.*))?");

    private CellSource() {
    }

    /** One unit of a cell, with the 1-based line of the cell at which it starts. */
    sealed interface Part permits Code, LineMagic, CellMagic {
        int line();
    }

    /** Java code for JShell. */
    record Code(String text, int line) implements Part {
    }

    /** {@code %name args}: {@code args} is the raw rest of the line. */
    record LineMagic(String name, String args, int line) implements Part {
    }

    /** {@code %%name args} followed by a body that starts on line {@code line + 1}. */
    record CellMagic(String name, String args, String body, int line) implements Part {
    }

    static List<Part> parse(String cell) {
        String[] lines = cell.split("\\R", -1);
        Matcher cellMagic = CELL_MAGIC.matcher(lines[0]);
        if (cellMagic.matches()) {
            int bodyStart = lines[0].length() + lineBreakAt(cell, lines[0].length());
            String body = bodyStart >= cell.length() ? "" : cell.substring(bodyStart);
            return List.of(new CellMagic(cellMagic.group(1), cellMagic.group(2).trim(), body, 1));
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int codeLine = 1;
        for (int i = 0; i < lines.length; i++) {
            Matcher lineMagic = LINE_MAGIC.matcher(lines[i]);
            if (lineMagic.matches() && !lines[i].trim().startsWith("%%")) {
                flush(parts, code, codeLine);
                String args = lineMagic.group(2) == null ? "" : lineMagic.group(2).trim();
                parts.add(new LineMagic(lineMagic.group(1), args, i + 1));
                codeLine = i + 2;
            } else {
                code.append(lines[i]);
                if (i < lines.length - 1) {
                    code.append('\n');
                }
            }
        }
        flush(parts, code, codeLine);
        return parts;
    }

    /** Splits magic arguments on blanks; double quotes group, a backslash escapes. */
    static List<String> splitArgs(String args) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean escaped = false;
        boolean any = false;
        for (char c : args.toCharArray()) {
            if (escaped) {
                current.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any || current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
            }
        }
        if (any || current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static void flush(List<Part> parts, StringBuilder code, int line) {
        if (!code.toString().isBlank()) {
            parts.add(new Code(code.toString(), line));
        }
        code.setLength(0);
    }

    private static int lineBreakAt(String text, int index) {
        if (index >= text.length()) {
            return 0;
        }
        return text.startsWith("\r\n", index) ? 2 : 1;
    }
}
