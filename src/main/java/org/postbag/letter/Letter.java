package org.postbag.letter;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.postbag.infrastructure.DomainException;

/**
 * A letter to the editor, from the moment a reader sends it.
 *
 * <p>Its life: {@link LetterStatus#UNCONFIRMED} until the writer confirms the email address,
 * then {@link LetterStatus#NEW} in the editors' queue, where editors hold, approve, reject or
 * mark it as spam; approved letters are scheduled on an issue's letters page and published.
 * The writer may withdraw it until it is public. Every change of status goes through a verb
 * here, which refuses a transition {@link LetterStatus#mayMoveTo} does not allow.
 *
 * <p>The text as submitted is kept forever: {@code originalBody} is written once and never
 * updated. Its identity is the public reference (e.g. {@code L-2026-00042}), not the id.
 */
@Entity
@Table(name = "letter")
@NamedQuery(name = "Letter.byReference", query = "select l from Letter l where l.reference = :reference")
public class Letter {

    public static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_id")
    @SequenceGenerator(name = "letter_id", sequenceName = "letter_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LetterStatus status;

    @Embedded
    private Author author;

    @Column(name = "name_withheld", nullable = false)
    private boolean nameWithheld;

    private String subject;

    @Column(name = "original_body", nullable = false, updatable = false)
    private String originalBody;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private int version;

    protected Letter() {}

    /**
     * A letter as the reader sent it. The body must already be normalised ({@link LetterText#normalise}).
     */
    public Letter(
            String reference, Author author, boolean nameWithheld, String subject, String body, Instant receivedAt) {
        this.reference = requireNonNull(reference, "reference");
        this.author = requireNonNull(author, "author");
        this.nameWithheld = nameWithheld;
        this.subject = subject == null || subject.isBlank() ? null : subject;
        requireNonNull(body, "body");
        if (body.isBlank() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("body must hold 1 to " + MAX_BODY + " characters");
        }
        this.originalBody = body;
        this.wordCount = LetterText.countWords(body);
        this.receivedAt = requireNonNull(receivedAt, "receivedAt");
        this.status = LetterStatus.UNCONFIRMED;
    }

    /** The writer followed the link in the confirmation email: the letter enters the queue. */
    public void confirm(Instant at) {
        if (confirmedAt != null) {
            return;
        }
        moveTo(LetterStatus.NEW, "confirmed");
        this.confirmedAt = requireNonNull(at);
    }

    public void approve() {
        moveTo(LetterStatus.APPROVED, "approved");
    }

    public void publish() {
        moveTo(LetterStatus.PUBLISHED, "published");
    }

    /** @param done what the transition does to the letter, for the message: "approved" */
    private void moveTo(LetterStatus next, String done) {
        if (!status.mayMoveTo(next)) {
            throw new DomainException(
                    "Letter " + reference + " is " + status.label() + ", so it cannot be " + done + ".");
        }
        this.status = next;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public LetterStatus status() {
        return status;
    }

    public Author author() {
        return author;
    }

    public boolean nameWithheld() {
        return nameWithheld;
    }

    public String subject() {
        return subject;
    }

    public String originalBody() {
        return originalBody;
    }

    public int wordCount() {
        return wordCount;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public int version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Letter letter && reference.equals(letter.reference);
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }

    @Override
    public String toString() {
        return reference + " (" + status + ")";
    }
}
