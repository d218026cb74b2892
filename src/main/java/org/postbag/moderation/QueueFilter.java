package org.postbag.moderation;

import java.time.Instant;
import org.postbag.letter.FlagKind;

/**
 * What the editor narrows the queue to. Any part may be null. {@code newestFirst} turns the
 * default order (oldest first, the order letters should be read in) around.
 */
public record QueueFilter(
        QueueTab tab, String search, FlagKind flag, String replyingTo, Instant from, Instant to, boolean newestFirst) {

    public QueueFilter {
        tab = tab == null ? QueueTab.NEW : tab;
        search = search == null || search.isBlank() ? null : search.strip();
        replyingTo = replyingTo == null || replyingTo.isBlank() ? null : replyingTo.strip();
    }

    public static QueueFilter tab(QueueTab tab) {
        return new QueueFilter(tab, null, null, null, null, null, false);
    }
}
