package org.postbag.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postbag.infrastructure.Config;

/**
 * Drains the outbox: every few seconds ({@code POSTBAG_OUTBOX_INTERVAL_SECONDS}), and at
 * once after a transaction that wrote an email commits. One drain at a time per server;
 * several servers share the work through row locks (see {@link OutboxClaims}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Resource
    private TimerService timers;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private OutboxClaims claims;

    @Inject
    private Mailer mailer;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @PostConstruct
    void start() {
        long interval = config.seconds("POSTBAG_OUTBOX_INTERVAL_SECONDS", Duration.ofSeconds(10))
                .toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("outbox", false));
    }

    @Timeout
    void everyFewSeconds() {
        drain();
    }

    public void nudge(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEnqueued enqueued) {
        if (enqueued.notBefore() != null && enqueued.notBefore().isAfter(clock.instant())) {
            // Sent when its grace period is over, not at the next interval after it.
            timers.createSingleActionTimer(Date.from(enqueued.notBefore()), new TimerConfig("outbox-grace", false));
        } else {
            executor.execute(this::drain);
        }
    }

    /** Sends every due message; a call while a drain runs makes that drain look again. */
    public void drain() {
        if (!draining.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                if (mailer.isConfigured()) {
                    while (claims.sendNext()) {
                        // one message per transaction, until none is due
                    }
                } else {
                    claims.noteWaiting();
                }
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox could not be drained; it will be tried again", e);
        } finally {
            draining.set(false);
        }
    }
}
