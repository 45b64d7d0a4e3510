package org.mdlab.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CdsTrainingTest {

    private static final String KEY = "/spec/mdlab /jdk/bin/java \"17.0.15+6\"";

    private static Path file(Path dir, String name, String text, long epochSecond) throws Exception {
        Path path = Files.writeString(dir.resolve(name), text);
        Files.setLastModifiedTime(path, FileTime.from(Instant.ofEpochSecond(epochSecond)));
        return path;
    }

    @Test
    void anArchiveIsCurrentOnlyForItsOwnKeyAndWhenNewerThanTheJar(@TempDir Path dir) throws Exception {
        Path jar = file(dir, "mdlab-kernel.jar", "jar", 1_000);
        Path archive = file(dir, "mdlab.jsa", "archive", 2_000);
        file(dir, "mdlab.jsa.key", KEY + "\n", 2_000);
        assertTrue(CdsTraining.current(archive, KEY, jar));
        assertFalse(CdsTraining.current(archive, "/elsewhere/mdlab /jdk/bin/java \"17.0.15+6\"", jar));
        assertFalse(CdsTraining.current(archive, "/spec/mdlab /jdk/bin/java \"17.0.16+8\"", jar));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.ofEpochSecond(3_000)));
        assertFalse(CdsTraining.current(archive, KEY, jar));
    }

    @Test
    void anArchiveWithoutItsKeyFileIsNotCurrent(@TempDir Path dir) throws Exception {
        Path jar = file(dir, "mdlab-kernel.jar", "jar", 1_000);
        Path archive = file(dir, "mdlab.jsa", "archive", 2_000);
        assertFalse(CdsTraining.current(archive, KEY, jar));
        assertFalse(CdsTraining.current(dir.resolve("absent.jsa"), KEY, jar));
    }
}
