package org.mdlab.kernel;

import jdk.jshell.SourceCodeAnalysis;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.mdlab.jupyter.comm.CommChannel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The mdlab Java kernel: JShell evaluating in this JVM on top of the jjava-jupyter base library.
 *
 * <p>Cells may mix Java and line magics ({@link Magics}); results are rendered by the base
 * library's {@link Renderer}, to which extensions (such as {@code org.mdlab.jupyter}) add their
 * renderers. Errors name the cell line. JShell starts in the background, so {@code kernel_info}
 * is answered while it warms up; the first cell waits for it. Comms (and so Jupyter widgets) go
 * through a {@link CommChannel}, which keeps a failing comm callback from harming the kernel.
 */
public final class MdlabKernel extends BaseKernel {

    /** The notebook API every session starts with: IJava's {@code display}, {@code render}, ... */
    static final String NOTEBOOK_IMPORTS = "import static org.dflib.jjava.jupyter.kernel.BaseNotebookStatics.*;";

    private final CellIO cellIO;
    private final CellOutput output;
    private final SessionHistory history;
    private final Magics magics = new Magics(this);
    private final CompletableFuture<CellEvaluator> engine = new CompletableFuture<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    private MdlabKernel(String version, CellIO io, CellOutput output, SessionHistory history) {
        super("mdlab", version, language(), helpLinks(), history, io, new CommChannel(), new Renderer(),
                null, new MagicsRegistry(), true,
                new StringStyler.Builder().build());
        this.cellIO = io;
        this.output = output;
        this.history = history;
    }

    /** A kernel whose cells write through {@code output}; call {@link #start(String)} next. */
    public static MdlabKernel create(String version, CellOutput output) {
        return new MdlabKernel(version, new CellIO(), output, new SessionHistory());
    }

    /**
     * Starts JShell with {@code classpath} visible to cells, imports the notebook API and installs
     * the extensions found on the classpath (which may evaluate code of their own). Runs on the
     * calling thread; requests that need JShell wait until it ends.
     */
    void start(String classpath) {
        try {
            CellEvaluator evaluator = new CellEvaluator(output, classpath);
            engine.complete(evaluator);
            evaluator.eval(NOTEBOOK_IMPORTS, new SourceLabel("startup", 1));
            onStartup();
            ready.complete(null);
        } catch (RuntimeException | Error e) {
            engine.completeExceptionally(e);
            ready.completeExceptionally(e);
        }
    }

    /** The JShell engine, once created; used by the startup itself and by everything after it. */
    CellEvaluator evaluator() {
        return await(engine);
    }

