package org.postbag.publishing;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.postbag.letter.Letter;

/**
 * Anything a letter can answer: an article the editors registered, or a letter once it is
 * published. For a letter it holds the text, headline and sign-off as printed, so that the
 * public site reads pieces only and never a letter's private details.
 */
@Entity
@Table(name = "piece")
@NamedQuery(name = "Piece.byReference", query = "select p from Piece p where p.reference = :reference")
public class Piece {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "piece_id")
    @SequenceGenerator(name = "piece_id", sequenceName = "piece_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PieceKind kind;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_id", updatable = false)
    private Letter letter;

    /** The letter's id as a plain value, read without loading the letter. */
    @Column(name = "letter_id", insertable = false, updatable = false)
    private Long letterId;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "sign_off", nullable = false)
    private String signOff;

    @Column(name = "author_email")
    private String authorEmail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issue_id")
    private Issue issue;

    @Column(name = "published_at")
    private Instant publishedAt;

    private String url;

    private String body;

    @Column(name = "page_position")
    private Integer pagePosition;

    @Column(name = "author_slug")
    private String authorSlug;

    /** A correction printed with the letter, with due prominence. */
    private String correction;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    /** The magazine section (an id of {@code house.Section}); null: none. New letters answering it take it. */
    @Column(name = "section_id")
    private Long sectionId;

    @Version
    private int version;

    protected Piece() {}

    private Piece(String reference, PieceKind kind, String title, String authorName, String signOff) {
        this.reference = requireNonNull(reference);
        this.kind = kind;
        this.title = requireNonNull(title);
        this.slug = Slug.of(title);
        this.authorName = authorName;
        this.authorSlug = writerSlug(authorName, signOff);
        this.signOff = requireNonNull(signOff);
    }

    /**
     * The address of the writer's page, only while the printed sign-off names them: an editor
     * who changes it to "Name and address supplied" takes the name off the page, and the page's
     * address must not give it back ({@code /writers/<their-name>} lists all their letters).
     */
    static String writerSlug(String authorName, String signOff) {
        if (authorName == null || authorName.isBlank() || signOff == null) {
            return null;
        }
        String name = authorName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String printed = signOff.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return printed.contains(name) ? Slug.of(authorName) : null;
    }

    /** An article the magazine published; its text is optional but helps to check quotations. */
    public static Piece article(
            String reference,
            String title,
            String author,
            String authorEmail,
            Issue issue,
            Instant publishedAt,
            String url,
            String body) {
        Piece piece = new Piece(reference, PieceKind.ARTICLE, title, author, author);
        piece.authorEmail = authorEmail;
        piece.issue = issue;
        piece.publishedAt = publishedAt;
        piece.url = url;
        piece.body = body;
        return piece;
    }

    /** A letter as printed: its headline, its text and its sign-off as the editor set them. */
    public static Piece letter(
            Letter letter, String headline, String authorName, String signOff, String text, Issue issue) {
        Piece piece = new Piece(letter.reference(), PieceKind.LETTER, headline, authorName, signOff);
        piece.letter = letter;
        piece.body = requireNonNull(text);
        piece.issue = issue;
        return piece;
    }

    public void publish(Instant at) {
        this.publishedAt = requireNonNull(at);
    }

    /**
     * The letter as it will print: headline, sign-off and text as the editor approved them.
     * Called at publication, and again when a correction replaces the printed text.
     */
    public void printAs(String headline, String authorName, String signOff, String text) {
        if (kind != PieceKind.LETTER) {
            throw new IllegalStateException("only a letter's piece is printed from a revision");
        }
        this.title = requireNonNull(headline);
        this.slug = Slug.of(headline);
        this.authorName = authorName;
        this.authorSlug = writerSlug(authorName, signOff);
        this.signOff = requireNonNull(signOff);
        this.body = requireNonNull(text);
    }

    /** An article brought up to date with its source (an archive import); its reference stays. */
    public void reviseArticle(String title, String author, Issue issue, Instant publishedAt, String url, String body) {
        if (kind != PieceKind.ARTICLE) {
            throw new IllegalStateException("only an article is revised from its source");
        }
        this.title = requireNonNull(title);
        this.slug = Slug.of(title);
        this.authorName = author;
        this.authorSlug = author == null || author.isBlank() ? null : Slug.of(author);
        this.signOff = requireNonNull(author);
        this.issue = issue;
        this.publishedAt = publishedAt;
        this.url = url;
        this.body = body;
    }

    /** On an issue's letters page, in this place. Publication may have come earlier, online. */
    public void placeIn(Issue issue, int position) {
        this.issue = requireNonNull(issue);
        this.pagePosition = position;
    }

    /** Taken down: no longer public. The history keeps what was published. */
    public void unpublish() {
        this.publishedAt = null;
    }

    public void correct(String note, Instant at) {
        this.correction = requireNonNull(note);
        this.correctedAt = requireNonNull(at);
    }

    public Integer pagePosition() {
        return pagePosition;
    }

    public String authorSlug() {
        return authorSlug;
    }

    public String correction() {
        return correction;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    public void placeInSection(Long sectionId) {
        this.sectionId = sectionId;
    }

    public Long sectionId() {
        return sectionId;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public PieceKind kind() {
        return kind;
    }

    public Letter letter() {
        return letter;
    }

    public Long letterId() {
        return letterId;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String authorName() {
        return authorName;
    }

    public String signOff() {
        return signOff;
    }

    public String authorEmail() {
        return authorEmail;
    }

    public Issue issue() {
        return issue;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public String url() {
        return url;
    }

    public String body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Piece piece && reference.equals(piece.reference);
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }
}
