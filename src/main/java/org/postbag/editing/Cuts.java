package org.postbag.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.house.Languages;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.Hashing;
import org.postbag.infrastructure.mail.Email;
import org.postbag.infrastructure.mail.MailTemplates;
import org.postbag.infrastructure.mail.Outbox;
import org.postbag.infrastructure.web.Dates;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterEvents;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.LetterText;
import org.postbag.letter.Letters;
import org.postbag.letter.Revision;
import org.postbag.letter.StaleLetters;
import org.postbag.letter.WordDiff;
import org.postbag.linking.QuoteChecks;

/**
 * Editing letters: saving revisions (never over another editor's), approving the latest
 * one for print, and asking the writer to agree to a cut.
 */
@ApplicationScoped
public class Cuts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Letters letters;

    @Inject
    private Accounts accounts;

    @Inject
    private LetterEvents events;

    @Inject
    private StaleLetters staleLetters;

    @Inject
    private Outbox outbox;

    @Inject
    private Languages languages;

    @Inject
    private Settings settings;

    @Inject
    private Config config;

    @Inject
    private Dates dates;

    @Inject
    private QuoteChecks quoteChecks;

    @Inject
    private Clock clock;

    /** Saves an edit as a new revision, if nobody changed the letter since the editor opened it. */
    @Transactional
    public Revision revise(String reference, int version, long editorId, Revision.Text text, String reason) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version);
        // Two editors saving at once would both add revision n + 1, and the loser would fail on
        // the revisions' unique key rather than as a stale letter. Taking the letter's version
        // first makes the loser wait for the winner and then fail as stale, with the usual message.
        em.lock(letter, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Revision.Text normalised = new Revision.Text(
                text.headline() == null ? null : LetterText.normaliseLine(text.headline()),
                LetterText.normalise(text.body()),
                LetterText.normaliseLine(text.signOff()));
        if (normalised.equals(letter.currentText())) {
            throw new DomainException("Nothing has changed, so no revision was saved.");
        }
        Revision revision = letter.revise(editor, normalised, reason, clock.instant());
        quoteChecks.refreshFlag(letter);
        int[] counts = WordDiff.counts(WordDiff.between(letter.originalBody(), normalised.body()));
        events.record(
                letter,
                editor,
                LetterAction.EDITED,
                null,
                "Revision " + revision.number() + ": " + revision.wordCount() + " words (" + counts[0] + " cut, "
                        + counts[1] + " added since the original)"
                        + (revision.reason() == null ? "" : ". " + revision.reason()));
        return revision;
    }

    @Transactional
    public void approveLatestVersion(String reference, int version, long editorId) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version);
        letter.approveLatestVersion(editor);
        events.record(
                letter,
                editor,
                LetterAction.APPROVED,
                null,
                "Revision " + letter.latestRevision().number() + " approved for print");
    }

    /**
     * Sends the latest revision to the writer: an email with a private link to the comparison,
     * where they accept, decline or comment. The letter waits in "Waiting for author".
     */
    @Transactional
    public void askWriter(String reference, int version, long editorId, String message) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version);
        if (letter.author().email() == null) {
            throw new DomainException("We have no email address for the writer of " + reference + ".");
        }
        var transition = letter.awaitWriter(editor);
        String token = Hashing.newToken();
        Instant now = clock.instant();
        Instant due = now.plus(Duration.ofDays(config.integer("POSTBAG_AUTHOR_APPROVAL_DAYS", 5)));
        em.persist(new AuthorApproval(
                letter, letter.latestRevision(), Hashing.sha256(token), editor.displayName(), now, due));
        events.record(
                letter,
                editor,
                LetterAction.SENT_TO_AUTHOR,
                transition,
                "Revision " + letter.latestRevision().number());
        outbox.send(approvalEmail(letter, token, due, message));
    }

    private Email approvalEmail(Letter letter, String token, Instant due, String message) {
        Locale locale = languages.magazine().locale();
        return MailTemplates.render(
                "author-approval",
                locale,
                letter.author().email(),
                letter.reference(),
                Map.of(
                        "name", letter.author().name(),
                        "magazine", settings.magazineName(),
                        "reference", letter.reference(),
                        "words", letter.latestRevision().wordCount(),
                        "link", config.baseUrl() + "/approve-edit/" + token,
                        "message", message == null || message.isBlank() ? "" : message.strip() + "\n\n",
                        "due", dates.day(due, locale)));
    }

    /** The edit of this letter that its writer last agreed to, if they agreed to one. */
    public Optional<AuthorApproval> agreedByWriter(Letter letter) {
        return em.createQuery(
                        "select a from AuthorApproval a join fetch a.revision where a.letter = :letter"
                                + " and a.answer = :accepted order by a.answeredAt desc",
                        AuthorApproval.class)
                .setParameter("letter", letter)
                .setParameter("accepted", AuthorApproval.Answer.ACCEPTED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The request behind a writer's private link. */
    public Optional<AuthorApproval> request(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select a from AuthorApproval a join fetch a.letter join fetch a.revision where a.tokenHash = :hash",
                        AuthorApproval.class)
                .setParameter("hash", Hashing.sha256(token))
                .getResultStream()
                .findFirst();
    }

    /** The writer's answer; a decline sends the letter back to the editors, held, with the comment. */
    @Transactional
    public void answer(String token, AuthorApproval.Answer answer, String comment) {
        AuthorApproval approval = request(token).orElseThrow(() -> new DomainException("This link is not valid."));
        Letter letter = approval.letter();
        if (!approval.isOpen()) {
            throw new DomainException(
                    "You have answered already: you " + approval.answer().name().toLowerCase()
                            + " our edit. If you have changed your mind, reply to our email.");
        }
        if (letter.latestRevision() == null
                || !letter.latestRevision().equals(approval.revision())
                || letter.status() != LetterStatus.WAITING_FOR_AUTHOR) {
            throw new DomainException("We have changed your letter again since we sent you this link, so your answer"
                    + " to this version no longer applies. We will write to you about the new one.");
        }
        approval.answer(answer, comment, clock.instant());
        if (answer == AuthorApproval.Answer.ACCEPTED) {
            events.recordBy(
                    letter,
                    LetterEvents.WRITER,
                    LetterAction.AUTHOR_ACCEPTED,
                    letter.writerAccepted(approval.revision()),
                    comment);
        } else {
            events.recordBy(
                    letter, LetterEvents.WRITER, LetterAction.AUTHOR_DECLINED, letter.writerDeclined(), comment);
        }
    }

    /** The writer writes to the desk without deciding yet; the request stays open. */
    @Transactional
    public void comment(String token, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new DomainException("Write your comment first.");
        }
        AuthorApproval approval = request(token).orElseThrow(() -> new DomainException("This link is not valid."));
        if (!approval.isOpen()) {
            // The editors read comments with the answer; one arriving later would sit unseen.
            throw new DomainException(
                    "You have answered already: you " + approval.answer().name().toLowerCase()
                            + " our edit, so we have not kept this comment. If you want to tell us more, reply to our"
                            + " email.");
        }
        approval.addComment(comment);
        events.recordBy(approval.letter(), LetterEvents.WRITER, LetterAction.AUTHOR_COMMENTED, null, comment.strip());
    }

    private Letter current(String reference, int version) {
        Letter letter = letters.byReference(reference)
                .orElseThrow(() -> new DomainException("There is no letter " + reference + "."));
        if (letter.version() != version) {
            throw staleLetters.stale(letter);
        }
        return letter;
    }

    private Account editor(long id) {
        return accounts.byId(id).orElseThrow(() -> new DomainException("Your account could not be found."));
    }
}
