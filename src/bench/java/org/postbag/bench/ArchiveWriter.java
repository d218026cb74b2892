package org.postbag.bench;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.postbag.bench.ArchivePlan.IssuePlan;
import org.postbag.bench.ArchivePlan.PieceRef;
import org.postbag.bench.ArchivePlan.Planned;
import org.postbag.letter.Flag;
import org.postbag.letter.LetterReference;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.LetterText;
import org.postbag.letter.MinHash;
import org.postbag.letter.Screening;
import org.postbag.publishing.Slug;

/**
 * Writes an {@link ArchivePlan} with one {@code COPY} per table, all at once. Every derived
 * value is computed by the application's own code (word counts, fingerprints, MinHash bands,
 * screening flags, slugs, references), so that the archive is what the application would have
 * stored had it taken these letters in one by one.
 */
final class ArchiveWriter {

    private static final String WRITER = "The writer";
    private static final String SYSTEM = "Postbag";
    private static final Screening.Rules RULES = new Screening.Rules(350, 3, List.of());
    private static final Duration CONTACT_RETENTION = Duration.ofDays(180);
    private static final String[] EDITOR_NAMES = {
        "Ruth Ackroyd", "Imran Sheikh", "Joan Pickering", "Owen Lloyd", "Nadia Brook"
    };

    private final BenchDatabase target;
    private final ArchivePlan plan;
    private final List<Long> editors;
    private final BenchText text = new BenchText();
    private final HexFormat hex = HexFormat.of();

    private long eventId;
    private long linkId;
    private long revisionId;
    private long approvalId;

    private CopyStream letters;
    private CopyStream pieces;
    private CopyStream links;
    private CopyStream events;
    private CopyStream flags;
    private CopyStream revisions;
    private CopyStream approvals;

    ArchiveWriter(BenchDatabase target, ArchivePlan plan, List<Long> editors) {
        this.target = target;
        this.plan = plan;
        this.editors = editors;
    }

