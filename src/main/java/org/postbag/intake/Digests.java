package org.postbag.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.Role;
import org.postbag.accounts.SectionScope;
import org.postbag.editing.AuthorApproval;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.mail.MailTemplates;
import org.postbag.infrastructure.mail.Outbox;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterEvent;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.LetterText;

/**
 * What editors hear about their postbag: the daily digest ({@link Digest}), made once a local
 * day from {@code POSTBAG_DIGEST_HOUR} (7 unless set) in {@code POSTBAG_TIME_ZONE}, and, for
 * those who ask, an email on each new letter. Each editor chooses on their account page.
 */
@ApplicationScoped
public class Digests {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM, HH:mm", Locale.UK);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Outbox outbox;

    @Inject
    private Settings settings;

    @Inject
    private Config config;

    public Digest.Schedule schedule() {
        return new Digest.Schedule(
                ZoneId.of(config.string("POSTBAG_TIME_ZONE", "Europe/London")),
                config.integer("POSTBAG_DIGEST_HOUR", 7));
    }

    /** The editor's choices, the defaults if they never chose. */
    public EditorAlert choicesOf(long accountId) {
        EditorAlert alert = em.find(EditorAlert.class, accountId);
        return alert != null ? alert : new EditorAlert(accountId);
    }

    @Transactional
    public void choose(long accountId, boolean dailyDigest, boolean eachNewLetter) {
        alertOf(accountId).choose(dailyDigest, eachNewLetter);
    }

    /**
     * Makes the digest of every editor who is due one at {@code now} (the timer passes the
     * clock's time; tests pass theirs) and sends those with something in them.
     *
     * @return how many were sent
     */
    @Transactional
    public int sendDue(Instant now) {
        Digest.Schedule schedule = schedule();
        // The new letters are the same for every editor whose last digest was on the same day
        // (nearly always all of them): read once per round, not once per editor.
        Map<Instant, List<NewLetter>> newLettersSince = new HashMap<>();
        int sent = 0;
        for (Account editor : editors()) {
            EditorAlert alert = alertOf(editor.id());
            if (!alert.dailyDigest() || !schedule.isDue(alert.lastDigestOn(), now)) {
                continue;
            }
            Instant since = schedule.since(alert.lastDigestOn(), now);
            Digest digest = digestFor(
                    editor, since, now, newLettersSince.computeIfAbsent(since, from -> newLetters(from, now)));
            alert.digestMadeOn(schedule.day(now));
            if (!digest.isEmpty()) {
                outbox.send(
                        MailTemplates.render("digest", editor.email(), null, values(editor, digest, since, schedule)));
                sent++;
            }
        }
        return sent;
    }

    /** What one editor's digest would say for the time from {@code since} to {@code now}. */
    public Digest digestFor(Account editor, Instant since, Instant now) {
        return digestFor(editor, since, now, newLetters(since, now));
    }

    /** A letter that entered the queue in the round's time, with the section it is in. */
    private record NewLetter(Long sectionId, Digest.Line line) {}

    /** The letters that entered the queue from {@code since} to {@code now} and are still open. */
    private List<NewLetter> newLetters(Instant since, Instant now) {
        return em.createQuery(
                        "select l from Letter l where l.confirmedAt > :since and l.confirmedAt <= :now"
                                + " and l.status in :open order by l.confirmedAt desc",
                        Letter.class)
                .setParameter("since", since)
                .setParameter("now", now)
                .setParameter("open", List.of(LetterStatus.NEW, LetterStatus.HELD))
                .setMaxResults(Digest.LISTED + 500)
                .getResultStream()
                .map(letter -> new NewLetter(
                        letter.sectionId(),
                        line(
                                letter,
                                "by " + letter.provenance().arrivedBy().label() + ", "
                                        + letter.author().signOff())))
                .toList();
    }

