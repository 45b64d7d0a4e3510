package org.mdlab.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private static String connection(String scheme, String key) {
        return "{\"ip\":\"127.0.0.1\",\"transport\":\"tcp\",\"shell_port\":1,\"iopub_port\":2,\"stdin_port\":3,"
                + "\"control_port\":4,\"hb_port\":5,\"signature_scheme\":\"" + scheme + "\",\"key\":\"" + key + "\"}";
    }

    @Test
    void aConnectionFileWithHmacSha256IsAccepted(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("c.json"), connection("hmac-sha256", "secret"));
        assertEquals("127.0.0.1", Main.readConnection(file).getIp());
    }

    @Test
    void anUnsupportedSignatureSchemeIsRefusedWithoutShowingTheKey(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("c.json"), connection("hmac-md5", "topsecret"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Main.readConnection(file));
        assertTrue(e.getMessage().contains("unsupported signature_scheme 'hmac-md5'"), e.getMessage());
        assertTrue(!e.getMessage().contains("topsecret"), e.getMessage());
    }

    @Test
    void aMissingOrBrokenFileIsAClearError(@TempDir Path dir) throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Main.readConnection(dir.resolve("absent.json")));
        Path broken = Files.writeString(dir.resolve("b.json"), "{not json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Main.readConnection(broken));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }
}