    void write() throws SQLException {
        List<Connection> connections = new ArrayList<>();
        try {
            try (Connection connection = open(connections);
                    CopyStream issues = new CopyStream(
                            connection,
                            "issue",
                            "id",
                            "number",
                            "title",
                            "cover_date",
                            "version",
                            "page_budget_words",
                            "published_at")) {
                for (IssuePlan issue : plan.issues) {
                    issues.row(
                            issue.id,
                            issue.number,
                            issue.title,
                            issue.coverDate,
                            issue.publishedAt == null ? 0 : 2,
                            3000,
                            issue.publishedAt);
                }
            }
            letters = new CopyStream(
                    open(connections),
                    "letter",
                    "id",
                    "reference",
                    "status",
                    "author_name",
                    "author_town",
                    "author_email",
                    "name_withheld",
                    "subject",
                    "original_body",
                    "word_count",
                    "received_at",
                    "confirmed_at",
                    "version",
                    "contact_details",
                    "citation",
                    "submission_key",
                    "access_token_hash",
                    "body_hash",
                    "submitter_hash",
                    "claimed_by",
                    "claimed_at",
                    "minhash_bands",
                    "minhash_sketch",
                    "headline",
                    "approved_revision_id",
                    "page_issue_id",
                    "page_position",
                    "contact_purged_at");
            pieces = new CopyStream(
                    open(connections),
                    "piece",
                    "id",
                    "reference",
                    "kind",
                    "letter_id",
                    "slug",
                    "title",
                    "author_name",
                    "sign_off",
                    "author_email",
                    "issue_id",
                    "published_at",
                    "url",
                    "body",
                    "version",
                    "page_position",
                    "author_slug");
            links = new CopyStream(
                    open(connections),
                    "reply_link",
                    "id",
                    "letter_id",
                    "piece_id",
                    "status",
                    "source",
                    "created_at",
                    "version",
                    "evidence",
                    "confidence",
                    "decided_by",
                    "decided_at");
            events = new CopyStream(
                    open(connections),
                    "letter_event",
                    "id",
                    "letter_id",
                    "at",
                    "actor_id",
                    "actor_name",
                    "action",
                    "from_status",
                    "to_status",
                    "note");
            flags = new CopyStream(open(connections), "letter_flag", "letter_id", "kind", "reason");
            revisions = new CopyStream(
                    open(connections),
                    "letter_revision",
                    "id",
                    "letter_id",
                    "number",
                    "headline",
                    "body",
                    "sign_off",
                    "word_count",
                    "author_id",
                    "author_name",
                    "created_at",
                    "reason");
            approvals = new CopyStream(
                    open(connections),
                    "author_approval",
                    "id",
                    "letter_id",
                    "revision_id",
                    "token_hash",
                    "sent_by",
                    "sent_at",
                    "due_at",
                    "version");
            writeArticles();
            writeLetters();
            for (CopyStream stream : List.of(letters, pieces, links, events, flags, revisions, approvals)) {
                stream.close();
            }
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private Connection open(List<Connection> connections) throws SQLException {
        Connection connection = target.connect();
        connections.add(connection);
        try (var statement = connection.createStatement()) {
            statement.execute("SET synchronous_commit = off");
        }
        return connection;
    }

    private void writeArticles() throws SQLException {
        for (PieceRef article : plan.articles) {
            SplittableRandom random = new SplittableRandom(article.id * 7919);
            String body = LetterText.normalise(text.body(random, 500 + random.nextInt(700), null));
            String slug = Slug.of(article.title);
            pieces.row(
                    article.id,
                    articleReference(article),
                    "ARTICLE",
                    null,
                    slug,
                    article.title,
                    article.author,
                    article.author,
                    article.author.toLowerCase().replace(' ', '.') + "@staff.example.org",
                    article.issue.id,
                    article.issue.publishedAt,
                    "https://www.example.org/" + article.issue.number + "/" + slug,
                    body,
                    0,
                    null,
                    Slug.of(article.author));
        }
    }

    static String articleReference(PieceRef article) {
        return String.format(
                "A-%04d-%05d", article.issue.publishedAt.atZone(ZoneOffset.UTC).getYear(), article.id);
    }

    /** What costs time to work out for a letter: its text and everything derived from it. */
    private record Texts(String body, int words, List<Flag> flags, MinHash.Summary minhash, String fingerprint, String cut) {}

    private Texts texts(Planned letter) {
        SplittableRandom random = new SplittableRandom(letter.seed);
        PieceRef answers = letter.answers;
        String opening = answers != null && random.nextInt(10) < 7
                ? BenchText.opening(random, answers.title, answers.author, answers.issue.number)
                : null;
        String body = LetterText.normalise(text.body(random, letter.words, opening));
        return new Texts(
                body,
                LetterText.countWords(body),
                Screening.screen(body, RULES).flags(),
                MinHash.summarise(body),
                LetterText.fingerprint(body),
                letter.revised ? cut(body) : null);
    }

    /**
     * Texts are made by a few threads, a chunk ahead of the one being written, so that the
     * writing (one thread, in id order) seldom waits.
     */
    private void writeLetters() throws SQLException {
        int chunk = 4096;
        ForkJoinPool workers = new ForkJoinPool(3);
        try {
            Future<List<Texts>> next = workers.submit(() -> compute(0, chunk));
            for (int from = 0; from < plan.all.size(); from += chunk) {
                List<Texts> texts;
                try {
                    texts = next.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                int following = from + chunk;
                next = workers.submit(() -> compute(following, chunk));
                for (int i = 0; i < texts.size(); i++) {
                    writeLetter(plan.all.get(from + i), texts.get(i));
                }
                if (following / 100_000 != from / 100_000) {
                    System.out.println("[bench]          " + Math.min(following, plan.all.size()) + " letters written");
                }
            }
        } finally {
            workers.shutdown();
        }
    }

    private List<Texts> compute(int from, int count) {
        int to = Math.min(plan.all.size(), from + count);
        if (from >= to) {
            return List.of();
        }
        return plan.all.subList(from, to).parallelStream().map(this::texts).toList();
    }

    private void writeLetter(Planned letter, Texts texts) throws SQLException {
        SplittableRandom random = new SplittableRandom(letter.seed ^ 0x5DEECE66DL);
        String reference =
                LetterReference.format(letter.received.atZone(ZoneOffset.UTC).getYear(), letter.number);
        String name = ArchiveGenerator.authorName(letter.author);
        String town = ArchiveGenerator.authorTown(letter.author);
        String signOff = letter.withheld ? "Name and address supplied" : town.isBlank() ? name : name + ", " + town;
        PieceRef answers = letter.answers;
        String body = texts.body();
        int words = texts.words();
        String editorName = letter.editor < 0 ? null : EDITOR_NAMES[letter.editor];
        Long editorId = letter.editor < 0 ? null : editors.get(letter.editor);

        for (Flag flag : texts.flags()) {
            flags.row(letter.id, flag.kind().name(), flag.reason());
        }
        if (letter.spamOnArrival) {
            flags.row(letter.id, "HONEYPOT", "The hidden field that people do not see was filled in");
        }

        Long revision = null;
        String printed = body;
        String headline = null;
        int currentWords = words;
        if (letter.revised) {
            printed = texts.cut();
            headline = letter.subject;
            currentWords = LetterText.countWords(printed);
            revision = ++revisionId;
            Instant at = letter.confirmed.plus(Duration.between(letter.confirmed, letter.decided).dividedBy(2));
            revisions.row(
                    revision,
                    letter.id,
                    1,
                    headline,
                    printed,
                    signOff,
                    currentWords,
                    editorId,
                    editorName,
                    at,
                    "Cut to length");
            event(letter, at, editorId, editorName, "EDITED", null, null, "Cut to length");
        }

        List<Instant> times = new ArrayList<>();
        times.add(letter.received);
        event(letter, letter.received, null, WRITER, "SUBMITTED", null, null, null);
        if (letter.spamOnArrival) {
            event(letter, letter.received, null, SYSTEM, "MARKED_SPAM", LetterStatus.UNCONFIRMED, LetterStatus.SPAM, "Screening");
        }
        if (letter.confirmed != null) {
            times.add(letter.confirmed);
            event(letter, letter.confirmed, null, WRITER, "CONFIRMED", LetterStatus.UNCONFIRMED, LetterStatus.NEW, null);
        }
        if (letter.decided != null) {
            times.add(letter.decided);
        }
        switch (letter.status) {
            case REJECTED -> decision(letter, editorId, editorName, "REJECTED", LetterStatus.REJECTED);
            case SPAM -> {
                if (!letter.spamOnArrival) {
                    decision(letter, editorId, editorName, "MARKED_SPAM", LetterStatus.SPAM);
                }
            }
            case WITHDRAWN -> event(
                    letter, letter.decided, null, WRITER, "WITHDRAWN", LetterStatus.NEW, LetterStatus.WITHDRAWN, null);
            case HELD -> decision(letter, editorId, editorName, "HELD", LetterStatus.HELD);
            case WAITING_FOR_AUTHOR -> {
                decision(letter, editorId, editorName, "SENT_TO_AUTHOR", LetterStatus.WAITING_FOR_AUTHOR);
                approvals.row(
                        ++approvalId,
                        letter.id,
                        revision,
                        token(random),
                        editorName,
                        letter.decided,
                        letter.decided.plus(Duration.ofDays(5)),
                        0);
            }
            case APPROVED -> decision(letter, editorId, editorName, "APPROVED", LetterStatus.APPROVED);
            case SCHEDULED, PUBLISHED -> {
                decision(letter, editorId, editorName, "APPROVED", LetterStatus.APPROVED);
                Instant scheduled = letter.decided.plus(Duration.ofHours(1));
                event(
                        letter,
                        scheduled,
                        editorId,
                        editorName,
                        "SCHEDULED",
                        LetterStatus.APPROVED,
                        LetterStatus.SCHEDULED,
                        "On the page of " + letter.issue.label());
                if (letter.status == LetterStatus.PUBLISHED) {
                    times.add(letter.issue.publishedAt);
                    event(
                            letter,
                            letter.issue.publishedAt,
                            editorId,
                            editorName,
                            "PUBLISHED",
                            LetterStatus.SCHEDULED,
                            LetterStatus.PUBLISHED,
                            "In " + letter.issue.label());
                }
            }
            default -> {}
        }

        if (answers != null) {
            String source = "SUGGESTED".equals(letter.linkStatus) || random.nextInt(10) < 6
                    ? "READER"
                    : random.nextBoolean() ? "EDITOR" : "CITATION";
            boolean decided = !"SUGGESTED".equals(letter.linkStatus);
            links.row(
                    ++linkId,
                    letter.id,
                    answers.id,
                    letter.linkStatus,
                    source,
                    "EDITOR".equals(source) ? letter.decided : letter.received,
                    decided ? 1 : 0,
                    "CITATION".equals(source) ? "Names \u201c" + answers.title + "\u201d and no. " + answers.issue.number : null,
                    "CITATION".equals(source) ? 0.8 : null,
                    decided ? editorName : null,
                    decided ? letter.decided : null);
        }

        boolean published = letter.status == LetterStatus.PUBLISHED;
        if (published) {
            String authorName = letter.withheld ? null : name;
            pieces.row(
                    letter.piece.id,
                    reference,
                    "LETTER",
                    letter.id,
                    Slug.of(letter.subject),
                    letter.subject,
                    authorName,
                    signOff,
                    null,
                    letter.issue.id,
                    letter.issue.publishedAt,
                    null,
                    printed,
                    1,
                    letter.position,
                    authorName == null ? null : Slug.of(authorName));
        }

        boolean closed = published
                || letter.status == LetterStatus.REJECTED
                || letter.status == LetterStatus.SPAM
                || letter.status == LetterStatus.WITHDRAWN;
        Instant last = times.stream().max(Instant::compareTo).orElseThrow();
        boolean purged = closed && last.plus(CONTACT_RETENTION).isBefore(plan.anchor);
        boolean onPage = letter.status == LetterStatus.PUBLISHED || letter.status == LetterStatus.SCHEDULED;
        String contact = random.nextInt(10) < 3 ? (1 + random.nextInt(120)) + " Mill Lane, " + (town.isBlank() ? "Leeds" : town) : null;
        String citation = answers != null && random.nextInt(10) == 0
                ? "your piece on " + answers.title + ", no. " + answers.issue.number
                : null;
        letters.row(
                letter.id,
                reference,
                letter.status.name(),
                name,
                town,
                purged ? null : ArchiveGenerator.authorEmail(letter.author),
                letter.withheld,
                letter.subject,
                body,
                currentWords,
                letter.received,
                letter.confirmed,
                times.size(),
                purged ? null : contact,
                citation,
                hex.formatHex(longs(random, 2)),
                token(random),
                texts.fingerprint(),
                purged ? null : String.format("%064x", (long) letter.author * 0x9E3779B97F4A7C15L).substring(0, 64),
                letter.claimed ? editorId : null,
                letter.claimed ? plan.anchor.minus(Duration.ofMinutes(10 + random.nextInt(5000))) : null,
                texts.minhash().bands(),
                texts.minhash().sketch(),
                headline,
                onPage || letter.status == LetterStatus.APPROVED ? revision : null,
                onPage ? letter.issue.id : null,
                onPage ? letter.position : null,
                purged ? last.plus(CONTACT_RETENTION).plus(Duration.ofMinutes(30)) : null);
    }

    private void decision(Planned letter, Long editorId, String editorName, String action, LetterStatus to)
            throws SQLException {
        event(letter, letter.decided, editorId, editorName, action, LetterStatus.NEW, to, null);
    }

    private void event(
            Planned letter,
            Instant at,
            Long actorId,
            String actorName,
            String action,
            LetterStatus from,
            LetterStatus to,
            String note)
            throws SQLException {
        events.row(++eventId, letter.id, at, actorId, actorName, action, from, to, note);
    }

    /** What an editor leaves of a long letter: whole paragraphs up to about 250 words, or the first sentences. */
    static String cut(String body) {
        List<String> paragraphs = LetterText.paragraphs(body);
        StringBuilder kept = new StringBuilder();
        int words = 0;
        for (String paragraph : paragraphs) {
            int more = LetterText.countWords(paragraph);
            if (words > 0 && words + more > 250) {
                break;
            }
            kept.append(kept.length() == 0 ? "" : "\n\n").append(paragraph);
            words += more;
        }
        if (paragraphs.size() > 1 && kept.length() < body.length()) {
            return kept.toString();
        }
        String[] all = body.split("\\s+");
        int end = Math.max(30, (int) (all.length * 0.7));
        while (end < all.length && !all[end - 1].endsWith(".")) {
            end++;
        }
        return String.join(" ", Arrays.copyOf(all, Math.min(end, all.length)));
    }

    private String token(SplittableRandom random) {
        return hex.formatHex(longs(random, 4));
    }

    private static byte[] longs(SplittableRandom random, int count) {
        ByteBuffer bytes = ByteBuffer.allocate(count * 8);
        for (int i = 0; i < count; i++) {
            bytes.putLong(random.nextLong());
        }
        return bytes.array();
    }
}
