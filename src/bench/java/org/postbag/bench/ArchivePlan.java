package org.postbag.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.postbag.letter.LetterStatus;

/**
 * What the archive will hold, decided before a row is written: weekly issues, three articles
 * each, debates (threads of 1 to 40 published letters) that run over several issues, 30 letters
 * on every letters page, and the far larger postbag of letters that were rejected, marked as
 * spam, withdrawn, or still wait for the desk. Deterministic for a given size.
 */
final class ArchivePlan {

    static final int PAGE = 30;
    static final int ARTICLES_PER_ISSUE = 3;
    static final Duration WEEK = Duration.ofDays(7);

    /** An issue of the magazine. The last two have no published page: one made up, one empty. */
    static final class IssuePlan {
        long id;
        int number;
        LocalDate coverDate;
        Instant publishedAt;
        String title;
        final List<Planned> page = new ArrayList<>();

        String label() {
            return "no. " + number + ", " + title;
        }
    }

    /** A piece a letter can answer: an article, or a letter once printed. */
    static final class PieceRef {
        long id;
        String title;
        String author;
        IssuePlan issue;
        ThreadPlan thread;
    }

    static final class ThreadPlan {
        PieceRef root;
        int size;
        int placed;
        final List<PieceRef> printed = new ArrayList<>();
    }

    /** One letter. */
    static final class Planned {
        long id;
        long number;
        LetterStatus status;
        Instant received;
        Instant confirmed;
        Instant decided;
        int author;
        int words;
        long seed;
        boolean withheld;
        boolean spamOnArrival;
        String subject;
        IssuePlan issue;
        int position;
        PieceRef piece;
        PieceRef answers;
        String linkStatus;
        boolean revised;
        int editor = -1;
        boolean claimed;
    }

    final int letters;
    final int authors;
    final Instant anchor;
    final List<IssuePlan> issues = new ArrayList<>();
    final List<PieceRef> articles = new ArrayList<>();
    final List<Planned> all = new ArrayList<>();
    final List<ThreadPlan> threads = new ArrayList<>();
    ThreadPlan benchThread;

    private final SplittableRandom random;

    ArchivePlan(int letters, Instant anchor, long seed) {
        this.letters = letters;
        this.anchor = anchor;
        this.authors = Math.max(200, letters / 4);
        this.random = new SplittableRandom(seed);
        planIssues(Math.max(20, letters / 500));
        planPages();
        planPostbag(letters - all.size());
        all.sort(Comparator.comparing((Planned p) -> p.received));
        for (int i = 0; i < all.size(); i++) {
            all.get(i).id = i + 1;
            all.get(i).number = i + 1;
        }
    }

    private void planIssues(int count) {
        DateTimeFormatter title = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
        Instant lastPublished = anchor.minus(Duration.ofDays(3));
        int published = count - 2;
        long pieceId = 0;
        for (int i = 0; i < count; i++) {
            IssuePlan issue = new IssuePlan();
            issue.id = i + 1;
            issue.number = i + 1;
            Instant out = lastPublished.minus(WEEK.multipliedBy(published - 1 - i));
            issue.coverDate = out.plus(Duration.ofDays(2)).atZone(ZoneOffset.UTC).toLocalDate();
            issue.title = title.format(issue.coverDate);
            issue.publishedAt = i < published ? out : null;
            issues.add(issue);
            if (i < published) {
                for (int a = 0; a < ARTICLES_PER_ISSUE; a++) {
                    PieceRef article = new PieceRef();
                    article.id = ++pieceId;
                    article.title = BenchText.articleTitle(random);
                    article.author =
                            BenchText.pick(random, BenchText.FIRST_NAMES) + " " + BenchText.pick(random, BenchText.SURNAMES);
                    article.issue = issue;
                    articles.add(article);
                }
            }
        }
    }

