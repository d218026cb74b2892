package org.postbag.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.mail.Email;
import org.postbag.infrastructure.mail.MailTemplates;
import org.postbag.infrastructure.mail.Outbox;
import org.postbag.infrastructure.web.PublicationState;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterEvents;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.LetterText;
import org.postbag.letter.Letters;
import org.postbag.letter.PagePlacement;
import org.postbag.letter.Revision;
import org.postbag.letter.StaleLetters;
import org.postbag.letter.Transition;

/**
 * Making up an issue's letters page and publishing it: all its letters become public in one
 * transaction, or none do. A letter may also go online on its own first and still appear in
 * print later. Published letters can be taken down or corrected; the history keeps every
 * version. Each writer gets one email when their letter is first published.
 */
@ApplicationScoped
public class Publishing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Issues issues;

    @Inject
    private Letters letters;

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
    private Outbox outbox;

    @Inject
    private Settings settings;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    /** The letters on an issue's page, in page order. */
    public List<Letter> page(Issue issue) {
        return em.createQuery(
                        "select l from Letter l where l.placement.issueId = :issue order by l.placement.position, l.id",
                        Letter.class)
                .setParameter("issue", issue.id())
                .getResultList();
    }

    /** Approved letters on no page yet, oldest first. */
    public List<Letter> waiting() {
        return em.createQuery(
                        "select l from Letter l where l.status = org.postbag.letter.LetterStatus.APPROVED"
                                + " and l.placement.issueId is null order by l.receivedAt",
                        Letter.class)
                .setMaxResults(500)
                .getResultList();
    }

    @Transactional
    public void addToPage(int issueNumber, String reference, long editorId) {
        Issue issue = issue(issueNumber);
        requireUnpublished(issue);
        Letter letter = letter(reference);
        int position = page(issue).stream()
                        .mapToInt(
                                l -> l.placement().map(PagePlacement::position).orElse(0))
                        .max()
                        .orElse(0)
                + 1;
        events.record(
                letter,
                editor(editorId),
                LetterAction.SCHEDULED,
                letter.placeOnPage(issue.id(), position),
                "On the page of " + issue.label());
        em.lock(issue, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Transactional
    public void removeFromPage(int issueNumber, String reference, long editorId) {
        Issue issue = issue(issueNumber);
        Letter letter = letter(reference);
        if (!onPageOf(issue, letter)) {
            throw new DomainException(reference + " is not on the page of " + issue.label() + ".");
        }
        events.record(
                letter,
                editor(editorId),
                LetterAction.UNSCHEDULED,
                letter.takeOffPage(),
                "Off the page of " + issue.label());
        renumber(issue);
        em.lock(issue, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Moves a letter up (-1) or down (+1) the page. */
    @Transactional
    public void move(int issueNumber, String reference, int step) {
        Issue issue = issue(issueNumber);
        List<Letter> page = new ArrayList<>(page(issue));
        int index = -1;
        for (int i = 0; i < page.size(); i++) {
            if (page.get(i).reference().equals(reference)) {
                index = i;
            }
        }
        int target = index + step;
        if (index < 0 || target < 0 || target >= page.size()) {
            return;
        }
        page.add(target, page.remove(index));
        for (int i = 0; i < page.size(); i++) {
            page.get(i).moveOnPage(i + 1);
        }
        em.lock(issue, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /**
     * Sets the headline a letter on the page will print under. Saved as a revision of the
     * approved text (the body and sign-off as approved, the new headline) and approved at once,
     * so the history says who changed it. A letter with an edit not yet approved is refused:
     * the editor settles that edit on the letter's page first, rather than have it overtaken.
     */
    @Transactional
    public void setHeadline(int issueNumber, String reference, long editorId, String headline) {
        Issue issue = issue(issueNumber);
        requireUnpublished(issue);
        Letter letter = letter(reference);
        if (!onPageOf(issue, letter)) {
            throw new DomainException(reference + " is not on the page of " + issue.label() + ".");
        }
        String wanted = headline == null ? "" : LetterText.normaliseLine(headline);
        if (wanted.isEmpty()) {
            throw new DomainException("Write a headline for " + reference + ".");
        }
        if (wanted.length() > Revision.Text.MAX_HEADLINE) {
            throw new DomainException(
                    "Keep the headline of " + reference + " to " + Revision.Text.MAX_HEADLINE + " characters.");
        }
        if (letter.latestRevision() != null && letter.latestRevision() != letter.approvedRevision()) {
            throw new DomainException(reference + " has an edit that is not approved yet: approve or"
                    + " redo it on the letter's page before changing the headline here.");
        }
        Revision.Text approved = letter.textForPrint();
        if (wanted.equals(approved.headline())) {
            return;
        }
        Account editor = editor(editorId);
        Revision revision = letter.revise(
                editor,
                new Revision.Text(wanted, approved.body(), approved.signOff()),
                "Headline set on the letters page",
                clock.instant());
        letter.approveLatestVersion(editor);
        events.record(
                letter,
                editor,
                LetterAction.EDITED,
                null,
                "Revision " + revision.number() + ": headline “" + wanted + "” for " + issue.label());
        em.lock(issue, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Transactional
    public void setBudget(int issueNumber, Integer words) {
        issue(issueNumber).budget(words);
    }

    @Transactional
    public void schedule(int issueNumber, Instant at) {
        if (at != null && at.isBefore(clock.instant())) {
            throw new DomainException("Choose a time in the future, or publish now.");
        }
        issue(issueNumber).scheduleFor(at);
    }

    /**
     * Publishes an issue's letters page: every letter on it becomes public, with the text,
     * headline and sign-off an editor approved, in page order. One transaction: if any letter
     * cannot be published (withdrawn since it was placed, say), none is, and nothing changes.
     */
    @Transactional
    public int publishPage(int issueNumber, Long editorId) {
        Issue issue = em.find(Issue.class, issue(issueNumber).id(), LockModeType.PESSIMISTIC_WRITE);
        requireUnpublished(issue);
        List<Letter> page = page(issue);
        if (page.isEmpty()) {
            throw new DomainException("The letters page of " + issue.label() + " is empty.");
        }
        Instant now = clock.instant();
        Account editor = editorId == null ? null : editor(editorId);
        for (Letter letter : page) {
            if (letter.status() != LetterStatus.SCHEDULED && letter.status() != LetterStatus.PUBLISHED) {
                throw new DomainException("Letter " + letter.reference() + " is "
                        + letter.status().label() + ": take it off the page before publishing. Nothing was published.");
            }
            boolean first = letter.status() != LetterStatus.PUBLISHED;
            Piece piece = print(letter, now);
            piece.placeIn(issue, letter.placement().map(PagePlacement::position).orElse(null));
            record(letter, editor, letter.publishNow(), "In " + issue.label());
            if (first) {
                outbox.send(publishedEmail(letter, piece));
            }
        }
        issue.published(now);
        publicationState.changed();
        return page.size();
    }

    /** Web first: one letter public now, on its own; it can still go on an issue's page. */
    @Transactional
    public void publishOnline(String reference, int version, long editorId) {
        Letter letter = current(reference, version);
        if (letter.status() != LetterStatus.APPROVED && letter.status() != LetterStatus.SCHEDULED) {
            throw new DomainException(
                    "Letter " + reference + " is " + letter.status().label() + ": approve it first.");
        }
        Piece piece = print(letter, clock.instant());
        record(letter, editor(editorId), letter.publishNow(), "Online");
        outbox.send(publishedEmail(letter, piece));
        publicationState.changed();
    }

    /** Takes a published letter down; it stays in the archive of the desk, with its history. */
    @Transactional
    public void unpublish(String reference, int version, long editorId, String why) {
        if (why == null || why.isBlank()) {
            throw new DomainException("Say why the letter is taken down.");
        }
        Letter letter = current(reference, version);
        Piece piece = pieces.ofLetter(letter).orElseThrow(() -> new DomainException(reference + " is not published."));
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
            throw new DomainException("Write the correction as readers will read it.");
        }
        Letter letter = current(reference, version);
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

    private Email publishedEmail(Letter letter, Piece piece) {
        boolean edited = letter.approvedRevision() != null
                && !letter.approvedRevision().body().equals(letter.originalBody());
        return MailTemplates.render(
                "published",
                letter.author().email(),
                letter.reference(),
                Map.of(
                        "name",
                        letter.author().name(),
                        "magazine",
                        settings.magazineName(),
                        "reference",
                        letter.reference(),
                        "where",
                        piece.issue() != null ? "in " + piece.issue().label() : "on our website",
                        "link",
                        config.baseUrl() + "/letters/" + piece.reference() + "/" + piece.slug(),
                        "edited",
                        edited
                                ? "We edited it for length and clarity, as letters pages must; your original is kept.\n\n"
                                : ""));
    }

    private void record(Letter letter, Account editor, Transition transition, String note) {
        if (editor != null) {
            events.record(letter, editor, LetterAction.PUBLISHED, transition, note);
        } else {
            events.recordBy(letter, LetterEvents.SYSTEM, LetterAction.PUBLISHED, transition, note + " (scheduled)");
        }
    }

    private void renumber(Issue issue) {
        List<Letter> page = new ArrayList<>(page(issue));
        page.sort(Comparator.comparing(
                l -> l.placement().map(PagePlacement::position).orElse(Integer.MAX_VALUE)));
        for (int i = 0; i < page.size(); i++) {
            page.get(i).moveOnPage(i + 1);
        }
    }

    private static boolean onPageOf(Issue issue, Letter letter) {
        return letter.placement()
                .filter(placement -> placement.isOn(issue.id()))
                .isPresent();
    }

    private void requireUnpublished(Issue issue) {
        if (issue.publishedAt() != null) {
            throw new DomainException("The letters page of " + issue.label() + " is published already.");
        }
    }

    private Issue issue(int number) {
        return issues.byNumber(number).orElseThrow(() -> new DomainException("There is no issue no. " + number + "."));
    }

    private Letter letter(String reference) {
        return letters.byReference(reference)
                .orElseThrow(() -> new DomainException("There is no letter " + reference + "."));
    }

    private Letter current(String reference, int version) {
        return staleLetters.current(reference, version);
    }

    private Account editor(long id) {
        return accounts.byId(id).orElseThrow(() -> new DomainException("Your account could not be found."));
    }
}
