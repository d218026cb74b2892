package org.postbag.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.SectionScope;
import org.postbag.house.Sections;
import org.postbag.house.Settings;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.mail.Email;
import org.postbag.infrastructure.mail.MailTemplates;
import org.postbag.infrastructure.mail.Outbox;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAccess;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterEvent;
import org.postbag.letter.LetterEvents;
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
    private LetterAccess access;

    @Inject
    private Sections sections;

    @Inject
    private Accounts accounts;

    @Inject
    private LetterEvents events;

    @Inject
    private RejectionTemplates templates;

    @Inject
    private Outbox outbox;

    @Inject
    private Settings settings;

    @Inject
    private StaleLetters staleLetters;

    @Inject
    private Clock clock;

    @Transactional
    public void claim(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        letter.claim(editor, clock.instant());
        events.record(letter, editor, LetterAction.CLAIMED, null, null);
    }

    @Transactional
    public void takeOver(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
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
        Letter letter = current(reference, version, editorId);
        letter.release(editor);
        events.record(letter, editor, LetterAction.RELEASED, null, null);
    }

    @Transactional
    public void approve(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        events.record(letter, editor, LetterAction.APPROVED, letter.approve(editor), null);
    }

    /**
     * Rejects with a reason from a template; where the editor asks, the writer is told, in the
     * template's words, by email.
     */
    @Transactional
    public void reject(String reference, int version, long editorId, long templateId, boolean tellWriter) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
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
        Letter letter = current(reference, version, editorId);
        events.record(letter, editor, LetterAction.HELD, letter.hold(editor), note.strip());
    }

    @Transactional
    public void markSpam(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        events.record(letter, editor, LetterAction.MARKED_SPAM, letter.markSpam(editor), null);
    }

    @Transactional
    public void notSpam(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        events.record(letter, editor, LetterAction.NOT_SPAM, letter.notSpam(editor), null);
    }

    /** Reverses the letter's last decision, if the last change of status was an editor's decision. */
    @Transactional
    public void undo(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
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
        Letter letter = access.require(reference, editorId);
        em.persist(new Note(letter, editor, clock.instant(), text.strip()));
        events.record(letter, editor, LetterAction.NOTE, null, null);
    }

    /**
     * Moves the letter to another section (null: to none). An editor limited to sections moves
     * letters between their own sections only; taking a letter out of every section is for
     * those who see them all.
     */
    @Transactional
    public void moveToSection(String reference, int version, long editorId, Long sectionId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        Map<Long, String> names = sections.names();
        if (sectionId != null && !names.containsKey(sectionId)) {
            throw new DomainException("That section no longer exists. Choose another.");
        }
        if (!access.scopeOf(editorId).includes(sectionId)) {
            throw new DomainException(
                    sectionId == null
                            ? "Only an editor who sees every section may take a letter out of its section."
                            : "You may move letters only to your own sections.");
        }
        if (Objects.equals(letter.sectionId(), sectionId)) {
            throw new DomainException("The letter is in that section already.");
        }
        String from = names.getOrDefault(letter.sectionId(), "no section");
        letter.placeInSection(sectionId);
        events.record(
                letter,
                editor,
                LetterAction.SECTION_CHANGED,
                null,
                from + " → " + names.getOrDefault(sectionId, "no section"));
    }

    public boolean seesEverySection(long editorId) {
        return !access.scopeOf(editorId).isLimited();
    }

    /** The sections this editor may put a letter in, by id (all for the unlimited). */
    public Map<Long, String> sectionChoices(long editorId) {
        SectionScope scope = access.scopeOf(editorId);
        Map<Long, String> choices = new LinkedHashMap<>();
        sections.names().forEach((id, name) -> {
            if (scope.includes(id)) {
                choices.put(id, name);
            }
        });
        return choices;
    }

    private Email rejectionEmail(Letter letter, RejectionTemplate template) {
        return MailTemplates.render(
                "rejection",
                letter.author().email(),
                letter.reference(),
                Map.of(
                        "name", letter.author().name(),
                        "magazine", settings.magazineName(),
                        "reference", letter.reference(),
                        "reason", template.body()));
    }

    /** The letter as the editor saw it, or a clear refusal if it changed since. */
    Letter current(String reference, int version, long editorId) {
        return staleLetters.current(reference, version, editorId);
    }

    /** The message for a letter that changed under an action whose transaction has ended. */
    public StaleLetterException staleMessageFor(String reference) {
        return staleLetters.messageFor(reference);
    }

    private Account editor(long id) {
        return accounts.byId(id).orElseThrow(() -> new DomainException("Your account could not be found."));
    }
}