    /** Fills every letters page from the open debates, oldest debate first. */
    private void planPages() {
        Deque<ThreadPlan> open = new ArrayDeque<>();
        long pieceId = articles.size();
        int published = issues.size() - 2;
        for (int i = 0; i <= published; i++) {
            IssuePlan issue = issues.get(i);
            List<ThreadPlan> starting = new ArrayList<>();
            if (i < published) {
                for (PieceRef article : articles.subList(i * ARTICLES_PER_ISSUE, (i + 1) * ARTICLES_PER_ISSUE)) {
                    boolean bench = i == published / 3 && starting.isEmpty();
                    starting.add(thread(article, bench ? PAGE : threadSize()));
                    if (bench) {
                        benchThread = starting.get(0);
                    }
                }
            }
            if (open.remove(benchThread)) {
                open.addFirst(benchThread);
            }
            while (issue.page.size() < PAGE) {
                if (open.isEmpty()) {
                    if (i == 0) {
                        break;
                    }
                    PieceRef older = articles.get(random.nextInt(i * ARTICLES_PER_ISSUE));
                    open.add(thread(older, threadSize()));
                }
                ThreadPlan thread = open.peekFirst();
                int take = Math.min(thread.size - thread.placed, 1 + random.nextInt(5));
                take = Math.min(take, PAGE - issue.page.size());
                List<PieceRef> before = thread.printed.stream()
                        .filter(p -> p.issue != issue)
                        .toList();
                for (int k = 0; k < take; k++) {
                    issue.page.add(printed(issue, thread, before, ++pieceId, i < published));
                }
                thread.placed += take;
                open.pollFirst();
                if (thread.placed < thread.size) {
                    open.addLast(thread);
                }
            }
            open.addAll(starting);
        }
        if (benchThread == null || benchThread.printed.size() != PAGE) {
            throw new IllegalStateException("the benchmark's debate did not reach " + PAGE + " printed letters");
        }
    }

    private ThreadPlan thread(PieceRef root, int size) {
        ThreadPlan thread = new ThreadPlan();
        thread.root = root;
        thread.size = size;
        threads.add(thread);
        return thread;
    }

    /** 1 to 40 letters, most debates short. */
    private int threadSize() {
        double u = random.nextDouble();
        return 1 + (int) (39 * u * u * u);
    }

    private Planned printed(IssuePlan issue, ThreadPlan thread, List<PieceRef> before, long pieceId, boolean out) {
        Planned letter = new Planned();
        letter.seed = random.nextLong();
        letter.author = author();
        letter.words = Math.min(words(), random.nextInt(10) == 0 ? 800 : 420);
        letter.withheld = random.nextInt(30) == 0;
        letter.subject = BenchText.subject(random);
        letter.issue = issue;
        letter.position = issue.page.size() + 1;
        letter.status = out ? LetterStatus.PUBLISHED : LetterStatus.SCHEDULED;
        letter.answers = before.isEmpty() || random.nextInt(100) < 35
                ? thread.root
                : before.get(Math.max(0, before.size() - 1 - random.nextInt(Math.min(6, before.size()))));
        letter.linkStatus = "CONFIRMED";
        letter.revised = letter.words > 350 ? random.nextInt(10) < 7 : random.nextInt(10) == 0;
        letter.editor = random.nextInt(ArchiveGenerator.DESK_EDITORS);
        Instant goesOut = issue.publishedAt != null ? issue.publishedAt : anchor;
        Instant earliest = letter.answers.issue.publishedAt.plus(Duration.ofHours(2));
        Instant received = goesOut.minus(Duration.ofMinutes(4 * 24 * 60 + random.nextInt(16 * 24 * 60)));
        letter.received = received.isBefore(earliest) ? earliest.plusSeconds(random.nextInt(86_400)) : received;
        letter.confirmed = letter.received.plusSeconds(60 + random.nextInt(6 * 3600));
        letter.decided = letter.confirmed.plusSeconds(3600 + random.nextInt(36 * 3600));
        if (out) {
            PieceRef piece = new PieceRef();
            piece.id = pieceId;
            piece.title = letter.subject;
            piece.author = letter.withheld ? null : ArchiveGenerator.authorName(letter.author);
            piece.issue = issue;
            piece.thread = thread;
            letter.piece = piece;
            thread.printed.add(piece);
        }
        all.add(letter);
        return letter;
    }

