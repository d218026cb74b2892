package org.postbag.moderation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.postbag.letter.Arrival;
import org.postbag.letter.Flag;
import org.postbag.letter.LetterStatus;

/** A letter as a line of the queue. */
public record QueueRow(
        long id,
        String reference,
        int version,
        String headline,
        String author,
        Instant receivedAt,
        LetterStatus status,
        List<Flag> flags,
        List<String> replyingTo,
        String heldBy,
        int words,
        boolean overLimit,
        boolean overdue,
        Arrival arrivedBy,
        String section)
        implements Serializable {}
