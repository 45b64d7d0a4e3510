package org.mdlab.kernel;

import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionHistoryTest {

    private static final Set<HistoryManager.ResultFlag> NONE = EnumSet.noneOf(HistoryManager.ResultFlag.class);

    private static SessionHistory history() {
        SessionHistory history = new SessionHistory();
        history.add(1, "int a = 1;", null);
        history.add(2, "a + 1", null);
        history.add(3, "a + 1", null);
        history.add(4, "String s = \"x\";", null);
        return history;
    }

    private static List<Integer> cells(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryEntry::getCellNumber).toList();
    }

    @Test
    void tailGivesTheLastEntriesInOrder() {
        assertEquals(List.of(3, 4), cells(history().lookupTail(2, NONE)));
        assertEquals(List.of(1, 2, 3, 4), cells(history().lookupTail(10, NONE)));
    }

    @Test
    void rangeIsHalfOpenAndOnlyForTheCurrentSession() {
        assertEquals(List.of(2, 3), cells(history().lookupRange(0, 2, 4, NONE)));
        assertEquals(List.of(), cells(history().lookupRange(1, 1, 4, NONE)));
    }

    @Test
    void searchMatchesGlobsAndCanDropRepeats() {
        assertEquals(List.of(2, 3), cells(history().search("a + ?", 10, NONE)));
        assertEquals(List.of(3), cells(history().search("a*1", 10, EnumSet.of(HistoryManager.ResultFlag.UNIQUE))));
        assertEquals(List.of(4), cells(history().search("*", 1, NONE)));
    }
}
