package org.postbag.editing;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.postbag.letter.Revision;

/**
 * A cut sent to the writer for approval, reached through a private link in their email. The
 * writer accepts or declines it (with a comment if they like), or writes a comment and
 * leaves the decision open; past its due date the desk sees it as overdue. An acceptance
 * approves the letter only where the editor asked for that when sending; otherwise the letter
 * comes back to the desk for an editor to approve.
 */
@Entity
@Table(name = "author_approval")
public class AuthorApproval {

    public enum Answer {
        ACCEPTED,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_approval_id")
    @SequenceGenerator(name = "author_approval_id", sequenceName = "author_approval_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "letter_id", updatable = false)
    private Letter letter;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id", updatable = false)
    private Revision revision;

    @Column(name = "token_hash", nullable = false, unique = true, updatable = false)
    private String tokenHash;

    @Column(name = "sent_by", nullable = false, updatable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    private Answer answer;

    private String comment;

    /** The editor asked, when sending, that the writer's acceptance approve the letter for print. */
    @Column(name = "approve_on_accept", nullable = false, updatable = false)
    private boolean approveOnAccept;

    @Version
    private int version;

    protected AuthorApproval() {}

    AuthorApproval(
            Letter letter,
            Revision revision,
            String tokenHash,
            String sentBy,
            Instant sentAt,
            Instant dueAt,
            boolean approveOnAccept) {
        this.letter = requireNonNull(letter);
        this.revision = requireNonNull(revision);
        this.tokenHash = requireNonNull(tokenHash);
        this.sentBy = requireNonNull(sentBy);
        this.sentAt = requireNonNull(sentAt);
        this.dueAt = requireNonNull(dueAt);
        this.approveOnAccept = approveOnAccept;
    }

    void answer(Answer answer, String comment, Instant at) {
        if (this.answer != null) {
            throw new IllegalStateException("answered already");
        }
        this.answer = requireNonNull(answer);
        this.answeredAt = requireNonNull(at);
        append(comment);
    }

    /** A comment while the request is open; once answered, the exchange is over. */
    void addComment(String text) {
        if (!isOpen()) {
            throw new IllegalStateException("answered already");
        }
        append(text);
    }

    private void append(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        this.comment = comment == null ? text.strip() : comment + "\n\n" + text.strip();
    }

    public boolean isOpen() {
        return answer == null;
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && dueAt.isBefore(now);
    }

    public Long id() {
        return id;
    }

    public Letter letter() {
        return letter;
    }

    public Revision revision() {
        return revision;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Answer answer() {
        return answer;
    }

    public String comment() {
        return comment;
    }

    public boolean approvesOnAccept() {
        return approveOnAccept;
    }
}
