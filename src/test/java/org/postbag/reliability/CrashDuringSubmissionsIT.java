package org.postbag.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.postbag.testing.ScratchDatabase;
import org.postbag.testing.ServerProcess;

/**
 * 32 writers send letters through the public form over HTTP while the server is killed with
 * SIGKILL mid-run (once they are under way, after a random further delay) several times ({@code postbag.it.crash.kills}, 3 by default),
 * and restarted. Afterwards every letter the server acknowledged is in the database exactly
 * once, and every letter in it is whole: no letter without its event or its confirmation email,
 * no email without its letter. The forms whose answer the kill swallowed are then sent again,
 * unchanged, as their writers would: each finds the letter it had stored, or stores it now,
 * never twice. A WildFly of its own (not Arquillian's, which cannot be killed), on a database
 * of its own; the figures go to {@code target/reliability/crash-during-submissions.txt}.
 */
class CrashDuringSubmissionsIT {

    private static final int WRITERS = 32;

    @Test
    void everyAcknowledgedLetterSurvivesEveryKillExactlyOnceAndWhole() throws Exception {
        int kills = Integer.getInteger("postbag.it.crash.kills", 3);
        Figures figures = Figures.of("crash-during-submissions");
        Random random = new Random();
        String run = "crash" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        try (ScratchDatabase database = ScratchDatabase.create("crash");
                ServerProcess server = FaultServer.prepare("crash-server", database, database.url())) {
            long started = System.nanoTime();
            server.start(Duration.ofMinutes(3));
            figures.put("writers", WRITERS).put("first start ms", millisSince(started));
            LetterWriters writers = new LetterWriters(server::base, run, WRITERS);
            writers.start();
            long restartsMillis = 0;
            for (int kill = 1; kill <= kills; kill++) {
                // Mid-run: once the writers are under way again, then at a random moment.
                long loaded = System.nanoTime();
                awaitAcknowledged(writers, writers.acknowledged().size() + WRITERS / 2);
                Thread.sleep(random.nextInt(4000));
                long load = millisSince(loaded);
                int acknowledgedSoFar = writers.acknowledged().size();
                long pid = server.pid();
                server.kill();
                long down = System.nanoTime();
                server.start(Duration.ofMinutes(3));
                long restart = millisSince(down);
                restartsMillis += restart;
                figures.put(
                        "kill " + kill,
                        "SIGKILL to pid " + pid + " after " + load + " ms of load, " + acknowledgedSoFar
                                + " letters acknowledged so far; back in " + restart + " ms");
            }
            awaitAcknowledged(writers, writers.acknowledged().size() + WRITERS);
            writers.stop();
            int unanswered = writers.unansweredCount();
            int answeredLater = writers.sendAgain();
            long acknowledgedAgain = writers.acknowledged().values().stream()
                    .filter(LetterWriters.Acknowledged::again)
                    .count();

            StoredLetters.Report report;
            try (Connection connection = database.connect()) {
                report = StoredLetters.check(connection, writers.acknowledged());
            }
            figures.put("kills", kills)
                    .put("submissions sent", writers.sent())
                    .put("answers lost to a kill (no response)", writers.noAnswer())
                    .put("statuses", writers.statuses())
                    .put("forms sent again after the last restart", unanswered)
                    .put("of which acknowledged then", answeredLater)
                    .put("acknowledged as already received (stored before the kill, answer lost)", acknowledgedAgain)
                    .put("letters acknowledged", report.acknowledged())
                    .put("confirmation pages read", writers.confirmationPages())
                    .put("acknowledged letters found", report.found())
                    .put("letters in the database", report.letters())
                    .put("missing", report.missing().size())
                    .put("duplicates", report.duplicated().size())
                    .put("half-stored", report.halfStored().size())
                    .put("emails without their letter", report.orphanEmails())
                    .put("mean restart ms", kills == 0 ? 0 : restartsMillis / kills)
                    .put("total ms", millisSince(started));

            assertThat(report.acknowledged()).as("letters acknowledged").isGreaterThanOrEqualTo(kills * WRITERS / 2);
            assertThat(report.missing()).as("acknowledged but not stored").isEmpty();
            assertThat(report.duplicated()).as("stored twice").isEmpty();
            assertThat(report.halfStored()).as("stored in part").isEmpty();
            assertThat(report.orphanEmails()).as("emails without their letter").isZero();
            assertThat(report.found()).isEqualTo(report.acknowledged());
            assertThat(writers.statuses()).as("no server error").doesNotContainKeys(500);
        }
    }

    private static void awaitAcknowledged(LetterWriters writers, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (writers.acknowledged().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
