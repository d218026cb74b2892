package org.postbag.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.infrastructure.Config;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/**
 * The outbox against a real SMTP server: retried after a failure, never sent twice, even by two
 * senders, and a burst of emails written during an SMTP outage all delivered, once each, when it
 * ends.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(OutboxIT.class);
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxClaims claims;

    @Inject
    OutboxSender sender;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private Email email(String to, String subject) {
        return new Email("test", to, subject, "Hello.", null);
    }

    @Test
    void anEmailThatFailsIsRetriedAndArrivesOnce() throws Exception {
        String to = Fixtures.uniqueEmail("Retry Reader");
        try (var down = smtpDown()) {
            transaction.begin();
            outbox.send(email(to, "Retried"));
            transaction.commit();
            // The sender's own after-commit nudge may hold the message for a moment: wait for its attempt.
            OutboxMessage failed = Awaitility.await()
                    .pollInSameThread()
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(
                            () -> {
                                sender.drain();
                                return message(to);
                            },
                            message -> message.attempts() > 0);
            assertThat(failed.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.lastError()).isNotBlank();
            assertThat(failed.nextAttemptAt()).isAfter(failed.createdAt());
        }
        retryNow();

        assertThat(Mailbox.of(to).await(1, Duration.ofSeconds(20))).hasSize(1);
        OutboxMessage sent = message(to);
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        nothingMoreArrives(List.of(to), 1);
    }

    @Test
    void twoSendersAtOnceSendEachMessageExactlyOnce() throws Exception {
        String to = Fixtures.uniqueEmail("Busy Reader");
        transaction.begin();
        for (int i = 0; i < 20; i++) {
            outbox.send(email(to, "Message " + i));
        }
        transaction.commit();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int server = 0; server < 2; server++) {
            sent.add(servers.submit(() -> {
                start.await();
                int count = 0;
                while (claims.sendNext()) {
                    count++;
                }
                return count;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> future : sent) {
            total += future.get();
        }
        servers.shutdown();

        List<Mailbox.Mail> mails = Mailbox.of(to).await(20, Duration.ofSeconds(30));
        nothingMoreArrives(List.of(to), 20);
        assertThat(mails.stream().map(Mailbox.Mail::subject).distinct()).hasSize(20);
        assertThat(total).isLessThanOrEqualTo(20 + 2);
    }

    @Test
    void emailsWrittenFromManyThreadsDuringAnOutageAllArriveOnceSmtpIsBack() throws Exception {
        int recipients = 12;
        int each = 4;
        List<String> to = new ArrayList<>();
        for (int r = 0; r < recipients; r++) {
            to.add(Fixtures.uniqueEmail("Outage Reader " + (char) ('a' + r)));
        }
        // SMTP is down while letters keep coming: eight threads, one transaction per email, as
        // eight writers' confirmations would be written.
        try (var down = smtpDown()) {
            ExecutorService writers = Executors.newFixedThreadPool(8);
            List<Future<?>> written = new ArrayList<>();
            for (int n = 0; n < recipients * each; n++) {
                String recipient = to.get(n % recipients);
                String subject = "Outage " + (n / recipients);
                written.add(writers.submit(() -> {
                    transaction.begin();
                    outbox.send(email(recipient, subject));
                    transaction.commit();
                    return null;
                }));
            }
            for (Future<?> future : written) {
                future.get();
            }
            writers.shutdown();
            // Every message has been tried at least once, and is waiting for its retry.
            Awaitility.await()
                    .pollInSameThread()
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        sender.drain();
                        return untried(to) == 0;
                    });
            assertThat(statuses(to)).containsOnlyKeys(OutboxStatus.PENDING);
        }
        retryNow();

        for (String recipient : to) {
            assertThat(Mailbox.of(recipient).await(each, Duration.ofSeconds(30)))
                    .hasSize(each);
        }
        nothingMoreArrives(to, each);
        for (String recipient : to) {
            List<Mailbox.Mail> mails = Mailbox.of(recipient).messages();
            assertThat(mails).as(recipient).hasSize(each);
            assertThat(mails.stream().map(Mailbox.Mail::subject).distinct()).hasSize(each);
        }
        assertThat(statuses(to)).containsOnlyKeys(OutboxStatus.SENT);
        assertThat(statuses(to).get(OutboxStatus.SENT)).isEqualTo((long) recipients * each);
    }

    /** A decision's email, for the letter {@code reference}, as a rejection writes it. */
    private Email decisionEmail(String to, String reference) {
        return new Email("rejection", to, "Your letter " + reference, "Not this time.", reference);
    }

    private static String reference() {
        return "L-2099-" + Long.toString(System.nanoTime()).substring(4);
    }

    /**
     * Time is moved on by asking for what is due later, not waited for: before the grace period
     * ends the email is not even tried, after it, it goes, once.
     */
    @Test
    void anEmailWithAGracePeriodGoesOnlyWhenItEnds() throws Exception {
        String to = Fixtures.uniqueEmail("Patient Reader");
        transaction.begin();
        Instant goes = outbox.sendAfter(decisionEmail(to, reference()), Duration.ofMinutes(10));
        transaction.commit();

        OutboxMessage waiting = message(to);
        assertThat(waiting.notBefore()).isEqualTo(goes);
        assertThat(waiting.nextAttemptAt()).isEqualTo(goes);
        assertThat(waiting.isWaiting(Instant.now())).isTrue();
        while (claims.sendNext(goes.minusSeconds(1))) {
            // everything due before the end of the grace period, this message not among it
        }
        assertThat(message(to).status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message(to).attempts()).isZero();

        while (claims.sendNext(goes.plusSeconds(1))) {
            // now it is due
        }
        assertThat(message(to).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(Mailbox.of(to).await(1, Duration.ofSeconds(20))).hasSize(1);
        nothingMoreArrives(List.of(to), 1);
    }

    @Test
    void anEmailTakenBackInItsGracePeriodIsNeverSent() throws Exception {
        String to = Fixtures.uniqueEmail("Spared Reader");
        String letter = reference();
        transaction.begin();
        Instant goes = outbox.sendAfter(decisionEmail(to, letter), Duration.ofMinutes(10));
        transaction.commit();

        transaction.begin();
        int taken = outbox.takeBack(letter, "rejection");
        transaction.commit();

        assertThat(taken).isEqualTo(1);
        assertThat(message(to).status()).isEqualTo(OutboxStatus.CANCELLED);
        assertThat(message(to).cancelledAt()).isNotNull();
        while (claims.sendNext(goes.plusSeconds(60))) {
            // whatever else is due by then; not the message taken back
        }
        assertThat(message(to).status()).isEqualTo(OutboxStatus.CANCELLED);
        nothingMoreArrives(List.of(to), 0);
    }

    @Test
    void anEmailThatHasGoneCannotBeTakenBack() throws Exception {
        String to = Fixtures.uniqueEmail("Told Reader");
        String letter = reference();
        transaction.begin();
        Instant goes = outbox.sendAfter(decisionEmail(to, letter), Duration.ofSeconds(30));
        transaction.commit();
        while (claims.sendNext(goes.plusSeconds(1))) {
            // sent once its grace period is over
        }

        transaction.begin();
        int taken = outbox.takeBack(letter, "rejection");
        transaction.commit();

        assertThat(taken).isZero();
        assertThat(message(to).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(Mailbox.of(to).await(1, Duration.ofSeconds(20))).hasSize(1);
    }

    /**
     * SMTP is down: nothing listens on port 9. The outbox sends on its own threads (the timer,
     * the after-commit nudge), which must see the outage too, so it holds for this deployment's
     * every thread until closed (a system property would be set for the server's whole JVM).
     */
    private static Config.Overrides.Scope smtpDown() {
        return Config.Overrides.forTheServer("POSTBAG_SMTP_PORT", "9");
    }

    /**
     * SMTP is back: every email waiting for a retry, this test's and any other that was on its
     * way during the outage, is made due now instead of waiting for its turn, and sent.
     */
    private void retryNow() throws Exception {
        transaction.begin();
        em.createQuery("update OutboxMessage m set m.nextAttemptAt = current_timestamp"
                        + " where m.status = :pending and m.attempts > 0 and m.nextAttemptAt > current_timestamp")
                .setParameter("pending", OutboxStatus.PENDING)
                .executeUpdate();
        transaction.commit();
        sender.drain();
    }

    /**
     * For two seconds, every one of the mailboxes holds exactly {@code count} messages: nothing is
     * sent twice. All are watched at once, so that twelve mailboxes cost two seconds, not twelve
     * times two.
     */
    private static void nothingMoreArrives(List<String> to, int count) {
        // A second copy would break the condition, and then it cannot hold for two seconds
        // before the time runs out. Reading the mailbox can itself take a while on a busy machine.
        Awaitility.await()
                .pollInSameThread()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(30))
                .until(() -> to.stream()
                        .allMatch(address -> Mailbox.of(address).messages().size() == count));
    }

    private long untried(List<String> to) {
        return em.createQuery(
                        "select count(m) from OutboxMessage m where m.recipient in :to and m.attempts = 0", Long.class)
                .setParameter("to", to)
                .getSingleResult();
    }

    private Map<OutboxStatus, Long> statuses(List<String> to) {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (Object[] row : em.createQuery(
                        "select m.status, count(m) from OutboxMessage m where m.recipient in :to group by m.status",
                        Object[].class)
                .setParameter("to", to)
                .getResultList()) {
            counts.put((OutboxStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    private OutboxMessage message(String to) {
        return em.createQuery("select m from OutboxMessage m where m.recipient = :to", OutboxMessage.class)
                .setParameter("to", to)
                .getSingleResult();
    }
}
