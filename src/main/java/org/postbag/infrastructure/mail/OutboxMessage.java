package org.postbag.infrastructure.mail;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.postbag.infrastructure.PrivateLinks;

/**
 * An email waiting in, or sent from, the outbox. Written in the same transaction as the
 * change it reports; the {@link OutboxSender} sends it, retrying with growing pauses.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    static final int MOST_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_id")
    @SequenceGenerator(name = "outbox_message_id", sequenceName = "outbox_message_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    /** Changed once, when sent: its private links lose their tokens. */
    @Column(nullable = false)
    private String body;

    @Column(name = "letter_reference", updatable = false)
    private String letterReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(nullable = false)
    private boolean logged;

    /** Not sent before this moment: the grace period of an email that a decision's undo may take back. */
    @Column(name = "not_before", updatable = false)
    private Instant notBefore;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private int version;

    protected OutboxMessage() {}

    OutboxMessage(Email email, Instant now) {
        this(email, now, null);
    }

    /** An email that waits until {@code notBefore} (when not null) before its first attempt. */
    OutboxMessage(Email email, Instant now, Instant notBefore) {
        this.kind = email.kind();
        this.recipient = email.to();
        this.subject = email.subject();
        this.body = email.body();
        this.letterReference = email.letterReference();
        this.status = OutboxStatus.PENDING;
        this.createdAt = requireNonNull(now);
        this.notBefore = notBefore;
        this.nextAttemptAt = notBefore == null || notBefore.isBefore(now) ? now : notBefore;
    }

    /** Whether it still waits out its grace period at {@code now}, so that it can be taken back. */
    public boolean isWaiting(Instant now) {
        return status == OutboxStatus.PENDING && notBefore != null && now.isBefore(notBefore);
    }

    /** Taken back before it went (the decision that caused it was undone). Once sent, it cannot be. */
    boolean cancel(Instant now) {
        if (status != OutboxStatus.PENDING) {
            return false;
        }
        this.status = OutboxStatus.CANCELLED;
        this.cancelledAt = now;
        return true;
    }

    /**
     * Sent: the private links in it have done their work, and whoever reads the outbox later (an
     * admin, a backup) must not be able to use them, so their tokens are not kept.
     */
    void sent(Instant at) {
        this.body = PrivateLinks.redact(body);
        this.status = OutboxStatus.SENT;
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    /**
     * A failed attempt: try again after 5 s (most failures are a server's passing "try again
     * later", such as a 451), then 30 s, 1, 2, 4 ... minutes, at most an hour apart.
     */
    void failed(String error, Instant at) {
        this.attempts++;
        this.lastError = error == null ? "unknown error" : error;
        if (attempts >= MOST_ATTEMPTS) {
            this.status = OutboxStatus.FAILED;
        } else {
            long seconds = attempts == 1 ? 5 : Math.min(3600, 30L << Math.min(attempts - 2, 7));
            this.nextAttemptAt = at.plus(Duration.ofSeconds(seconds));
        }
    }

    /** An admin asks for a failed message to be tried again. */
    public void retry(Instant now) {
        if (status == OutboxStatus.FAILED) {
            this.status = OutboxStatus.PENDING;
            this.attempts = 0;
            this.nextAttemptAt = now;
        }
    }

    void markLogged() {
        this.logged = true;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String letterReference() {
        return letterReference;
    }

    public OutboxStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }
}