    /** The letters that never reach a page: most of the postbag. */
    private void planPostbag(int count) {
        Instant start = issues.get(0).publishedAt.minus(Duration.ofDays(30));
        long span = Duration.between(start, anchor).getSeconds();
        List<PieceRef> printedPieces = new ArrayList<>(articles);
        issues.forEach(issue -> issue.page.stream()
                .filter(p -> p.status == LetterStatus.PUBLISHED)
                .forEach(p -> printedPieces.add(p.piece)));
        printedPieces.sort(Comparator.comparing(p -> p.issue.publishedAt));
        for (int i = 0; i < count; i++) {
            Planned letter = new Planned();
            letter.seed = random.nextLong();
            letter.author = author();
            letter.words = words();
            letter.withheld = random.nextInt(30) == 0;
            letter.subject = random.nextBoolean() ? BenchText.subject(random) : null;
            int roll = random.nextInt(1000);
            long recentDays;
            if (roll < 720) {
                letter.status = LetterStatus.REJECTED;
                recentDays = -1;
            } else if (roll < 820) {
                letter.status = LetterStatus.SPAM;
                letter.spamOnArrival = random.nextBoolean();
                recentDays = -1;
            } else if (roll < 835) {
                letter.status = LetterStatus.WITHDRAWN;
                recentDays = -1;
            } else if (roll < 840) {
                letter.status = LetterStatus.UNCONFIRMED;
                recentDays = 6;
            } else if (roll < 930) {
                letter.status = LetterStatus.NEW;
                recentDays = 120;
            } else if (roll < 960) {
                letter.status = LetterStatus.HELD;
                recentDays = 150;
            } else if (roll < 965) {
                letter.status = LetterStatus.WAITING_FOR_AUTHOR;
                letter.revised = true;
                recentDays = 20;
            } else {
                letter.status = LetterStatus.APPROVED;
                letter.revised = random.nextInt(4) == 0;
                recentDays = 120;
            }
            long ago = recentDays < 0 ? (long) (random.nextDouble() * span) : random.nextLong(recentDays * 86_400);
            letter.received = anchor.minusSeconds(ago + 600);
            if (letter.status != LetterStatus.UNCONFIRMED && !letter.spamOnArrival) {
                letter.confirmed = letter.received.plusSeconds(60 + random.nextInt(2 * 86_400));
            }
            if (letter.status != LetterStatus.UNCONFIRMED && letter.status != LetterStatus.NEW) {
                Instant base = letter.confirmed != null ? letter.confirmed : letter.received;
                letter.decided = min(base.plusSeconds(3600 + random.nextInt(20 * 86_400)), anchor.minusSeconds(60));
                letter.editor = random.nextInt(ArchiveGenerator.DESK_EDITORS);
            }
            if (letter.status.isOpen() && random.nextInt(50) == 0) {
                letter.claimed = true;
                letter.editor = random.nextInt(ArchiveGenerator.DESK_EDITORS);
            }
            if (random.nextInt(100) < 35) {
                PieceRef answered = before(printedPieces, letter.received);
                if (answered != null) {
                    letter.answers = answered;
                    int link = random.nextInt(10);
                    letter.linkStatus = letter.decided == null || link < 2
                            ? "SUGGESTED"
                            : link < 9 ? "CONFIRMED" : "DISMISSED";
                }
            }
            all.add(letter);
        }
    }

    /** A piece published before the moment, most often a recent one. */
    private PieceRef before(List<PieceRef> pieces, Instant moment) {
        int low = 0;
        int high = pieces.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (pieces.get(middle).issue.publishedAt.isBefore(moment)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        if (low == 0) {
            return null;
        }
        int back = Math.min(low, 1 + (int) Math.abs(random.nextGaussian() * 400));
        return pieces.get(low - back);
    }

    /** Writers repeat: a few write every month, most once or twice. */
    private int author() {
        double u = random.nextDouble();
        return (int) (authors * Math.pow(u, 2.2));
    }

    /** 50 to 800 words, most letters 150 to 400. */
    private int words() {
        double w = Math.exp(Math.log(250) + 0.55 * random.nextGaussian());
        return (int) Math.max(50, Math.min(800, w));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