    private void awaitReady() {
        await(ready);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw new CellError("KernelStartupError", "the Java engine failed to start: " + e.getCause(),
                    List.of("KernelStartupError: the Java engine failed to start: " + e.getCause()));
        }
    }

    /** Runs a cell or a loaded file: Java code and magics in order; the value of the last part. */
    Optional<Object> runSource(String code, SourceLabel source) {
        Optional<Object> value = Optional.empty();
        for (CellSource.Part part : CellSource.parse(code)) {
            if (part instanceof CellSource.Code c) {
                value = evaluator().eval(c.text(), source.shiftedBy(c.line() - 1));
            } else if (part instanceof CellSource.LineMagic m) {
                value = magics.line(m, source);
            } else if (part instanceof CellSource.CellMagic m) {
                value = magics.cell(m, source);
            }
        }
        return value;
    }

    @Override
    public Object evalRaw(String source) {
        Object value = runSource(source, new SourceLabel("eval", 1)).orElse(null);
        return value == InProcessExecutionControl.NullValue.INSTANCE ? null : value;
    }

    @Override
    public void display(DisplayData data) {
        output.flushCurrent();
        super.display(data);
    }

    @Override
    protected void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        boolean quiet = request.isSilent();
        int count = quiet ? executionCount.get() : executionCount.getAndIncrement();
        env.setStatusBusy();
        if (!quiet) {
            env.publish(new PublishExecuteInput(request.getCode(), count));
        }
        CellOutput.Routing routing = output.open(env.getIopub(), env.getContext());
        cellIO.attach(env, request.isStdinEnabled());
        CellError failure = null;
        String resultText = null;
        try {
            awaitReady();
            Optional<Object> value = runSource(request.getCode(), SourceLabel.cell(count));
            output.flushCurrent();
            if (value.isPresent() && !quiet) {
                DisplayData result = render(value.get());
                resultText = String.valueOf(result.getData(MIMEType.TEXT_PLAIN));
                env.publish(new PublishExecuteResult(count, result));
            }
        } catch (CellError e) {
            failure = e;
        } catch (RuntimeException | Error e) {
            failure = kernelFailure(e);
        } finally {
            output.close(routing);
            cellIO.detach(env);
        }
        if (request.shouldStoreHistory() && !quiet) {
            history.add(count, request.getCode(), resultText);
        }
        if (failure == null) {
            env.reply(new ExecuteReply(count, Map.of()));
        } else {
            env.publish(new PublishError(failure.name(), failure.getMessage(), failure.traceback()));
            ErrorReply error = new ErrorReply(failure.name(), failure.getMessage(), failure.traceback());
            error.setExecutionCount(count);
            env.replyError(ExecuteReply.MESSAGE_TYPE.error(), error);
        }
        env.setStatusIdle();
    }

    private DisplayData render(Object value) {
        if (value instanceof DisplayData data) {
            return data;
        }
        try {
            return getRenderer().render(value);
        } catch (RuntimeException e) {
            throw new CellError("RenderError", "the result could not be displayed: " + e,
                    List.of("RenderError: the result (a " + value.getClass().getName() + ") could not be displayed: " + e));
        }
    }

    private static CellError kernelFailure(Throwable e) {
        List<String> lines = new ArrayList<>();
        lines.add(e.toString());
        Arrays.stream(e.getStackTrace()).limit(20).forEach(f -> lines.add("    at " + f));
        return new CellError(e.getClass().getName(), String.valueOf(e.getMessage()), lines);
    }

    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
        env.setBusyDeferIdle();
        env.reply(new Replies.KernelInfo(Header.PROTOCOL_VERISON, name, version, getLanguageInfo(), getBanner(), getHelpLinks()));
    }

    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        HistoryRequest request = message.getContent();
        env.setBusyDeferIdle();
        Set<HistoryManager.ResultFlag> flags = EnumSet.noneOf(HistoryManager.ResultFlag.class);
        List<HistoryEntry> entries = switch (request.getAccessType()) {
            case TAIL -> history.lookupTail(((HistoryRequest.Tail) request).getMaxReturnLength(), flags);
            case RANGE -> {
                HistoryRequest.Range range = (HistoryRequest.Range) request;
                yield history.lookupRange(range.getSessionIndex(), range.getStart(), range.getStop(), flags);
            }
            case SEARCH -> {
                HistoryRequest.Search search = (HistoryRequest.Search) request;
                if (search.filterUnique()) {
                    flags.add(HistoryManager.ResultFlag.UNIQUE);
                }
                yield history.search(search.getPattern(), search.getMaxReturnLength(), flags);
            }
        };
        env.reply(new Replies.History(entries, request.includeOutput()));
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        int end = at;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        awaitReady();
        SourceCodeAnalysis analysis = evaluator().analysis();
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(code.substring(0, end), end, true);
        if (docs.isEmpty()) {
            docs = analysis.documentation(code.substring(0, end) + "(", end + 1, true);
        }
        if (docs.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (SourceCodeAnalysis.Documentation doc : docs) {
            text.append(doc.signature()).append('\n');
            if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
                text.append(doc.javadoc().strip()).append("\n\n");
            }
        }
        return new DisplayData(text.toString().strip());
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        awaitReady();
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = evaluator().analysis().completionSuggestions(code, at, anchor);
        Set<String> matches = new LinkedHashSet<>();
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType).forEach(s -> matches.add(s.continuation()));
        suggestions.forEach(s -> matches.add(s.continuation()));
        return new ReplacementOptions(new ArrayList<>(matches), anchor[0], at);
    }

    @Override
    public String isComplete(String code) {
        StringBuilder java = new StringBuilder();
        for (CellSource.Part part : CellSource.parse(code)) {
            if (part instanceof CellSource.Code c) {
                java.append(c.text()).append('\n');
            } else if (part instanceof CellSource.CellMagic) {
                return IS_COMPLETE_YES;
            }
        }
        String remaining = java.toString();
        awaitReady();
        SourceCodeAnalysis analysis = evaluator().analysis();
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            switch (info.completeness()) {
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE:
                    return "    ";
                case UNKNOWN:
                    return IS_COMPLETE_BAD;
                default:
                    remaining = info.remaining();
            }
        }
        return IS_COMPLETE_YES;
    }

    @Override
    public void interrupt() {
        if (engine.isDone() && !engine.isCompletedExceptionally()) {
            engine.join().stop();
        }
    }

    @Override
    public void onShutdown(boolean restarting) {
        super.onShutdown(restarting);
        if (engine.isDone() && !engine.isCompletedExceptionally()) {
            engine.join().close();
        }
    }

    private static LanguageInfo language() {
        return new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    private static List<HelpLink> helpLinks() {
        return List.of(new HelpLink("Java API", "https://docs.oracle.com/en/java/javase/17/docs/api/"));
    }
}
