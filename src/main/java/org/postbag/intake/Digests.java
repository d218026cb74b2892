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
import java.util.function.IntFunction;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.Role;
import org.postbag.accounts.SectionScope;
import org.postbag.editing.AuthorApproval;
import org.postbag.house.Languages;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.mail.MailTemplates;
import org.postbag.infrastructure.mail.Outbox;
import org.postbag.infrastructure.web.Words;
import org.postbag.letter.Arrival;
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

    /** A day and time in an email, in the words of the editor's language ("4 May, 09:30", "4. Mai, 09:30"). */
    private static DateTimeFormatter when(Locale locale) {
        return DateTimeFormatter.ofPattern(Words.in(locale, "mail.digest.when"), locale);
    }

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

    @Inject
    private Languages languages;

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
            Locale locale = languageOf(editor);
            Digest digest = digestFor(
                    editor, since, now, newLettersSince.computeIfAbsent(since, from -> newLetters(from, now)), locale);
            alert.digestMadeOn(schedule.day(now));
            if (!digest.isEmpty()) {
                outbox.send(MailTemplates.render(
                        "digest", locale, editor.email(), null, values(editor, digest, since, schedule, locale)));
                sent++;
            }
        }
        return sent;
    }

    /** What one editor's digest would say for the time from {@code since} to {@code now}. */
    public Digest digestFor(Account editor, Instant since, Instant now) {
        return digestFor(editor, since, now, newLetters(since, now), languageOf(editor));
    }

    /** The language an editor's emails are written in: the one they chose, else the magazine's. */
    private Locale languageOf(Account editor) {
        return languages.chosenOr(editor.language().orElse(null)).locale();
    }

    /** A letter that entered the queue in the round's time, with the section it is in. */
    private record NewLetter(Long sectionId, Letter letter) {

        Digest.Line line(Locale locale) {
            return Digests.line(
                    letter,
                    Words.in(
                            locale,
                            "mail.digest.newLetter",
                            arrival(letter, locale),
                            letter.author().signOff()));
        }
    }

    /** How a letter arrived, in words: "by the form", "per E-Mail". */
    private static String arrival(Letter letter, Locale locale) {
        Arrival arrived = letter.provenance().arrivedBy();
        return Words.in(locale, "mail.arrival." + arrived.name());
    }

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
                .map(letter -> new NewLetter(letter.sectionId(), letter))
                .toList();
    }

    /** What one editor's digest says for the time from {@code since} to {@code now}, with the round's new letters. */
    private Digest digestFor(
            Account editor, Instant since, Instant now, List<NewLetter> roundsNewLetters, Locale locale) {
        ZoneId zone = schedule().zone();
        // A section editor hears of their sections' letters only, as their queue shows them.
        SectionScope scope = accounts.sectionScopeOf(editor.id());
        List<Digest.Line> newLetters = roundsNewLetters.stream()
                .filter(letter -> scope.includes(letter.sectionId()))
                .map(letter -> letter.line(locale))
                .toList();
        List<Digest.Line> waiting = em.createQuery(
                        "select l from Letter l where l.claim.editor.id = :editor and l.status in :open"
                                + " order by l.claim.at",
                        Letter.class)
                .setParameter("editor", editor.id())
                .setParameter("open", List.of(LetterStatus.NEW, LetterStatus.HELD))
                .getResultStream()
                .filter(letter -> scope.includes(letter.sectionId()))
                .map(letter -> line(
                        letter,
                        Words.in(locale, "mail.digest.status." + letter.status().name())))
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
                                ? Words.in(locale, "mail.digest.agreed")
                                : Words.in(locale, "mail.digest.declined")))
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
                        approval.letter(),
                        Words.in(
                                locale,
                                "mail.digest.due",
                                when(locale).format(approval.dueAt().atZone(zone)))))
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
                values.put("arrival", arrival(letter, languageOf(editor)));
                values.put("letterLink", config.baseUrl() + "/editor/letters/" + letter.reference());
                values.put("accountLink", config.baseUrl() + "/editor/account");
                outbox.send(MailTemplates.render(
                        "new-letter", languageOf(editor), editor.email(), letter.reference(), values));
            }
        }
    }

    private Map<String, Object> values(
            Account editor, Digest digest, Instant since, Digest.Schedule schedule, Locale locale) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", editor.displayName());
        values.put("magazine", settings.magazineName());
        values.put("since", when(locale).format(since.atZone(schedule.zone())));
        List<String> summary = new ArrayList<>();
        if (!digest.newLetters().isEmpty()) {
            summary.add(Words.in(
                    locale, "mail.digest.summary.new", digest.newLetters().size()));
        }
        if (!digest.waiting().isEmpty()) {
            summary.add(Words.in(
                    locale, "mail.digest.summary.waiting", digest.waiting().size()));
        }
        if (!digest.answers().isEmpty()) {
            summary.add(Words.in(
                    locale, "mail.digest.summary.answers", digest.answers().size()));
        }
        if (!digest.overdue().isEmpty()) {
            summary.add(Words.in(
                    locale, "mail.digest.summary.overdue", digest.overdue().size()));
        }
        values.put("summary", String.join(Words.in(locale, "mail.digest.summary.and"), summary));
        String none = Words.in(locale, "mail.digest.none");
        values.put("newCount", digest.newLetters().size());
        values.put("newLetters", Digest.list(digest.newLetters(), none, more(locale)));
        values.put("waitingCount", digest.waiting().size());
        values.put("waiting", Digest.list(digest.waiting(), none, more(locale)));
        values.put("answerCount", digest.answers().size());
        values.put("answers", Digest.list(digest.answers(), none, more(locale)));
        values.put("overdueCount", digest.overdue().size());
        values.put("overdue", Digest.list(digest.overdue(), none, more(locale)));
        values.put("queueLink", config.baseUrl() + "/editor/queue");
        values.put("accountLink", config.baseUrl() + "/editor/account");
        return values;
    }

    private static IntFunction<String> more(Locale locale) {
        return count -> Words.in(locale, "mail.digest.more", count);
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
