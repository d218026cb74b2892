package org.postbag.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.house.Languages;
import org.postbag.house.Settings;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.mail.Email;
import org.postbag.infrastructure.mail.MailTemplates;
import org.postbag.infrastructure.mail.Outbox;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterEvent;
import org.postbag.letter.LetterEvents;
import org.postbag.letter.Letters;
import org.postbag.letter.StaleLetterException;
import org.postbag.letter.StaleLetters;
import org.postbag.letter.Transition;

/**
 * What editors do to a letter. Every action names the version of the letter the editor saw:
 * if someone else changed it since, the action is refused with who and when, and nothing is
 * lost. Every action is written to the audit trail in the same transaction.
 */
@ApplicationScoped
public class Moderation {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Letters letters;

    @Inject
    private Accounts accounts;

    @Inject
    private LetterEvents events;

    @Inject
    private RejectionTemplates templates;

    @Inject
    private Outbox outbox;

    @Inject
    private Languages languages;

    @Inject
    private Settings settings;

    @Inject
    private StaleLetters staleLetters;

    @Inject
    private Clock clock;

    @Transactional
    public void claim(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version);
        letter.claim(editor, clock.instant());
        events.record(letter, editor, LetterAction.CLAIMED, null, null);
    }

    @Transactional
    public void takeOver(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version);
        Account previous = letter.takeOver(editor, clock.instant());
        events.record(
                letter,
                editor,
                LetterAction.TAKEN_OVER,
                null,
                previous == null ? null : "from " + previous.displayName());
    }

    @Transactional
    public void release(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version);
        letter.release(editor);
        events.record(letter, editor, LetterAction.RELEASED, null, null);
    }

    @Transactional
    public void approve(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version);
        events.record(letter, editor, LetterAction.APPROVED, letter.approve(editor), null);
    }

    /**
     * Rejects with a reason from a template; where the editor asks, the writer is told, in the
     * template's words, by email.
     */
    @Transactional
    public void reject(String reference, int version, long editorId, long templateId, boolean tellWriter) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version);
        RejectionTemplate template = templates
                .byId(templateId)
                .orElseThrow(() -> new DomainException("Choose a reason for rejecting the letter."));
        Transition transition = letter.reject(editor);
        events.record(
                letter,
                editor,
                LetterAction.REJECTED,
                transition,
                template.name() + (tellWriter ? " (the writer was told)" : ""));
        if (tellWriter && letter.author().email() != null) {
            outbox.send(rejectionEmail(letter, template));
        }
    }

    @Transactional
    public void hold(String reference, int version, long editorId, String note) {
        if (note == null || note.isBlank()) {
            throw new DomainException("Say why the letter is held, so that the desk knows what it waits for.");
        }
        Account editor = editor(editorId);
        Letter letter = current(reference, version);
        events.record(letter, editor, LetterAction.HELD, letter.hold(editor), note.strip());
    }

    @Transactional
    public void markSpam(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version);
        events.record(letter, editor, LetterAction.MARKED_SPAM, letter.markSpam(editor), null);
    }

    @Transactional
    public void notSpam(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version);
        events.record(letter, editor, LetterAction.NOT_SPAM, letter.notSpam(editor), null);
    }

    /** Reverses the letter's last decision, if the last change of status was an editor's decision. */
    @Transactional
    public void undo(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version);
        LetterEvent last = events.lastStatusChange(letter)
                .filter(event -> event.action().isUndoable())
                .orElseThrow(() -> new DomainException("There is no decision on letter " + reference + " to undo."));
        Transition transition = letter.undo(editor, last.toStatus(), last.fromStatus());
        events.record(
                letter, editor, LetterAction.UNDONE, transition, last.action().label() + " undone");
    }

    @Transactional
    public void addNote(String reference, long editorId, String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("Write the note first.");
        }
        if (text.length() > Note.MAX) {
            throw new DomainException("A note must be 5,000 characters or fewer.");
        }
        Account editor = editor(editorId);
        Letter letter = letters.byReference(reference).orElseThrow(() -> missing(reference));
        em.persist(new Note(letter, editor, clock.instant(), text.strip()));
        events.record(letter, editor, LetterAction.NOTE, null, null);
    }

    private Email rejectionEmail(Letter letter, RejectionTemplate template) {
        return MailTemplates.render(
                "rejection",
                languages.magazine().locale(),
                letter.author().email(),
                letter.reference(),
                Map.of(
                        "name", letter.author().name(),
                        "magazine", settings.magazineName(),
                        "reference", letter.reference(),
                        "reason", template.body()));
    }

    /** The letter as the editor saw it, or a clear refusal if it changed since. */
    Letter current(String reference, int version) {
        return staleLetters.current(reference, version);
    }

    /** The message for a letter that changed under an action whose transaction has ended. */
    public StaleLetterException staleMessageFor(String reference) {
        return staleLetters.messageFor(reference);
    }

    private Account editor(long id) {
        return accounts.byId(id).orElseThrow(() -> new DomainException("Your account could not be found."));
    }

    private static DomainException missing(String reference) {
        return new DomainException("There is no letter " + reference + ".");
    }
}
