package org.mdlab.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MagicsTest {

    @Test
    void globsResolveToSortedMatchesAtTheirDepth(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lib/sub"));
        Files.writeString(dir.resolve("lib/b.jar"), "");
        Files.writeString(dir.resolve("lib/a.jar"), "");
        Files.writeString(dir.resolve("lib/notes.txt"), "");
        Files.writeString(dir.resolve("lib/sub/c.jar"), "");
        String base = dir.toString().replace('\\', '/');
        assertEquals(List.of(dir.resolve("lib/a.jar"), dir.resolve("lib/b.jar")), Magics.resolve(base + "/lib/*.jar"));
        assertEquals(List.of(dir.resolve("lib/sub/c.jar")), Magics.resolve(base + "/lib/*/*.jar"));
        assertEquals(3, Magics.resolve(base + "/lib/**.jar").size());
        assertEquals(List.of(), Magics.resolve(base + "/nowhere/*.jar"));
    }

    @Test
    void timesAreShownInReadableUnits() {
        assertEquals("0.25 ms", Magics.formatMillis(0.25));
        assertEquals("42 ms", Magics.formatMillis(42.4));
        assertEquals("1.50 s", Magics.formatMillis(1500));
    }
}
