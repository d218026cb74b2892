package org.postbag.intake;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.postbag.letter.Letter;

/**
 * A message taken from the letters mailbox, by its Message-ID: written in the transaction that
 * stores its letter (or says why there is none), never changed. It is what makes a message one
 * letter however often the mailbox shows it.
 */
@Entity
@Table(name = "mailbox_message")
@NamedQuery(
        name = "MailboxMessage.unreadableNewestFirst",
        query = "select m from MailboxMessage m where m.outcome = org.postbag.intake.MailboxMessage.Outcome.UNREADABLE"
                + " order by m.takenAt desc")
public class MailboxMessage {

    public enum Outcome {
        /** A letter was stored (or the desk had it already). */
        TAKEN,
        /** No person wrote it to the letters page: an auto-reply, a bounce, a list, or over the rate limits. */
        IGNORED,
        /** It could not be read; the reason says why, and the message waits in its own folder. */
        UNREADABLE
    }

    public static final int MAX_ID = 998;

    @Id
    @Column(name = "message_id", updatable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String sender;

    @Column(updatable = false)
    private String subject;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_id", updatable = false)
    private Letter letter;

    protected MailboxMessage() {}

    public MailboxMessage(
            String messageId,
            Outcome outcome,
            String reason,
            String sender,
            String subject,
            long sizeBytes,
            Instant takenAt,
            Letter letter) {
        this.messageId = requireNonNull(messageId);
        if (messageId.isBlank() || messageId.length() > MAX_ID) {
            throw new IllegalArgumentException("a Message-ID holds 1 to " + MAX_ID + " characters");
        }
        this.outcome = requireNonNull(outcome);
        this.reason = cut(reason, 1000);
        this.sender = cut(sender, 320);
        this.subject = cut(subject, 300);
        this.sizeBytes = sizeBytes;
        this.takenAt = requireNonNull(takenAt);
        this.letter = letter;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public String messageId() {
        return messageId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public String sender() {
        return sender;
    }

    public String subject() {
        return subject;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public Letter letter() {
        return letter;
    }
}
