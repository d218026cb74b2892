package org.postbag.linking;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.postbag.letter.Letter;
import org.postbag.publishing.Piece;

/**
 * Right of reply: the author of a piece is invited to answer a letter about it. The email
 * holds a private link to the "Write to us" form, which links the reply to that letter. The
 * link works once, and only until it expires.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_id")
    @SequenceGenerator(name = "invitation_id", sequenceName = "invitation_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "letter_id", updatable = false)
    private Letter letter;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "piece_id", updatable = false)
    private Piece piece;

    @Column(name = "invitee_name", nullable = false, updatable = false)
    private String inviteeName;

    @Column(name = "invitee_email", nullable = false, updatable = false)
    private String inviteeEmail;

    @Column(name = "sent_by", nullable = false, updatable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reply_id")
    private Letter reply;

    @Version
    private int version;

    protected Invitation() {}

    Invitation(
            String tokenHash,
            Letter letter,
            Piece piece,
            String inviteeName,
            String inviteeEmail,
            String sentBy,
            Instant at,
            Instant expiresAt) {
        this.tokenHash = requireNonNull(tokenHash);
        this.letter = requireNonNull(letter);
        this.piece = requireNonNull(piece);
        this.inviteeName = requireNonNull(inviteeName);
        this.inviteeEmail = requireNonNull(inviteeEmail);
        this.sentBy = requireNonNull(sentBy);
        this.sentAt = requireNonNull(at);
        this.expiresAt = requireNonNull(expiresAt);
        if (!expiresAt.isAfter(at)) {
            throw new IllegalArgumentException("an invitation must expire after it is sent");
        }
    }

    /** The invitee replied with this letter. An invitation is used once. */
    public void usedFor(Letter reply, Instant at) {
        if (isOpen(at)) {
            this.reply = reply;
            this.usedAt = at;
        }
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** Whether the link may still be used to reply. */
    public boolean isOpen(Instant now) {
        return !isUsed() && !isExpired(now);
    }

    public Letter letter() {
        return letter;
    }

    public Piece piece() {
        return piece;
    }

    public String inviteeName() {
        return inviteeName;
    }

    public String inviteeEmail() {
        return inviteeEmail;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
