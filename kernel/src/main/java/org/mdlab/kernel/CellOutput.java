package org.mdlab.kernel;

import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Standard output and error of cells, sent to the notebook as batched {@code stream} messages.
 *
 * <p>Each execute request gets a {@link Routing}: the IOPub socket and the request it answers. A
 * thread writes to the routing it inherited from the cell that started it, so output of background
 * threads lands in their own cell. Text is buffered and flushed every {@value #FLUSH_MILLIS} ms, before
 * any rich output of the cell, and when the cell ends, so a million {@code println}s become a few
 * hundred messages instead of a million. A cell shows at most {@link #limitBytes()} bytes; what comes
 * after is counted and dropped, and a note at the end of the cell says how much.
 */
final class CellOutput {

    static final long FLUSH_MILLIS = 50;
    private static final int EAGER_FLUSH_BYTES = 64 * 1024;

    private final long limitBytes;
    private final PrintStream fallback;
    private final InheritableThreadLocal<Routing> routing = new InheritableThreadLocal<>();
    private final Set<Routing> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mdlab-output-flusher");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Routing current;

    CellOutput(long limitBytes, PrintStream fallback) {
        if (limitBytes <= 0) {
            throw new IllegalArgumentException("limitBytes must be positive (got " + limitBytes + ")");
        }
        this.limitBytes = limitBytes;
        this.fallback = fallback;
        flusher.scheduleWithFixedDelay(this::flushPending, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    long limitBytes() {
        return limitBytes;
    }

    /** A print stream for {@code System.out} ({@code err == false}) or {@code System.err}. */
    PrintStream stream(boolean err) {
        PublishStream.StreamType type = err ? PublishStream.StreamType.ERR : PublishStream.StreamType.OUT;
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                Routing target = currentRouting();
                if (target == null) {
                    fallback.write(bytes, offset, length);
                } else {
                    target.append(type, bytes, offset, length);
                }
            }
        };
        return new PrintStream(sink, false, StandardCharsets.UTF_8);
    }

    /** Opens the routing of a new cell and makes it current for the calling thread. */
    Routing open(JupyterSocket iopub, MessageContext request) {
        Routing cell = new Routing(iopub, request);
        current = cell;
        routing.set(cell);
        return cell;
    }

    /** Flushes what the cell wrote and, if output was dropped, says so. */
    void close(Routing cell) {
        cell.flush();
        cell.noteTruncation();
        if (current == cell) {
            current = null;
        }
        routing.remove();
    }

    /** The routing of the calling thread: the one it inherited, else the running cell's. */
    Routing currentRouting() {
        Routing own = routing.get();
        return own != null ? own : current;
    }

    /** Makes the calling thread (a cell thread) write to the given routing. */
    void adopt(Routing cell) {
        routing.set(cell);
    }

    /** Sends what the calling thread's cell has buffered, so that rich output appears after it. */
    void flushCurrent() {
        Routing cell = currentRouting();
        if (cell != null) {
            cell.flush();
        }
    }

    private void flushPending() {
        for (Routing cell : pending) {
            cell.flush();
        }
    }

    /** Where a cell's text goes, with its buffer and its byte count. */
    final class Routing {
        private final JupyterSocket iopub;
        private final MessageContext request;
        private final List<Chunk> chunks = new ArrayList<>();
        private long written;
        private long dropped;
        private boolean noted;

        private Routing(JupyterSocket iopub, MessageContext request) {
            this.iopub = iopub;
            this.request = request;
        }

        private void append(PublishStream.StreamType type, byte[] bytes, int offset, int length) {
            boolean eager;
            synchronized (this) {
                long room = Math.max(0, limitBytes - written);
                int kept = (int) Math.min(room, length);
                written += length;
                dropped += length - kept;
                if (kept == 0) {
                    return;
                }
                Chunk last = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
                if (last == null || last.type != type) {
                    last = new Chunk(type);
                    chunks.add(last);
                }
                last.bytes.write(bytes, offset, kept);
                eager = last.bytes.size() >= EAGER_FLUSH_BYTES;
            }
            pending.add(this);
            if (eager) {
                flush();
            }
        }

        synchronized void flush() {
            pending.remove(this);
            for (Chunk chunk : chunks) {
                send(chunk.type, chunk.bytes.toString(StandardCharsets.UTF_8));
            }
            chunks.clear();
        }

        private synchronized void noteTruncation() {
            if (dropped > 0 && !noted) {
                noted = true;
                send(PublishStream.StreamType.ERR, String.format(
                        "%n[output truncated: %,d more bytes were not shown; a cell shows at most %,d bytes of output]%n",
                        dropped, limitBytes));
            }
        }

        private void send(PublishStream.StreamType type, String text) {
            if (!text.isEmpty()) {
                iopub.sendMessage(new Message<>(request, PublishStream.MESSAGE_TYPE, new PublishStream(type, text)));
            }
        }
    }

    private static final class Chunk {
        final PublishStream.StreamType type;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Chunk(PublishStream.StreamType type) {
            this.type = type;
        }
    }
}
