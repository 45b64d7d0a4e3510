package org.mdlab.kernel;

import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The inputs of this kernel session, for {@code history_request}: tail, range and glob search
 * (with {@code *} and {@code ?}), as in IPython. Session number 0 is the current session; there is
 * no persistent history across sessions.
 */
final class SessionHistory implements HistoryManager {

    static final int SESSION = 0;

    private final List<HistoryEntry> entries = new CopyOnWriteArrayList<>();

    /** Records a cell; {@code output} is the text of its result, or {@code null} when it had none. */
    void add(int executionCount, String input, String output) {
        entries.add(new HistoryEntry(SESSION, executionCount, input, output));
    }

    @Override
    public List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
        int from = Math.max(0, entries.size() - Math.max(0, length));
        return new ArrayList<>(entries.subList(from, entries.size()));
    }

    @Override
    public List<HistoryEntry> lookupRange(int session, int start, int stop, Set<ResultFlag> flags) {
        List<HistoryEntry> out = new ArrayList<>();
        if (session != SESSION) {
            return out;
        }
        for (HistoryEntry entry : entries) {
            if (entry.getCellNumber() >= start && (stop <= 0 || entry.getCellNumber() < stop)) {
                out.add(entry);
            }
        }
        return out;
    }

    @Override
    public List<HistoryEntry> search(String pattern, int length, Set<ResultFlag> flags) {
        Pattern glob = Pattern.compile(toRegex(pattern == null || pattern.isEmpty() ? "*" : pattern), Pattern.DOTALL);
        List<HistoryEntry> matches = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            HistoryEntry entry = entries.get(i);
            if (glob.matcher(entry.getInput()).matches()
                    && (!flags.contains(ResultFlag.UNIQUE) || seen.add(entry.getInput()))) {
                matches.add(0, entry);
            }
            if (length > 0 && matches.size() >= length) {
                break;
            }
        }
        return matches;
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
