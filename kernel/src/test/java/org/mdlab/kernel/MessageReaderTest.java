package org.mdlab.kernel;

import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MessageReaderTest {

    private static final String HEADER = "{\"msg_id\":\"m1\",\"username\":\"u\",\"session\":\"s\",\"date\":\"2026-01-01T00:00:00.000Z\","
            + "\"msg_type\":\"execute_request\",\"version\":\"5.3\"}";
    private static final String CONTENT = "{\"code\":\"1+1\",\"silent\":false,\"store_history\":true,"
            + "\"user_expressions\":{},\"allow_stdin\":false,\"stop_on_error\":true}";

    private static HMACGenerator hmac(String key) throws Exception {
        return new HMACGenerator("hmac-sha256", key);
    }

    private static List<byte[]> frames(String signature, String header, String content) {
        List<byte[]> frames = new ArrayList<>();
        frames.add("client-id".getBytes(StandardCharsets.UTF_8));
        frames.add("<IDS|MSG>".getBytes(StandardCharsets.US_ASCII));
        for (String part : List.of(signature, header, "{}", "{}", content)) {
            frames.add(part.getBytes(StandardCharsets.UTF_8));
        }
        return frames;
    }

    private static String sign(String key, String header, String content) throws Exception {
        byte[] empty = "{}".getBytes(StandardCharsets.UTF_8);
        return hmac(key).calculateSignature(header.getBytes(StandardCharsets.UTF_8), empty, empty,
                content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCorrectlySignedRequestIsParsedWithItsIdentity() throws Exception {
        Message<?> message = new MessageReader(hmac("key")).parse(frames(sign("key", HEADER, CONTENT), HEADER, CONTENT));
        assertEquals(MessageType.EXECUTE_REQUEST, message.getHeader().getType());
        assertEquals("1+1", ((ExecuteRequest) message.getContent()).getCode());
        assertEquals("client-id", new String(message.getIdentities().get(0), StandardCharsets.UTF_8));
    }

    @Test
    void aForgedSignatureIsRejected() throws Exception {
        MessageReader reader = new MessageReader(hmac("key"));
        List<byte[]> forged = frames(sign("other-key", HEADER, CONTENT), HEADER, CONTENT);
        assertEquals("wrong signature", assertThrows(MessageReader.Rejected.class, () -> reader.parse(forged)).getMessage());
    }

    @Test
    void anUnsignedMessageIsRejected() throws Exception {
        MessageReader reader = new MessageReader(hmac("key"));
        assertEquals("unsigned message",
                assertThrows(MessageReader.Rejected.class, () -> reader.parse(frames("", HEADER, CONTENT))).getMessage());
    }

    @Test
    void contentAlteredAfterSigningIsRejected() throws Exception {
        MessageReader reader = new MessageReader(hmac("key"));
        List<byte[]> altered = frames(sign("key", HEADER, CONTENT), HEADER, CONTENT.replace("1+1", "System.exit(0)"));
        assertThrows(MessageReader.Rejected.class, () -> reader.parse(altered));
    }

    @Test
    void truncatedAndMalformedMessagesAreRejectedWithTheirReason() throws Exception {
        MessageReader reader = new MessageReader(hmac("key"));
        List<byte[]> truncated = frames(sign("key", HEADER, CONTENT), HEADER, CONTENT).subList(0, 4);
        assertEquals("only 2 frames after the delimiter, 5 required",
                assertThrows(MessageReader.Rejected.class, () -> reader.parse(truncated)).getMessage());
        List<byte[]> noDelimiter = List.of("x".getBytes(StandardCharsets.UTF_8));
        assertEquals("no <IDS|MSG> delimiter among 1 frames",
                assertThrows(MessageReader.Rejected.class, () -> reader.parse(noDelimiter)).getMessage());
        String broken = "{not json";
        List<byte[]> malformed = frames(sign("key", broken, CONTENT), broken, CONTENT);
        assertEquals("malformed JSON (JsonSyntaxException)",
                assertThrows(MessageReader.Rejected.class, () -> reader.parse(malformed)).getMessage());
    }

    @Test
    void withoutAKeyNothingIsSignedOrChecked() {
        Message<?> message = new MessageReader(HMACGenerator.NO_AUTH_INSTANCE).parse(frames("", HEADER, CONTENT));
        assertEquals(MessageType.EXECUTE_REQUEST, message.getHeader().getType());
    }
}
