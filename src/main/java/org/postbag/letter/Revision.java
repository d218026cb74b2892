package org.postbag.letter;

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
import java.time.Instant;
import org.postbag.accounts.Account;

/**
 * One saved edit of a letter: its text, headline and sign-off as the editor left them, who
 * made it, when and why. Part of the {@link Letter} aggregate; never changed once saved.
 */
@Entity
@Table(name = "letter_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_revision_id")
    @SequenceGenerator(name = "letter_revision_id", sequenceName = "letter_revision_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "letter_id", updatable = false)
    private Letter letter;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(updatable = false)
    private String headline;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "sign_off", nullable = false, updatable = false)
    private String signOff;

    @Column(name = "word_count", nullable = false, updatable = false)
    private int wordCount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", updatable = false)
    private Account author;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(updatable = false)
    private String reason;

    protected Revision() {}

    Revision(Letter letter, int number, Text text, Account author, Instant at, String reason) {
        this.letter = requireNonNull(letter);
        this.number = number;
        this.headline = text.headline();
        this.body = text.body();
        this.signOff = text.signOff();
        this.wordCount = LetterText.countWords(text.body());
        this.author = author;
        this.authorName = author == null ? "Postbag" : author.displayName();
        this.createdAt = requireNonNull(at);
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** A version of a letter's printable text: headline, body and sign-off. */
    public record Text(String headline, String body, String signOff) {

        public static final int MAX_HEADLINE = 200;
        public static final int MAX_SIGN_OFF = 200;

        public Text {
            headline = headline == null || headline.isBlank() ? null : headline.strip();
            requireNonNull(body);
            requireNonNull(signOff);
            if (body.isBlank() || body.length() > Letter.MAX_BODY) {
                throw new IllegalArgumentException("a text holds 1 to " + Letter.MAX_BODY + " characters");
            }
            if (signOff.isBlank() || signOff.length() > MAX_SIGN_OFF) {
                throw new IllegalArgumentException("a sign-off holds 1 to " + MAX_SIGN_OFF + " characters");
            }
            if (headline != null && headline.length() > MAX_HEADLINE) {
                throw new IllegalArgumentException("a headline holds at most " + MAX_HEADLINE + " characters");
            }
        }
    }

    public Text text() {
        return new Text(headline, body, signOff);
    }

    public Long id() {
        return id;
    }

    public Letter letter() {
        return letter;
    }

    public int number() {
        return number;
    }

    public String headline() {
        return headline;
    }

    public String body() {
        return body;
    }

    public String signOff() {
        return signOff;
    }

    public int wordCount() {
        return wordCount;
    }

    public String authorName() {
        return authorName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String reason() {
        return reason;
    }
}
