package org.mdlab.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MavenDependenciesTest {

    /** Publishes {@code group:artifact:1.0} into a file-based repository, with optional dependencies. */
    private static void publish(Path repo, String artifact, String... dependsOn) throws IOException {
        Path dir = Files.createDirectories(repo.resolve("test/group").resolve(artifact).resolve("1.0"));
        StringBuilder deps = new StringBuilder();
        for (String d : dependsOn) {
            deps.append("<dependency><groupId>test.group</groupId><artifactId>").append(d)
                    .append("</artifactId><version>1.0</version></dependency>");
        }
        Files.writeString(dir.resolve(artifact + "-1.0.pom"), "<project><modelVersion>4.0.0</modelVersion>"
                + "<groupId>test.group</groupId><artifactId>" + artifact + "</artifactId><version>1.0</version>"
                + "<dependencies>" + deps + "</dependencies></project>");
        try (OutputStream file = Files.newOutputStream(dir.resolve(artifact + "-1.0.jar"));
             JarOutputStream jar = new JarOutputStream(file)) {
            jar.putNextEntry(new ZipEntry(artifact + ".txt"));
            jar.write(artifact.getBytes());
            jar.closeEntry();
        }
        for (String file : List.of(artifact + "-1.0.pom", artifact + "-1.0.jar")) {
            Files.writeString(dir.resolve(file + ".sha1"), sha1(Files.readAllBytes(dir.resolve(file))));
        }
    }

    private static String sha1(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(List<Path> jars) {
        return jars.stream().map(p -> p.getFileName().toString()).sorted().toList();
    }

    @Test
    void anArtifactComesWithItsRuntimeDependencies(@TempDir Path tmp) throws IOException {
        Path remote = tmp.resolve("remote");
        publish(remote, "hello", "world");
        publish(remote, "world");
        MavenDependencies maven = new MavenDependencies(tmp.resolve("local"));
        maven.addRepository("fake", remote.toUri().toString());
        assertEquals(List.of("hello-1.0.jar", "world-1.0.jar"), names(maven.resolve(List.of("test.group:hello:1.0"))));
    }

    @Test
    void whatTheLocalRepositoryHoldsResolvesWithoutAnyRemote(@TempDir Path tmp) throws IOException {
        Path remote = tmp.resolve("remote");
        publish(remote, "world");
        MavenDependencies first = new MavenDependencies(tmp.resolve("local"));
        first.addRepository("fake", remote.toUri().toString());
        first.resolve(List.of("test.group:world:1.0"));
        MavenDependencies offline = new MavenDependencies(tmp.resolve("local"));
        offline.addRepository("central", tmp.resolve("nowhere").toUri().toString());
        assertEquals(List.of("world-1.0.jar"), names(offline.resolve(List.of("test.group:world:1.0"))));
    }

    @Test
    void aPomFragmentDeclaresDependenciesAndRepositories(@TempDir Path tmp) throws IOException {
        Path remote = tmp.resolve("remote");
        publish(remote, "world");
        MavenDependencies maven = new MavenDependencies(tmp.resolve("local"));
        String fragment = "<repositories><repository><id>fake</id><url>" + remote.toUri() + "</url></repository></repositories>"
                + "<dependencies><dependency><groupId>test.group</groupId><artifactId>world</artifactId>"
                + "<version>1.0</version></dependency></dependencies>";
        assertEquals(List.of("world-1.0.jar"), names(maven.resolvePom(fragment)));
    }

    @Test
    void anUnresolvableCoordinateIsAClearError(@TempDir Path tmp) {
        MavenDependencies maven = new MavenDependencies(tmp.resolve("local"));
        maven.addRepository("central", tmp.resolve("nowhere").toUri().toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> maven.resolve(List.of("test.group:absent:9.9")));
        assertTrue(e.getMessage().startsWith("cannot resolve test.group:absent:9.9: "), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> maven.resolve(List.of("nonsense")));
        assertEquals("'nonsense' is not a Maven coordinate of the form group:artifact:version", bad.getMessage());
    }
}
