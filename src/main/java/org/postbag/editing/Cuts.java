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
import java.util.List;
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
import org.postbag.letter.Revision;
import org.postbag.letter.StaleLetters;
import org.postbag.letter.UnsettledLinks;
import org.postbag.letter.WordDiff;
import org.postbag.letter.WordLimit;
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
    private UnsettledLinks unsettledLinks;

    @Inject
    private Clock clock;

    /** Saves an edit as a new revision, if nobody changed the letter since the editor opened it. */
    @Transactional
    public Revision revise(String reference, int version, long editorId, Revision.Text text, String reason) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        // Two editors saving at once would both add revision n + 1, and the loser would fail on
        // the revisions' unique key rather than as a stale letter. Taking the letter's version
        // first makes the loser wait for the winner and then fail as stale, with the usual message.
        em.lock(letter, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Revision.Text normalised = new Revision.Text(
                text.headline() == null ? null : LetterText.normaliseLine(text.headline()),
                LetterText.normalise(text.body()),
                LetterText.normaliseLine(text.signOff()));
        if (normalised.equals(letter.currentText())) {
            throw DomainException.of("editing.unchanged");
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
        Letter letter = current(reference, version, editorId);
        letter.approveLatestVersion(editor);
        events.record(
                letter,
                editor,
                LetterAction.APPROVED,
                null,
                "Revision " + letter.revisions().latest().number() + " approved for print");
    }

    /**
     * Sends the latest revision to the writer: an email with a private link to the comparison,
     * where they accept, decline or comment. The letter waits in "Waiting for author".
     */
    @Transactional
    public void askWriter(String reference, int version, long editorId, String message) {
        askWriter(reference, version, editorId, message, false);
    }

    /**
     * As above; with {@code approveOnAccept}, the writer's acceptance approves the letter for
     * print without an editor (refused now if the letter could not be approved so: a reply link
     * only suggested, or the cut still far over the word limit).
     */
    @Transactional
    public void askWriter(String reference, int version, long editorId, String message, boolean approveOnAccept) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        if (letter.author().email() == null) {
            throw DomainException.of("editing.noEmail", reference);
        }
        if (approveOnAccept) {
            unsettledLinks.requireSettled(letter, "approved by the writer's acceptance");
            Revision latest = letter.revisions().latest();
            if (farOver(latest).isPresent()) {
                throw DomainException.of(
                        "editing.farOver.onAccept", latest.number(), latest.wordCount(), settings.wordLimit());
            }
        }
        var transition = letter.awaitWriter(editor);
        String token = Hashing.newToken();
        Instant now = clock.instant();
        Instant due = now.plus(Duration.ofDays(config.integer("POSTBAG_AUTHOR_APPROVAL_DAYS", 5)));
        em.persist(new AuthorApproval(
                letter,
                letter.revisions().latest(),
                Hashing.sha256(token),
                editor.displayName(),
                now,
                due,
                approveOnAccept));
        events.record(
                letter,
                editor,
                LetterAction.SENT_TO_AUTHOR,
                transition,
                "Revision " + letter.revisions().latest().number()
                        + (approveOnAccept
                                ? "; approved for print if the writer accepts"
                                : "; back to the desk if the writer accepts"));
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
                        "words", letter.revisions().latest().wordCount(),
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
        AuthorApproval approval = request(token).orElseThrow(() -> DomainException.of("approve.refused.invalidLink"));
        Letter letter = approval.letter();
        if (!approval.isOpen()) {
            throw new DomainException(
                    "You have answered already: you " + approval.answer().name().toLowerCase()
                            + " our edit. If you have changed your mind, reply to our email.");
        }
        if (letter.revisions().latest() == null
                || !letter.revisions().latest().equals(approval.revision())
                || letter.status() != LetterStatus.WAITING_FOR_AUTHOR) {
            throw DomainException.of("approve.refused.changed");
        }
        approval.answer(answer, comment, clock.instant());
        if (answer == AuthorApproval.Answer.ACCEPTED) {
            Optional<String> notAtOnce = whyNotApprovedOnAccept(approval);
            if (notAtOnce.isEmpty()) {
                events.recordBy(
                        letter,
                        LetterEvents.WRITER,
                        LetterAction.AUTHOR_ACCEPTED,
                        letter.writerAccepted(approval.revision()),
                        comment);
            } else {
                events.recordBy(
                        letter,
                        LetterEvents.WRITER,
                        LetterAction.AUTHOR_ACCEPTED,
                        letter.writerAcceptedForTheDesk(approval.revision(), notAtOnce.get()),
                        comment == null || comment.isBlank()
                                ? notAtOnce.get()
                                : comment.strip() + "\n\n" + notAtOnce.get());
            }
        } else {
            events.recordBy(
                    letter, LetterEvents.WRITER, LetterAction.AUTHOR_DECLINED, letter.writerDeclined(), comment);
        }
    }

    /**
     * Why the writer's acceptance does not approve the letter by itself, if it does not: the
     * editor did not ask for that, or since asking a link was suggested, or the cut is far over
     * the limit as it now stands.
     */
    private Optional<String> whyNotApprovedOnAccept(AuthorApproval approval) {
        String accepted = "The writer accepted revision " + approval.revision().number() + ". ";
        if (!approval.approvesOnAccept()) {
            return Optional.of(accepted + "An editor approves it for print.");
        }
        List<String> suggested = unsettledLinks.of(approval.letter());
        if (!suggested.isEmpty()) {
            return Optional.of(accepted + "It was to be approved at once, but its reply links to "
                    + String.join(", ", suggested) + " are only suggested: confirm or dismiss them, then approve it.");
        }
        return farOver(approval.revision())
                .map(tooLong -> accepted + "It was to be approved at once, but " + tooLong
                        + " Approve it with a note, or cut it again.");
    }

    private Optional<String> farOver(Revision revision) {
        int limit = settings.wordLimit();
        if (revision == null || !WordLimit.isFarOver(revision.wordCount(), limit)) {
            return Optional.empty();
        }
        return Optional.of("Revision " + revision.number() + " has " + revision.wordCount()
                + " words, more than half as long again as the limit of " + limit + ".");
    }

    /** The writer writes to the desk without deciding yet; the request stays open. */
    @Transactional
    public void comment(String token, String comment) {
        if (comment == null || comment.isBlank()) {
            throw DomainException.of("approve.refused.noComment");
        }
        AuthorApproval approval = request(token).orElseThrow(() -> DomainException.of("approve.refused.invalidLink"));
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

    private Letter current(String reference, int version, long editorId) {
        return staleLetters.current(reference, version, editorId);
    }

    private Account editor(long id) {
        return accounts.byId(id).orElseThrow(() -> DomainException.of("desk.account.missing"));
    }
}
