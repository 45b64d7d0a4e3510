package org.mdlab.kernel;

import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;

import java.util.List;

/**
 * Replies that the Jupyter protocol requires to carry {@code "status": "ok"}, which the base
 * library's versions omit.
 */
final class Replies {

    private Replies() {
    }

    /** {@code kernel_info_reply} with its status. */
    static final class KernelInfo extends KernelInfoReply {
        @SuppressWarnings("unused")
        private final String status = "ok";

        KernelInfo(String protocol, String name, String version, LanguageInfo language, String banner, List<HelpLink> links) {
            super(protocol, name, version, language, banner, links);
        }
    }

    /**
     * {@code history_reply} with its status, entries serialised as the protocol's
     * {@code [session, line, input]} triples, or {@code [session, line, [input, output]]} when the
     * request asked for output (the text of the cell's result; empty when it had none).
     */
    static final class History implements ContentType<History> {
        @SuppressWarnings("unused")
        private final String status = "ok";
        @SuppressWarnings("unused")
        private final List<List<Object>> history;

        History(List<HistoryEntry> entries, boolean withOutput) {
            this.history = entries.stream()
                    .map(e -> List.<Object>of(e.getSession(), e.getCellNumber(), withOutput
                            ? List.of(e.getInput(), e.hasOutput() ? e.getOutput() : "")
                            : e.getInput()))
                    .toList();
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public MessageType<History> getType() {
            return (MessageType) MessageType.HISTORY_REPLY;
        }
    }
}
