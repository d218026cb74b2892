package org.postbag.moderation;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.postbag.letter.Screening;

/** A word the desk watches for in incoming letters, and whether it holds the letter or marks it as spam. */
@Entity
@Table(name = "watched_word")
public class WatchedWordRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String word;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Screening.WatchedWord.Action action;

    @Version
    private int version;

    protected WatchedWordRule() {}

    public WatchedWordRule(String word, Screening.WatchedWord.Action action) {
        this.word = requireNonNull(word).strip().toLowerCase(Locale.ROOT);
        if (this.word.isEmpty() || this.word.contains(" ")) {
            throw new IllegalArgumentException("a watched word is one word");
        }
        this.action = requireNonNull(action);
    }

    public Long id() {
        return id;
    }

    public String word() {
        return word;
    }

    public Screening.WatchedWord.Action action() {
        return action;
    }

    public Screening.WatchedWord asRule() {
        return new Screening.WatchedWord(word, action);
    }
}
