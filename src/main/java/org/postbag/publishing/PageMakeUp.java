package org.postbag.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.SectionScope;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAccess;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterEvents;
import org.postbag.letter.LetterText;
import org.postbag.letter.PagePlacement;
import org.postbag.letter.Revision;
import org.postbag.letter.UnsettledLinks;

/**
 * Making up an issue's letters page before it is published: which approved letters go on it,
 * in what order and under which headlines, the page's word budget and when it goes out. Every
 * change to a page takes the issue's version, so that two editors making up the same page
 * find out rather than overwrite each other. Publishing the page is {@link Publishing}'s.
 */
@ApplicationScoped
public class PageMakeUp {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Issues issues;

    @Inject
    private LetterAccess access;

    @Inject
    private Accounts accounts;

    @Inject
    private LetterEvents events;

    @Inject
    private UnsettledLinks unsettledLinks;

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

    /** Approved letters on no page yet, oldest first: those the editor may see (a section editor's, theirs). */
    public List<Letter> waiting(long editorId) {
        SectionScope scope = access.scopeOf(editorId);
        if (scope.isLimited() && scope.sections().isEmpty()) {
            return List.of();
        }
        TypedQuery<Letter> query = em.createQuery(
                "select l from Letter l where l.status = org.postbag.letter.LetterStatus.APPROVED"
                        + " and l.placement.issueId is null"
                        + (scope.all() ? "" : " and l.sectionId in :sections")
                        + " order by l.receivedAt",
                Letter.class);
        if (scope.isLimited()) {
            query.setParameter("sections", scope.sections());
        }
        return query.setMaxResults(500).getResultList();
    }

    @Transactional
    public void addToPage(int issueNumber, String reference, long editorId) {
        Issue issue = issue(issueNumber);
        requireUnpublished(issue);
        Letter letter = letter(reference, editorId);
        unsettledLinks.requireSettled(letter, "put on the page");
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
        Letter letter = letter(reference, editorId);
        if (!onPageOf(issue, letter)) {
            throw DomainException.of("makeup.refused.notOnPage", reference, issue.number(), issue.title());
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
    public void move(int issueNumber, String reference, int step, long editorId) {
        letter(reference, editorId);
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
        Letter letter = letter(reference, editorId);
        if (!onPageOf(issue, letter)) {
            throw DomainException.of("makeup.refused.notOnPage", reference, issue.number(), issue.title());
        }
        String wanted = headline == null ? "" : LetterText.normaliseLine(headline);
        if (wanted.isEmpty()) {
            throw DomainException.of("makeup.refused.headlineEmpty", reference);
        }
        if (wanted.length() > Revision.Text.MAX_HEADLINE) {
            throw DomainException.of("makeup.refused.headlineLong", reference, Revision.Text.MAX_HEADLINE);
        }
        if (letter.revisions().latest() != null
                && letter.revisions().latest() != letter.revisions().approved()) {
            throw DomainException.of("makeup.refused.headlineUnapprovedEdit", reference);
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
        scheduleFor(issueNumber, at, false);
    }

    /**
     * Sets the time the page goes out by itself ({@code null} cancels it). A page over its word
     * budget is scheduled only when the editor has seen the warning and goes on
     * ({@code overBudgetAccepted}), as when publishing now: at the set time nobody is asked.
     */
    @Transactional
    public void schedule(int issueNumber, Instant at, boolean overBudgetAccepted) {
        scheduleFor(issueNumber, at, overBudgetAccepted);
    }

    @Transactional
    public void schedule(int issueNumber, Instant at, long editorId) {
        schedule(issueNumber, at, editorId, false);
    }

    /** As above, for an editor: a section editor schedules only a page that holds nothing but their sections' letters. */
    @Transactional
    public void schedule(int issueNumber, Instant at, long editorId, boolean overBudgetAccepted) {
        requireWholePageInScope(issue(issueNumber), editorId, "schedule");
        scheduleFor(issueNumber, at, overBudgetAccepted);
    }

    /**
     * An issue's page is one page, and every editor sees all of it; but publishing, scheduling or taking down the page
     * acts on every letter on it, so an editor limited to some sections may do so only when all its letters are in them.
     */
    public void requireWholePageInScope(Issue issue, long editorId, String verb) {
        List<String> others = page(issue).stream()
                .filter(letter -> !access.mayOpen(letter, editorId))
                .map(Letter::reference)
                .toList();
        if (!others.isEmpty()) {
            throw DomainException.of(
                    "makeup.refused.otherSections." + verb, issue.number(), issue.title(), others.size());
        }
    }

    private void scheduleFor(int issueNumber, Instant at, boolean overBudgetAccepted) {
        if (at != null && at.isBefore(clock.instant())) {
            throw DomainException.of("makeup.refused.past");
        }
        Issue issue = issue(issueNumber);
        if (at != null && !overBudgetAccepted) {
            int words = words(page(issue));
            if (isOverBudget(issue, words)) {
                throw DomainException.of(
                        "makeup.refused.overBudget.schedule",
                        words,
                        words - issue.pageBudgetWords(),
                        issue.pageBudgetWords());
            }
        }
        issue.scheduleFor(at);
    }

    /** The words a page prints: the approved text of each letter. */
    public static int words(List<Letter> page) {
        return page.stream()
                .mapToInt(letter -> LetterText.countWords(letter.textForPrint().body()))
                .sum();
    }

    public static boolean isOverBudget(Issue issue, int words) {
        return issue.pageBudgetWords() != null && words > issue.pageBudgetWords();
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

    static void requireUnpublished(Issue issue) {
        if (issue.publishedAt() != null) {
            throw DomainException.of("makeup.refused.publishedAlready", issue.number(), issue.title());
        }
    }

    /** The issue with this number, or a message that there is none. */
    public Issue issue(int number) {
        return issues.byNumber(number).orElseThrow(() -> DomainException.of("makeup.refused.noSuchIssue", number));
    }

    /** The letter, if the editor may act on it (an editor limited to sections, only theirs). */
    private Letter letter(String reference, long editorId) {
        return access.require(reference, editorId);
    }

    private Account editor(long id) {
        return accounts.byId(id).orElseThrow(() -> DomainException.of("publishing.refused.noAccount"));
    }
}
