package org.postbag.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.web.PublicationState;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterEvents;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.LetterText;
import org.postbag.letter.PagePlacement;
import org.postbag.letter.Revision;
import org.postbag.letter.StaleLetters;
import org.postbag.letter.Transition;
import org.postbag.letter.UnsettledLinks;

/**
 * Publishing an issue's letters page once {@link PageMakeUp} has made it up: all its letters
 * become public in one transaction, or none do. A letter may also go online on its own first and still appear in
 * print later. Published letters can be taken down or corrected; the history keeps every
 * version. Each writer gets one email when their letter is first published.
 */
@ApplicationScoped
public class Publishing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PageMakeUp makeUp;

    @Inject
    private StaleLetters staleLetters;

    @Inject
    private Pieces pieces;

    @Inject
    private Accounts accounts;

    @Inject
    private LetterEvents events;

    @Inject
    private PublicationState publicationState;

    @Inject
    private PublicationEmails emails;

    @Inject
    private UnsettledLinks unsettledLinks;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    /**
     * Publishes an issue's letters page: every letter on it becomes public, with the text,
     * headline and sign-off an editor approved, in page order. One transaction: if any letter
     * cannot be published (withdrawn since it was placed, say), none is, and nothing changes.
     */
    @Transactional
    public int publishPage(int issueNumber, Long editorId) {
        return publishPage(issueNumber, editorId, false);
    }

    /**
     * As above. A page over its word budget is published only when the editor has seen the
     * warning and goes on ({@code overBudgetAccepted}); a scheduled page was accepted when it
     * was scheduled. A letter with a reply link only suggested stops the page: it would be
     * printed without its "Replying to".
     */
    @Transactional
    public int publishPage(int issueNumber, Long editorId, boolean overBudgetAccepted) {
        Issue issue = em.find(Issue.class, makeUp.issue(issueNumber).id(), LockModeType.PESSIMISTIC_WRITE);
        PageMakeUp.requireUnpublished(issue);
        if (editorId != null) {
            makeUp.requireWholePageInScope(issue, editorId, "publish");
        }
        List<Letter> page = makeUp.page(issue);
        if (page.isEmpty()) {
            throw DomainException.of("makeup.refused.empty", issue.number(), issue.title());
        }
        int words = PageMakeUp.words(page);
        if (!overBudgetAccepted && editorId != null && PageMakeUp.isOverBudget(issue, words)) {
            throw DomainException.of(
                    "makeup.refused.overBudget.publish",
                    words,
                    words - issue.pageBudgetWords(),
                    issue.pageBudgetWords());
        }
        Instant now = clock.instant();
        Account editor = editorId == null ? null : editor(editorId);
        for (Letter letter : page) {
            if (letter.status() != LetterStatus.SCHEDULED && letter.status() != LetterStatus.PUBLISHED) {
                throw new LetterStateRefusal("makeup.refused.letterNotReady", letter.reference(), letter.status());
            }
            unsettledLinks.requireSettled(letter, "published");
            // Once per letter: a page taken down and published again does not write to its writers twice.
            boolean first = letter.status() != LetterStatus.PUBLISHED && !publishedBefore(letter);
            Piece piece = print(letter, now);
            piece.placeIn(issue, letter.placement().map(PagePlacement::position).orElse(null));
            record(letter, editor, letter.publishNow(), "In " + issue.label());
            if (first) {
                emails.published(letter, piece);
            }
        }
        issue.published(now);
        publicationState.changed();
        return page.size();
    }

    /** Web first: one letter public now, on its own; it can still go on an issue's page. */
    @Transactional
    public void publishOnline(String reference, int version, long editorId) {
        Letter letter = current(reference, version, editorId);
        if (letter.status() != LetterStatus.APPROVED && letter.status() != LetterStatus.SCHEDULED) {
            throw new LetterStateRefusal("publishing.refused.notApproved", reference, letter.status());
        }
        unsettledLinks.requireSettled(letter, "published");
        boolean first = !publishedBefore(letter);
        Piece piece = print(letter, clock.instant());
        record(letter, editor(editorId), letter.publishNow(), "Online");
        if (first) {
            emails.published(letter, piece);
        }
        publicationState.changed();
    }

    /**
     * Takes a whole published letters page down, which is honest only while few have read it:
     * within {@code POSTBAG_PAGE_TAKE_DOWN_HOURS} (24 unless set) of publishing. After that,
     * single letters are taken down or corrected, each with its reason. Every letter of the
     * page stops being public and goes back on the page unpublished (each with an event), so
     * that the page can be put right and published again; readers of the issue's address read
     * the reason.
     */
    @Transactional
    public int takeDownPage(int issueNumber, long editorId, String why) {
        if (why == null || why.isBlank()) {
            throw DomainException.of("makeup.refused.noReason");
        }
        String reason = LetterText.normaliseLine(why);
        Issue issue = em.find(Issue.class, makeUp.issue(issueNumber).id(), LockModeType.PESSIMISTIC_WRITE);
        if (issue.publishedAt() == null) {
            throw DomainException.of("makeup.refused.notPublished", issue.number(), issue.title());
        }
        Instant now = clock.instant();
        int hours = takeDownHours();
        if (issue.publishedAt().plus(Duration.ofHours(hours)).isBefore(now)) {
            throw DomainException.of("makeup.refused.tooLate", issue.number(), issue.title(), hours);
        }
        makeUp.requireWholePageInScope(issue, editorId, "takeDown");
        Account editor = editor(editorId);
        List<Letter> page = makeUp.page(issue);
        for (Letter letter : page) {
            if (letter.status() != LetterStatus.PUBLISHED) {
                continue;
            }
            int position = letter.placement().map(PagePlacement::position).orElse(0);
            pieces.ofLetter(letter).ifPresent(Piece::unpublish);
            LetterStatus before = letter.status();
            letter.unpublish();
            letter.placeOnPage(issue.id(), position);
            events.record(
                    letter,
                    editor,
                    LetterAction.UNPUBLISHED,
                    new Transition(before, letter.status()),
                    "The letters page of " + issue.label() + " was taken down: " + reason);
        }
        issue.takenDown(now, reason);
        publicationState.changed();
        return page.size();
    }

    /** Public once already (and taken down since): its writer was told then, and is not told again. */
    private boolean publishedBefore(Letter letter) {
        return !em.createQuery(
                        "select e.id from LetterEvent e where e.letter = :letter and e.action = :published", Long.class)
                .setParameter("letter", letter)
                .setParameter("published", LetterAction.PUBLISHED)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** How long after publishing a whole page may still be taken down. */
    public int takeDownHours() {
        return Math.max(0, config.integer("POSTBAG_PAGE_TAKE_DOWN_HOURS", 24));
    }

    /** Takes a published letter down; it stays in the archive of the desk, with its history. */
    @Transactional
    public void unpublish(String reference, int version, long editorId, String why) {
        if (why == null || why.isBlank()) {
            throw DomainException.of("publishing.refused.noReason");
        }
        Letter letter = current(reference, version, editorId);
        Piece piece = pieces.ofLetter(letter)
                .orElseThrow(() -> DomainException.of("publishing.refused.notPublished", reference));
        record(letter, editor(editorId), letter.unpublish(), why.strip());
        piece.unpublish();
        publicationState.changed();
    }

    /**
     * Corrects a published letter: the latest revision (if an editor made one) becomes the
     * printed text, and the correction note is shown with the letter and in its thread.
     */
    @Transactional
    public void correct(String reference, int version, long editorId, String note) {
        if (note == null || note.isBlank()) {
            throw DomainException.of("publishing.refused.noCorrection");
        }
        Letter letter = current(reference, version, editorId);
        Account editor = editor(editorId);
        letter.correctToLatestVersion(editor);
        Piece piece = pieces.ofLetter(letter).orElseThrow();
        Revision.Text text = letter.textForPrint();
        piece.printAs(
                headlineOf(letter, text),
                letter.nameWithheld() ? null : letter.author().name(),
                text.signOff(),
                text.body());
        piece.correct(note.strip(), clock.instant());
        events.record(letter, editor, LetterAction.CORRECTED, null, note.strip());
        publicationState.changed();
    }

    /** The letter's piece, made or brought up to date with the approved text, public from now. */
    private Piece print(Letter letter, Instant at) {
        Revision.Text text = letter.textForPrint();
        Piece piece = pieces.ofLetterMadeIfMissing(letter);
        piece.printAs(
                headlineOf(letter, text),
                letter.nameWithheld() ? null : letter.author().name(),
                text.signOff(),
                text.body());
        if (!piece.isPublished()) {
            piece.publish(at);
        }
        return piece;
    }

    private static String headlineOf(Letter letter, Revision.Text text) {
        if (text.headline() != null) {
            return text.headline();
        }
        return letter.subject() != null ? letter.subject() : LetterText.firstWords(text.body(), 8);
    }

    private void record(Letter letter, Account editor, Transition transition, String note) {
        if (editor != null) {
            events.record(letter, editor, LetterAction.PUBLISHED, transition, note);
        } else {
            events.recordBy(letter, LetterEvents.SYSTEM, LetterAction.PUBLISHED, transition, note + " (scheduled)");
        }
    }

    private Letter current(String reference, int version, long editorId) {
        return staleLetters.current(reference, version, editorId);
    }

    private Account editor(long id) {
        return accounts.byId(id).orElseThrow(() -> DomainException.of("publishing.refused.noAccount"));
    }
}
