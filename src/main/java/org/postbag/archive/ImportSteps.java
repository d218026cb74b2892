package org.postbag.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.postbag.archive.wxr.ImportPlan;
import org.postbag.infrastructure.web.PublicationState;
import org.postbag.letter.Author;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterEvents;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.LetterText;
import org.postbag.letter.Letters;
import org.postbag.letter.MinHash;
import org.postbag.letter.Transition;
import org.postbag.linking.ReplyLink;
import org.postbag.linking.ReplyLinkSource;
import org.postbag.publishing.Issue;
import org.postbag.publishing.Issues;
import org.postbag.publishing.Piece;
import org.postbag.publishing.Pieces;
import org.postbag.publishing.WebAddress;

/**
 * Applies an import plan a batch of steps at a time, each batch in a transaction of its own
 * that also moves the job on, so that a job resumed after a restart starts with the first step
 * not committed. Every step looks its piece up by the source's keys first: a step done twice
 * (the same file imported again) changes nothing, and an edited source updates the piece in
 * place, keeping its reference and every link to it.
 */
@ApplicationScoped
public class ImportSteps {

    private static final Logger LOG = Logger.getLogger(ImportSteps.class.getName());

    static final String IMPORTER = "Import";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Issues issues;

    @Inject
    private Pieces pieces;

    @Inject
    private Letters letters;

    @Inject
    private LetterEvents events;

    @Inject
    private PublicationState publicationState;

    @Inject
    private Clock clock;

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** What a run of steps did. */
    public record Counts(int created, int updated, int unchanged) {}

