package org.postbag.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.SectionScope;
import org.postbag.house.Languages;
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
import org.postbag.letter.UnsettledLinks;
import org.postbag.letter.WordLimit;

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
    private Languages languages;

    @Inject
    private Settings settings;

    @Inject
    private StaleLetters staleLetters;

    @Inject
    private UnsettledLinks unsettledLinks;

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
    public Decision approve(String reference, int version, long editorId) {
        return approve(reference, version, editorId, null);
    }

    /**
     * Approves the letter for print. Refused while a reply link is only suggested (it would be
     * printed without its "Replying to"), and, for a letter far over the word limit, without a
     * note saying why; the note goes to the audit trail with the approval.
     */
    @Transactional
    public Decision approve(String reference, int version, long editorId, String note) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        unsettledLinks.requireSettled(letter, "approved");
        String why = note == null || note.isBlank() ? null : note.strip();
        int limit = settings.wordLimit();
        if (why == null && WordLimit.isFarOver(letter.wordCount(), limit)) {
            throw new DomainException(WordLimit.refusal(reference, letter.wordCount(), limit));
        }
        if (why != null && why.length() > Note.MAX) {
            throw DomainException.of("moderation.approvalNote.size", Note.MAX);
        }
        return decided(events.record(letter, editor, LetterAction.APPROVED, letter.approve(editor), why), null);
    }

    /**
     * Rejects with a reason from a template; where the editor asks, the writer is told, in the
     * template's words, by email, after the grace period in which Undo takes the email back too.
     */
    @Transactional
    public Decision reject(String reference, int version, long editorId, long templateId, boolean tellWriter) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        RejectionTemplate template =
                templates.byId(templateId).orElseThrow(() -> DomainException.of("moderation.reason.missing"));
        Transition transition = letter.reject(editor);
        boolean told = tellWriter && letter.author().email() != null;
        LetterEvent event = events.record(
                letter,
                editor,
                LetterAction.REJECTED,
                transition,
                template.name() + (told ? " (the writer was told)" : ""));
        Instant emailAt =
                told ? outbox.sendAfter(rejectionEmail(letter, template), settings.decisionEmailGrace()) : null;
        return decided(event, emailAt);
    }

    @Transactional
    public Decision hold(String reference, int version, long editorId, String note) {
        if (note == null || note.isBlank()) {
            throw DomainException.of("moderation.hold.why");
        }
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        return decided(events.record(letter, editor, LetterAction.HELD, letter.hold(editor), note.strip()), null);
    }

    @Transactional
    public Decision markSpam(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        return decided(events.record(letter, editor, LetterAction.MARKED_SPAM, letter.markSpam(editor), null), null);
    }

    @Transactional
    public Decision notSpam(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        return decided(events.record(letter, editor, LetterAction.NOT_SPAM, letter.notSpam(editor), null), null);
    }

    /** Reverses the letter's last decision, if the last change of status was an editor's decision. */
    @Transactional
    public Undone undo(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        LetterEvent last = events.lastStatusChange(letter)
                .filter(event -> event.action().isUndoable())
                .orElseThrow(() -> DomainException.of("moderation.undo.none.letter", reference));
        return undo(letter, editor, last);
    }

    /**
     * Reverses one decision, named by its event: the Undo of a success message. Refused when the
     * letter has changed status since (another editor's decision is not undone by mistake).
     */
    @Transactional
    public Undone undoDecision(String reference, long decisionEvent, long editorId) {
        Account editor = editor(editorId);
        Letter letter = access.require(reference, editorId);
        LetterEvent last = events.lastStatusChange(letter)
                .filter(event -> event.id() == decisionEvent && event.action().isUndoable())
                .orElseThrow(() -> DomainException.of("letter.refused.undoChanged", reference));
        return undo(letter, editor, last);
    }

    /** What an undo did, and whether an email the decision caused was taken back or had gone already. */
    public record Undone(String reference, String action, boolean emailTakenBack, boolean emailGone) {}

    private Undone undo(Letter letter, Account editor, LetterEvent last) {
        Transition transition = letter.undo(editor, last.toStatus(), last.fromStatus());
        boolean emailed = last.action() == LetterAction.REJECTED
                && last.note() != null
                && last.note().endsWith("(the writer was told)");
        boolean takenBack = emailed && outbox.takeBack(letter.reference(), "rejection") > 0;
        events.record(
                letter,
                editor,
                LetterAction.UNDONE,
                transition,
                last.action().label() + " undone"
                        + (takenBack ? "; the email to the writer was not sent" : "")
                        + (emailed && !takenBack ? "; the email to the writer had already gone" : ""));
        return new Undone(letter.reference(), last.action().label(), takenBack, emailed && !takenBack);
    }

    private static Decision decided(LetterEvent event, Instant emailAt) {
        return new Decision(
                event.letter().reference(), event.id(), event.action().label(), emailAt);
    }

    @Transactional
    public void addNote(String reference, long editorId, String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.of("moderation.note.empty");
        }
        if (text.length() > Note.MAX) {
            throw DomainException.of("moderation.note.size", Note.MAX);
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
            throw DomainException.of("moderation.section.gone");
        }
        if (!access.scopeOf(editorId).includes(sectionId)) {
            throw DomainException.of(sectionId == null ? "moderation.section.out" : "moderation.section.own");
        }
        if (Objects.equals(letter.sectionId(), sectionId)) {
            throw DomainException.of("moderation.section.same");
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
    Letter current(String reference, int version, long editorId) {
        return staleLetters.current(reference, version, editorId);
    }

    /** The message for a letter that changed under an action whose transaction has ended. */
    public StaleLetterException staleMessageFor(String reference) {
        return staleLetters.messageFor(reference);
    }

    private Account editor(long id) {
        return accounts.byId(id).orElseThrow(() -> DomainException.of("desk.account.missing"));
    }
}
