package org.postbag.linking;

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
import org.postbag.publishing.Piece;

/**
 * "This letter answers that piece." A link of its own rather than a many-to-many, because it
 * has a life: suggested by the reader or by citation detection, confirmed or dismissed by an
 * editor.
 */
@Entity
@Table(name = "reply_link")
public class ReplyLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reply_link_id")
    @SequenceGenerator(name = "reply_link_id", sequenceName = "reply_link_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "letter_id", updatable = false)
    private Letter letter;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "piece_id", updatable = false)
    private Piece piece;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReplyLinkStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReplyLinkSource source;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Why the link was suggested: the citation detector's evidence, in words. */
    private String evidence;

    private Double confidence;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private int version;

    protected ReplyLink() {}

    private ReplyLink(Letter letter, Piece piece, ReplyLinkStatus status, ReplyLinkSource source, Instant at) {
        this.letter = requireNonNull(letter);
        this.piece = requireNonNull(piece);
        this.status = status;
        this.source = source;
        this.createdAt = requireNonNull(at);
    }

    public static ReplyLink suggested(Letter letter, Piece piece, ReplyLinkSource source, Instant at) {
        return new ReplyLink(letter, piece, ReplyLinkStatus.SUGGESTED, source, at);
    }

    public static ReplyLink confirmed(Letter letter, Piece piece, ReplyLinkSource source, Instant at) {
        return new ReplyLink(letter, piece, ReplyLinkStatus.CONFIRMED, source, at);
    }

    /** An editor confirms the link: the letter answers the piece, in public too once both are published. */
    public void confirm(String editor, Instant at) {
        this.status = ReplyLinkStatus.CONFIRMED;
        this.decidedBy = editor;
        this.decidedAt = at;
    }

    /** An editor turns the link down; it is kept, so that it is not suggested again. */
    public void dismiss(String editor, Instant at) {
        this.status = ReplyLinkStatus.DISMISSED;
        this.decidedBy = editor;
        this.decidedAt = at;
    }

    public ReplyLink because(String evidence, Double confidence) {
        this.evidence = evidence;
        this.confidence = confidence;
        return this;
    }

    public String evidence() {
        return evidence;
    }

    public Double confidence() {
        return confidence;
    }

    public Long id() {
        return id;
    }

    public Letter letter() {
        return letter;
    }

    public Piece piece() {
        return piece;
    }

    public ReplyLinkStatus status() {
        return status;
    }

    public ReplyLinkSource source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
