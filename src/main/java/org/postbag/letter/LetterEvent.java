package org.postbag.letter;

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
import java.time.Instant;
import org.postbag.accounts.Account;

/**
 * One line of a letter's audit trail: who did what, when, and how its status changed. Never
 * changed once written. The actor's name is kept as it was, so that the trail still reads
 * right after an account is renamed or removed.
 */
@Entity
@Table(name = "letter_event")
public class LetterEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_event_id")
    @SequenceGenerator(name = "letter_event_id", sequenceName = "letter_event_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "letter_id", updatable = false)
    private Letter letter;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", updatable = false)
    private Account actor;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LetterAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private LetterStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    private LetterStatus toStatus;

    @Column(updatable = false)
    private String note;

    protected LetterEvent() {}

    public LetterEvent(
            Letter letter,
            Instant at,
            Account actor,
            String actorName,
            LetterAction action,
            Transition transition,
            String note) {
        this.letter = requireNonNull(letter);
        this.at = requireNonNull(at);
        this.actor = actor;
        this.actorName = actor != null ? actor.displayName() : requireNonNull(actorName);
        this.action = requireNonNull(action);
        this.fromStatus = transition == null ? null : transition.from();
        this.toStatus = transition == null ? null : transition.to();
        this.note = note == null || note.isBlank() ? null : note;
    }

    public Long id() {
        return id;
    }

    public Letter letter() {
        return letter;
    }

    public Instant at() {
        return at;
    }

    public Account actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public LetterAction action() {
        return action;
    }

    public LetterStatus fromStatus() {
        return fromStatus;
    }

    public LetterStatus toStatus() {
        return toStatus;
    }

    public String note() {
        return note;
    }
}