    /** What one editor's digest says for the time from {@code since} to {@code now}, with the round's new letters. */
    private Digest digestFor(Account editor, Instant since, Instant now, List<NewLetter> roundsNewLetters) {
        ZoneId zone = schedule().zone();
        // A section editor hears of their sections' letters only, as their queue shows them.
        SectionScope scope = accounts.sectionScopeOf(editor.id());
        List<Digest.Line> newLetters = roundsNewLetters.stream()
                .filter(letter -> scope.includes(letter.sectionId()))
                .map(NewLetter::line)
                .toList();
        List<Digest.Line> waiting = em.createQuery(
                        "select l from Letter l where l.claim.editor.id = :editor and l.status in :open"
                                + " order by l.claim.at",
                        Letter.class)
                .setParameter("editor", editor.id())
                .setParameter("open", List.of(LetterStatus.NEW, LetterStatus.HELD))
                .getResultStream()
                .filter(letter -> scope.includes(letter.sectionId()))
                .map(letter -> line(letter, letter.status().label()))
                .toList();
        List<Digest.Line> answers = em.createQuery(
                        "select a from AuthorApproval a join fetch a.letter where a.sentBy = :name"
                                + " and a.answeredAt > :since and a.answeredAt <= :now order by a.answeredAt",
                        AuthorApproval.class)
                .setParameter("name", editor.displayName())
                .setParameter("since", since)
                .setParameter("now", now)
                .getResultStream()
                .filter(approval -> scope.includes(approval.letter().sectionId()))
                .map(approval -> line(
                        approval.letter(),
                        approval.answer() == AuthorApproval.Answer.ACCEPTED
                                ? "the writer agreed"
                                : "the writer declined"))
                .toList();
        List<Digest.Line> overdue = em.createQuery(
                        "select a from AuthorApproval a join fetch a.letter where a.sentBy = :name"
                                + " and a.answer is null and a.dueAt < :now order by a.dueAt",
                        AuthorApproval.class)
                .setParameter("name", editor.displayName())
                .setParameter("now", now)
                .getResultStream()
                .filter(approval -> approval.letter().status() == LetterStatus.WAITING_FOR_AUTHOR)
                .filter(approval -> scope.includes(approval.letter().sectionId()))
                .map(approval -> line(
                        approval.letter(), "due " + WHEN.format(approval.dueAt().atZone(zone))))
                .toList();
        return new Digest(newLetters, waiting, answers, overdue);
    }

    /** An email to each editor who asked for one, when a letter enters the queue (in the same transaction). */
    void eachNewLetter(@Observes LetterEvent event) {
        if (event.action() != LetterAction.CONFIRMED) {
            return;
        }
        List<Long> asked = em.createQuery(
                        "select a.accountId from EditorAlert a where a.eachNewLetter = true", Long.class)
                .getResultList();
        if (asked.isEmpty()) {
            return;
        }
        Letter letter = event.letter();
        for (Account editor : editors()) {
            if (asked.contains(editor.id())
                    && accounts.sectionScopeOf(editor.id()).includes(letter.sectionId())) {
                Map<String, Object> values = new HashMap<>();
                values.put("name", editor.displayName());
                values.put("magazine", settings.magazineName());
                values.put("reference", letter.reference());
                values.put("title", title(letter));
                values.put("writer", letter.author().signOff());
                values.put("arrival", letter.provenance().arrivedBy().label());
                values.put("letterLink", config.baseUrl() + "/editor/letters/" + letter.reference());
                values.put("accountLink", config.baseUrl() + "/editor/account");
                outbox.send(MailTemplates.render("new-letter", editor.email(), letter.reference(), values));
            }
        }
    }

    private Map<String, Object> values(Account editor, Digest digest, Instant since, Digest.Schedule schedule) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", editor.displayName());
        values.put("magazine", settings.magazineName());
        values.put("since", WHEN.format(since.atZone(schedule.zone())));
        List<String> summary = new ArrayList<>();
        if (!digest.newLetters().isEmpty()) {
            summary.add(digest.newLetters().size() + " new");
        }
        if (!digest.waiting().isEmpty()) {
            summary.add(digest.waiting().size() + " held by you");
        }
        if (!digest.answers().isEmpty()) {
            summary.add(digest.answers().size() + " answered");
        }
        if (!digest.overdue().isEmpty()) {
            summary.add(digest.overdue().size() + " overdue");
        }
        values.put("summary", String.join(", ", summary));
        values.put("newCount", digest.newLetters().size());
        values.put("newLetters", Digest.list(digest.newLetters()));
        values.put("waitingCount", digest.waiting().size());
        values.put("waiting", Digest.list(digest.waiting()));
        values.put("answerCount", digest.answers().size());
        values.put("answers", Digest.list(digest.answers()));
        values.put("overdueCount", digest.overdue().size());
        values.put("overdue", Digest.list(digest.overdue()));
        values.put("queueLink", config.baseUrl() + "/editor/queue");
        values.put("accountLink", config.baseUrl() + "/editor/account");
        return values;
    }

    private List<Account> editors() {
        return accounts.all().stream()
                .filter(account -> account.has(Role.EDITOR) && !account.isDisabled() && !account.isPending())
                .toList();
    }

    private EditorAlert alertOf(long accountId) {
        EditorAlert alert = em.find(EditorAlert.class, accountId);
        if (alert == null) {
            alert = new EditorAlert(accountId);
            em.persist(alert);
        }
        return alert;
    }

    private static Digest.Line line(Letter letter, String detail) {
        return new Digest.Line(letter.reference(), title(letter), detail);
    }

    private static String title(Letter letter) {
        if (letter.revisions().headline() != null) {
            return letter.revisions().headline();
        }
        return letter.subject() != null ? letter.subject() : LetterText.firstWords(letter.originalBody(), 8);
    }
}