    /** Every step of the plan in one transaction, without a job: a feed's few items. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Counts applyAll(ImportPlan plan, String source) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int step = 0; step < plan.steps(); step++) {
            switch (step(plan, step, source, line -> LOG.warning(() -> source + ": " + line))) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        if (created + updated > 0) {
            publicationState.changed();
        }
        return new Counts(created, updated, unchanged);
    }

    /** Runs steps {@code from} (the job's done count) up to {@code to}; false if the job is no longer running. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean apply(long jobId, ImportPlan plan, int from, int to) {
        ImportJob job = em.find(ImportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.status() != ImportJob.Status.RUNNING || job.doneSteps() != from) {
            return false;
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int step = from; step < to; step++) {
            Outcome outcome = step(plan, step, "the file " + job.fileName(), job::note);
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        if (created + updated > 0) {
            publicationState.changed();
        }
        job.advance(to - from, created, updated, unchanged, clock.instant());
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long jobId, String reason) {
        ImportJob job = em.find(ImportJob.class, jobId);
        if (job != null && job.status() == ImportJob.Status.RUNNING) {
            job.fail(reason, clock.instant());
        }
    }

    private Outcome step(ImportPlan plan, int step, String from, Consumer<String> notes) {
        List<ImportPlan.PlannedIssue> planIssues = plan.issues();
        List<ImportPlan.PlannedArticle> articles = plan.articles();
        List<ImportPlan.PlannedLetter> planLetters = plan.letters();
        int index = step;
        if (index < planIssues.size()) {
            return issue(planIssues.get(index));
        }
        index -= planIssues.size();
        if (index < articles.size()) {
            return article(articles.get(index));
        }
        index -= articles.size();
        if (index < planLetters.size()) {
            return letter(planLetters.get(index), from, notes);
        }
        index -= planLetters.size();
        return link(planLetters.get(index));
    }

    private Outcome issue(ImportPlan.PlannedIssue planned) {
        if (issues.byNumber(planned.number()).isPresent()) {
            return Outcome.UNCHANGED;
        }
        issues.add(new Issue(planned.number(), planned.title(), planned.coverDate()));
        return Outcome.CREATED;
    }

    private Outcome article(ImportPlan.PlannedArticle planned) {
        Issue issue = planned.issue() == null
                ? null
                : issues.byNumber(planned.issue()).orElseThrow();
        String url = planned.url() != null && WebAddress.isWeb(planned.url()) ? planned.url() : null;
        Map<String, ImportKey> known = keys(planned.keys());
        String hash = planned.hash();
        if (!known.isEmpty()) {
            Piece piece = known.values().iterator().next().piece();
            boolean changed = remember(planned.keys(), known, piece, hash);
            if (changed) {
                piece.reviseArticle(planned.title(), planned.author(), issue, planned.published(), url, planned.body());
                return Outcome.UPDATED;
            }
            return Outcome.UNCHANGED;
        }
        Piece article = Piece.article(
                pieces.nextArticleReference(
                        planned.published().atZone(ZoneOffset.UTC).getYear()),
                planned.title(),
                planned.author(),
                null,
                issue,
                planned.published(),
                url,
                planned.body());
        pieces.add(article);
        remember(planned.keys(), Map.of(), article, hash);
        return Outcome.CREATED;
    }

    private Outcome letter(ImportPlan.PlannedLetter planned, String from, Consumer<String> notes) {
        Map<String, ImportKey> known = keys(planned.keys());
        String hash = planned.hash();
        String headline = planned.headline() != null ? planned.headline() : LetterText.firstWords(planned.body(), 8);
        if (!known.isEmpty()) {
            Piece piece = known.values().iterator().next().piece();
            if (remember(planned.keys(), known, piece, hash)) {
                piece.printAs(headline, planned.name(), planned.signOff(), planned.body());
                return Outcome.UPDATED;
            }
            return Outcome.UNCHANGED;
        }
        if (planned.body().length() > Letter.MAX_BODY
                || planned.name().length() > Author.MAX_NAME
                || planned.town().length() > Author.MAX_TOWN) {
            notes.accept("Not placed: the letter signed " + planned.signOff() + " (" + planned.source()
                    + ") is longer than a letter may be");
            return Outcome.UNCHANGED;
        }
        Issue issue = planned.issue() == null
                ? null
                : issues.byNumber(planned.issue()).orElseThrow();
        Instant received = planned.received();
        Letter letter = new Letter(
                letters.nextReference(received),
                new Author(planned.name(), planned.town(), planned.email()),
                false,
                null,
                planned.body(),
                received);
        letter.provenance().fingerprint(MinHash.summarise(planned.body()));
        letters.add(letter);
        letter.confirm(received);
        letter.approve();
        letter.publish();
        events.recordBy(
                letter,
                IMPORTER,
                LetterAction.PUBLISHED,
                new Transition(LetterStatus.NEW, LetterStatus.PUBLISHED),
                "Imported from " + from + " (" + planned.source() + ")");
        Piece piece = Piece.letter(letter, headline, planned.name(), planned.signOff(), planned.body(), null);
        Instant published =
                issue != null ? issue.coverDate().atStartOfDay(ZoneOffset.UTC).toInstant() : received;
        piece.publish(published.isBefore(received) ? received : published);
        pieces.add(piece);
        if (issue != null) {
            letter.placeOnPage(issue.id(), planned.position());
            piece.placeIn(issue, planned.position());
            if (issue.publishedAt() == null) {
                issue.published(piece.publishedAt());
            }
        }
        remember(planned.keys(), Map.of(), piece, hash);
        return Outcome.CREATED;
    }

    private Outcome link(ImportPlan.PlannedLetter planned) {
        if (planned.replyTo() == null) {
            return Outcome.UNCHANGED;
        }
        Optional<Piece> from =
                keys(planned.keys()).values().stream().map(ImportKey::piece).findFirst();
        Optional<Piece> to = keys(List.of(planned.replyTo())).values().stream()
                .map(ImportKey::piece)
                .findFirst();
        if (from.isEmpty()
                || to.isEmpty()
                || from.get().letter() == null
                || from.get().equals(to.get())) {
            return Outcome.UNCHANGED;
        }
        Letter letter = from.get().letter();
        boolean linked = !em.createQuery(
                        "select r.id from ReplyLink r where r.letter = :letter and r.piece = :piece", Long.class)
                .setParameter("letter", letter)
                .setParameter("piece", to.get())
                .getResultList()
                .isEmpty();
        if (linked) {
            return Outcome.UNCHANGED;
        }
        em.persist(ReplyLink.confirmed(letter, to.get(), ReplyLinkSource.EDITOR, clock.instant())
                .because("A reply in the comment thread of the imported site", 1.0));
        return Outcome.CREATED;
    }

    private Map<String, ImportKey> keys(List<String> sourceKeys) {
        Map<String, ImportKey> found = new HashMap<>();
        em.createNamedQuery("ImportKey.of", ImportKey.class)
                .setParameter("keys", sourceKeys)
                .getResultList()
                .forEach(key -> found.put(key.sourceKey(), key));
        return found;
    }

    /** Records every key of the piece; true if the source changed since it was last imported. */
    private boolean remember(List<String> sourceKeys, Map<String, ImportKey> known, Piece piece, String hash) {
        boolean changed = false;
        for (String sourceKey : sourceKeys) {
            ImportKey key = known.get(sourceKey);
            if (key == null) {
                em.persist(new ImportKey(sourceKey, piece, hash));
            } else {
                changed |= key.saysNow(hash);
            }
        }
        return changed;
    }
}
