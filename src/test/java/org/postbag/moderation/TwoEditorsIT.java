package org.postbag.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.desk.LetterFile;
import org.postbag.desk.LetterFiles;
import org.postbag.editing.Cuts;
import org.postbag.infrastructure.Conflicts;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.Letters;
import org.postbag.letter.Revision;
import org.postbag.letter.StaleLetterException;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/**
 * Two editors acting on one letter at the same moment, many times over: approve, reject,
 * hold, spam and edit against each other. Every round ends with exactly one change saved, the
 * other editor told in words that someone else changed the letter, and nothing of the loser's
 * in the letter or its history. (A loop inside one test: in the container a parameterized test
 * would only get its first arguments.)
 */
@ExtendWith(ArquillianExtension.class)
class TwoEditorsIT {

    static final int ROUNDS = 50;
    static final int BROWSER_ROUNDS = 10;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(TwoEditorsIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Moderation moderation;

    @Inject
    Cuts cuts;

    @Inject
    LetterFiles files;

    @Inject
    Letters letters;

    @Inject
    RejectionTemplates templates;

    @Inject
    Fixtures fixtures;

    /** One editor's action, what the letter looks like if it wins, and how its history reads. */
    private record Move(String name, LetterStatus status, String history, Act act) {}

    private interface Act {
        void run(String reference, int version, long editor, String tag) throws Exception;
    }

    private List<Move> moves() {
        long template = templates.all().get(0).id();
        return List.of(
                new Move(
                        "approve",
                        LetterStatus.APPROVED,
                        "Approved",
                        (ref, v, e, tag) -> moderation.approve(ref, v, e)),
                new Move(
                        "reject",
                        LetterStatus.REJECTED,
                        "Rejected",
                        (ref, v, e, tag) -> moderation.reject(ref, v, e, template, false)),
                new Move(
                        "hold",
                        LetterStatus.HELD,
                        "Held",
                        (ref, v, e, tag) -> moderation.hold(ref, v, e, "Held by " + tag)),
                new Move(
                        "spam",
                        LetterStatus.SPAM,
                        "Marked as spam",
                        (ref, v, e, tag) -> moderation.markSpam(ref, v, e)),
                new Move(
                        "edit",
                        LetterStatus.NEW,
                        "Edited",
                        (ref, v, e, tag) -> cuts.revise(
                                ref,
                                v,
                                e,
                                new Revision.Text("Headline " + tag, "The text as " + tag + " cut it.", "A. Writer"),
                                "cut by " + tag)));
    }

    @Test
    void twoEditorsOnOneLetterMakeOneWinnerAndOneClearMessageEveryRound() throws Exception {
        Account first = fixtures.account("Fiona First", Role.EDITOR);
        Account second = fixtures.account("Sean Second", Role.EDITOR);
        List<Move> moves = moves();
        List<String> wrong = new ArrayList<>();
        int[] wins = new int[2];
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Move a = moves.get(round % moves.size());
                Move b = moves.get((round / moves.size() + round + 1) % moves.size());
                Letter letter =
                        fixtures.newLetter("Rhoda Round", "Round " + round + " of the race. " + System.nanoTime());
                String reference = letter.reference();
                int version = letters.byReference(reference).orElseThrow().version();
                CountDownLatch start = new CountDownLatch(1);
                Future<String> one = pool.submit(attempt(start, a, reference, version, first.id(), "first"));
                Future<String> two = pool.submit(attempt(start, b, reference, version, second.id(), "second"));
                start.countDown();
                String outcomeA = one.get();
                String outcomeB = two.get();
                String where =
                        "round " + round + " (" + a.name() + " vs " + b.name() + "): " + outcomeA + " / " + outcomeB;

                boolean aWon = outcomeA.equals("saved");
                boolean bWon = outcomeB.equals("saved");
                if (aWon == bWon) {
                    wrong.add(where + ": expected exactly one winner");
                    continue;
                }
                wins[aWon ? 0 : 1]++;
                Move winner = aWon ? a : b;
                String winnerTag = aWon ? "first" : "second";
                String loserOutcome = aWon ? outcomeB : outcomeA;
                if (!loserOutcome.startsWith("stale: Letter " + reference + " was changed")) {
                    wrong.add(where + ": the loser was not told clearly");
                }
                Letter after = letters.byReference(reference).orElseThrow();
                if (after.status() != winner.status()) {
                    wrong.add(where + ": status " + after.status() + ", expected " + winner.status());
                }
                LetterFile file = files.open(reference, first.id()).orElseThrow();
                List<String> actions = file.history().stream()
                        .map(line -> line.action() + " by " + line.actor())
                        .toList();
                String winnerName = aWon ? "Fiona First" : "Sean Second";
                String loserName = aWon ? "Sean Second" : "Fiona First";
                if (actions.stream().noneMatch(line -> line.equals(winner.history() + " by " + winnerName))) {
                    wrong.add(where + ": history lacks the winner's " + winner.history() + ": " + actions);
                }
                if (actions.stream().anyMatch(line -> line.endsWith(" by " + loserName))) {
                    wrong.add(where + ": history has the loser's action: " + actions);
                }
                int revisions = file.editing().revisions().size();
                if (winner.name().equals("edit")) {
                    if (revisions != 1 || !file.editing().body().contains("as " + winnerTag + " cut it")) {
                        wrong.add(where + ": " + revisions + " revisions, text "
                                + file.editing().body());
                    }
                } else if (revisions != 0) {
                    wrong.add(where + ": the loser's edit was saved");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("Two editors: %d rounds, first won %d, second won %d%n", ROUNDS, wins[0], wins[1]);
        assertThat(wrong).isEmpty();
    }

    private Callable<String> attempt(
            CountDownLatch start, Move move, String reference, int version, long editor, String tag) {
        return () -> {
            start.await();
            try {
                move.act().run(reference, version, editor, tag);
                return "saved";
            } catch (StaleLetterException stale) {
                return "stale: " + stale.getMessage();
            } catch (DomainException refused) {
                return "refused: " + refused.getMessage();
            } catch (Exception failure) {
                // The commit that loses the race fails as a (checked) RollbackException.
                if (Conflicts.isConcurrentChange(failure)) {
                    return "stale: " + moderation.staleMessageFor(reference).getMessage();
                }
                return "failed: " + failure;
            }
        };
    }

    /**
     * The same race through the pages: both editors have the letter open, both press a button at
     * once. One is sent on with "Approved." or "Rejected."; the other stays on the page and reads
     * that someone else changed the letter. Never an error page.
     */
    @Test
    void throughThePagesTheLoserReadsWhoChangedTheLetter() throws Exception {
        URI base = url.toURI().resolve("/");
        Account first = fixtures.account("Paula Pages", Role.EDITOR);
        Account second = fixtures.account("Pete Pages", Role.EDITOR);
        HttpClient one = Desk.signedIn(base, first.email(), Fixtures.PASSWORD);
        HttpClient two = Desk.signedIn(base, second.email(), Fixtures.PASSWORD);
        long template = templates.all().get(0).id();
        List<String> wrong = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < BROWSER_ROUNDS; round++) {
                Letter letter = fixtures.newLetter("Paige Race", "A race through the pages. " + System.nanoTime());
                URI page = base.resolve("/editor/letters/" + letter.reference());
                WebForm approve = WebForm.read(one, page, "decideForm");
                WebForm reject = WebForm.read(two, page, "rejectForm").set("rejectTemplate", String.valueOf(template));
                CountDownLatch start = new CountDownLatch(1);
                Future<HttpResponse<String>> approved = pool.submit(() -> {
                    start.await();
                    return approve.press("approve");
                });
                Future<HttpResponse<String>> rejected = pool.submit(() -> {
                    start.await();
                    return reject.press("rejectLetter");
                });
                start.countDown();
                List<HttpResponse<String>> answers = List.of(approved.get(), rejected.get());
                long redirected =
                        answers.stream().filter(r -> r.statusCode() == 302).count();
                List<HttpResponse<String>> refused =
                        answers.stream().filter(r -> r.statusCode() != 302).toList();
                if (redirected != 1 || refused.size() != 1) {
                    wrong.add("round " + round + ": answers "
                            + answers.stream().map(HttpResponse::statusCode).toList());
                    continue;
                }
                HttpResponse<String> loser = refused.get(0);
                String summary = String.join(
                        " ", WebForm.parse(loser).select(".error-summary li").eachText());
                if (loser.statusCode() != 200
                        || !summary.contains("was changed by")
                        || !summary.contains("your change was not saved")) {
                    wrong.add("round " + round + ": the loser got " + loser.statusCode() + " '" + summary + "'");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(wrong).isEmpty();
    }
}
