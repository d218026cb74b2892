package org.postbag.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
    public record Counts(int created, int updated, int unchanged) {
        boolean changedAnything() {
            return created + updated > 0;
        }
    }

    /**
     * Whether a batch moves the publication version on, which empties every server's cache of
     * public pages. Once a batch would empty it hundreds of times an import, so the runner
     * announces what its batches changed every few seconds and at the end instead; the pieces
     * are searchable and citable from their commit on either way (search and citation lookups
     * read the database, not the page cache).
     */
    public enum Announce {
        /** Not in this batch: the runner will announce it later. */
        NOT_YET,
        /** If this batch created or updated anything. */
        IF_CHANGED,
        /** Whatever this batch does: an earlier one changed something not announced yet. */
        ANYWAY
    }

    /** Every step of the plan in one transaction, without a job: a feed's few items. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Counts applyAll(ImportPlan plan, String source) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        em.setFlushMode(FlushModeType.COMMIT);
        BatchLookups known = new BatchLookups(em, issues, pieces, letters, plan, 0, plan.steps());
        for (int step = 0; step < plan.steps(); step++) {
            switch (step(plan, step, source, line -> LOG.warning(() -> source + ": " + line), known)) {
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

    /**
     * Runs steps {@code from} (the job's done count) up to {@code to}, with what they did; empty
     * if the job is no longer running.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Counts> apply(long jobId, ImportPlan plan, int from, int to, Announce announce) {
        ImportJob job = em.find(ImportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.status() != ImportJob.Status.RUNNING || job.doneSteps() != from) {
            return Optional.empty();
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        em.setFlushMode(FlushModeType.COMMIT);
        BatchLookups known = new BatchLookups(em, issues, pieces, letters, plan, from, to);
        for (int step = from; step < to; step++) {
            Outcome outcome = step(plan, step, "the file " + job.fileName(), job::note, known);
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        Counts counts = new Counts(created, updated, unchanged);
        if (announce == Announce.ANYWAY || announce == Announce.IF_CHANGED && counts.changedAnything()) {
            publicationState.changed();
        }
        job.advance(to - from, created, updated, unchanged, clock.instant());
        return Optional.of(counts);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long jobId, String reason) {
        ImportJob job = em.find(ImportJob.class, jobId);
        if (job != null && job.status() == ImportJob.Status.RUNNING) {
            job.fail(reason, clock.instant());
            announceStopped(job);
        }
    }

    /** A job that stops early announces what its last batches changed: the runner no longer will. */
    private void announceStopped(ImportJob job) {
        if (job.created() + job.updated() > 0) {
            publicationState.changed();
        }
    }

    private Outcome step(ImportPlan plan, int step, String from, Consumer<String> notes, BatchLookups known) {
        List<ImportPlan.PlannedIssue> planIssues = plan.issues();
        List<ImportPlan.PlannedArticle> articles = plan.articles();
        List<ImportPlan.PlannedLetter> planLetters = plan.letters();
        int index = step;
        if (index < planIssues.size()) {
            return issue(planIssues.get(index), known);
        }
        index -= planIssues.size();
        if (index < articles.size()) {
            return article(articles.get(index), known);
        }
        index -= articles.size();
        if (index < planLetters.size()) {
            return letter(planLetters.get(index), from, notes, known);
        }
        index -= planLetters.size();
        return link(planLetters.get(index), known);
    }

    private Outcome issue(ImportPlan.PlannedIssue planned, BatchLookups known) {
        if (known.issue(planned.number()).isPresent()) {
            return Outcome.UNCHANGED;
        }
        Issue issue = new Issue(planned.number(), planned.title(), planned.coverDate());
        issues.add(issue);
        known.added(issue);
        return Outcome.CREATED;
    }

    private Outcome article(ImportPlan.PlannedArticle planned, BatchLookups known) {
        Issue issue =
                planned.issue() == null ? null : known.issue(planned.issue()).orElseThrow();
        String url = planned.url() != null && WebAddress.isWeb(planned.url()) ? planned.url() : null;
        Map<String, ImportKey> keys = known.keys(planned.keys());
        String hash = planned.hash();
        if (!keys.isEmpty()) {
            Piece piece = keys.values().iterator().next().piece();
            boolean changed = remember(planned.keys(), keys, piece, hash, known);
            if (changed) {
                piece.reviseArticle(planned.title(), planned.author(), issue, planned.published(), url, planned.body());
                return Outcome.UPDATED;
            }
            return Outcome.UNCHANGED;
        }
        Piece article = Piece.article(
                known.nextArticleReference(
                        planned.published().atZone(ZoneOffset.UTC).getYear()),
                planned.title(),
                planned.author(),
                null,
                issue,
                planned.published(),
                url,
                planned.body());
        pieces.add(article);
        remember(planned.keys(), Map.of(), article, hash, known);
        return Outcome.CREATED;
    }

    private Outcome letter(ImportPlan.PlannedLetter planned, String from, Consumer<String> notes, BatchLookups known) {
        Map<String, ImportKey> keys = known.keys(planned.keys());
        String hash = planned.hash();
        String headline = planned.headline() != null ? planned.headline() : LetterText.firstWords(planned.body(), 8);
        if (!keys.isEmpty()) {
            Piece piece = keys.values().iterator().next().piece();
            if (remember(planned.keys(), keys, piece, hash, known)) {
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
        Issue issue =
                planned.issue() == null ? null : known.issue(planned.issue()).orElseThrow();
        Instant received = planned.received();
        Letter letter = new Letter(
                known.nextLetterReference(received),
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
        remember(planned.keys(), Map.of(), piece, hash, known);
        return Outcome.CREATED;
    }

    private Outcome link(ImportPlan.PlannedLetter planned, BatchLookups known) {
        if (planned.replyTo() == null) {
            return Outcome.UNCHANGED;
        }
        Optional<Piece> from = known.keys(planned.keys()).values().stream()
                .map(ImportKey::piece)
                .findFirst();
        Optional<Piece> to = known.keys(List.of(planned.replyTo())).values().stream()
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

    /** Records every key of the piece; true if the source changed since it was last imported. */
    private boolean remember(
            List<String> sourceKeys, Map<String, ImportKey> found, Piece piece, String hash, BatchLookups known) {
        boolean changed = false;
        for (String sourceKey : sourceKeys) {
            ImportKey key = found.get(sourceKey);
            if (key == null) {
                ImportKey added = new ImportKey(sourceKey, piece, hash);
                em.persist(added);
                known.added(added);
            } else {
                changed |= key.saysNow(hash);
            }
        }
        return changed;
    }
}
