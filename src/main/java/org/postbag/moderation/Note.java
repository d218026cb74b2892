package org.postbag.moderation;

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
import org.postbag.letter.Letter;

/** An editor's note on a letter, for the desk only. */
@Entity
@Table(name = "letter_note")
public class Note {

    public static final int MAX = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_note_id")
    @SequenceGenerator(name = "letter_note_id", sequenceName = "letter_note_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "letter_id", updatable = false)
    private Letter letter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", updatable = false)
    private Account author;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String text;

    protected Note() {}

    public Note(Letter letter, Account author, Instant at, String text) {
        this.letter = requireNonNull(letter);
        this.author = requireNonNull(author);
        this.authorName = author.displayName();
        this.at = requireNonNull(at);
        this.text = requireNonNull(text);
        if (text.isBlank() || text.length() > MAX) {
            throw new IllegalArgumentException("a note holds 1 to " + MAX + " characters");
        }
    }

    public String authorName() {
        return authorName;
    }

    public Instant at() {
        return at;
    }

    public String text() {
        return text;
    }
}
