package org.postbag.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postbag.infrastructure.Config;

/**
 * One message at a time, each in a transaction of its own: claim the oldest due message with
 * {@code FOR UPDATE SKIP LOCKED} (another server skips it), send it, record the outcome,
 * commit. The row stays locked while it is sent, so no two servers send the same message.
 */
@ApplicationScoped
class OutboxClaims {

    private static final Logger LOG = Logger.getLogger(OutboxClaims.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Mailer mailer;

    @Inject
    private Clock clock;

    @Inject
    private Config config;

    /** @return whether a message was claimed, so that the caller goes on until none is due */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean sendNext() {
        return sendNext(clock.instant());
    }

    /** As {@link #sendNext()}, with the messages due at {@code now}: tests move time on instead of waiting. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean sendNext(Instant now) {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> due = em.createNativeQuery(
                        "SELECT * FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?1"
                                + " ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED",
                        OutboxMessage.class)
                .setParameter(1, now)
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        OutboxMessage message = due.get(0);
        try {
            mailer.send(message);
            message.sent(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            message.failed(describe(e), clock.instant());
            LOG.log(Level.WARNING, "Email {0} to {1} not sent (attempt {2}): {3}", new Object[] {
                message.id(), message.recipient(), message.attempts(), describe(e)
            });
        }
        return true;
    }

    /**
     * Without an SMTP server, messages wait. In demo mode they are printed to the log, once,
     * so that someone trying the demo can follow the links in them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void noteWaiting() {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> unlogged = em.createNativeQuery(
                        "SELECT * FROM outbox_message WHERE status = 'PENDING' AND NOT logged"
                                + " AND next_attempt_at <= ?1 ORDER BY id LIMIT 50 FOR UPDATE SKIP LOCKED",
                        OutboxMessage.class)
                .setParameter(1, clock.instant())
                .getResultList();
        for (OutboxMessage message : unlogged) {
            if (config.demo()) {
                LOG.info(() -> "\n---- Email (demo mode: no SMTP server, so it is shown here) ----\nTo: "
                        + message.recipient() + "\nSubject: " + message.subject() + "\n\n" + message.body()
                        + "\n----------------------------------------------------------------");
            } else {
                LOG.warning(() -> "Email " + message.id() + " to " + message.recipient()
                        + " waits in the outbox: POSTBAG_SMTP_HOST is not set");
            }
            message.markLogged();
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage()
                + (cause != e ? " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")" : "");
    }
}
