package org.mdlab.progress;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The text sink against the {@link ProgressSink} contract. */
class TextProgressSinkContractTest extends ProgressSinkContractTest {

    @Override
    ProgressSink sink() {
        return new TextProgressSink(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
