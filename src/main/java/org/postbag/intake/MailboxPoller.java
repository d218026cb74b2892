package org.postbag.intake;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the letters mailbox every {@code POSTBAG_MAILBOX_POLL_SECONDS} (60 unless set), when
 * one is configured. One poll at a time on a server; servers sharing a mailbox take each
 * message once all the same, by its Message-ID. A mailbox that cannot be reached is tried
 * again at the next interval, and said in the log.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxPoller {

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private MailboxSettings settings;

    @Inject
    private MailIntake intake;

    @Inject
    private Clock clock;

    private final ReentrantLock polling = new ReentrantLock();

    @PostConstruct
    void start() {
        if (settings.isConfigured()) {
            long interval = settings.pollInterval().toMillis();
            timers.createIntervalTimer(interval, interval, new TimerConfig("letters-mailbox", false));
            LOG.info(() -> "The letters mailbox " + settings.account().user() + "@"
                    + settings.account().host() + " is polled every "
                    + settings.pollInterval().toSeconds() + " s");
        }
    }

    @Timeout
    void everyInterval() {
        if (polling.tryLock()) {
            try {
                pollOnce();
            } finally {
                polling.unlock();
            }
        }
    }

    /** Message-IDs are remembered for {@code POSTBAG_MAILBOX_REMEMBER_DAYS} (90), then forgotten, hourly. */
    @Schedule(hour = "*", minute = "41", persistent = false)
    void forgetOldMessages() {
        try {
            int forgotten = intake.forgetTakenBefore(clock.instant().minus(settings.rememberTaken()));
            if (forgotten > 0) {
                LOG.info(() -> forgotten + " messages taken from the letters mailbox long ago were forgotten");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Old mailbox messages could not be forgotten; tried again in an hour", e);
        }
    }

    /** Polls now, after any poll under way; empty when no mailbox is configured or it cannot be reached. */
    public Optional<MailboxReader.Report> poll() {
        polling.lock();
        try {
            return pollOnce();
        } finally {
            polling.unlock();
        }
    }

    public boolean isConfigured() {
        return settings.isConfigured();
    }

    private Optional<MailboxReader.Report> pollOnce() {
        if (!settings.isConfigured()) {
            return Optional.empty();
        }
        try {
            MailboxReader.Report report = reader(intake).poll();
            if (report.handled() > 0) {
                LOG.info(() -> "Letters mailbox: " + report);
            }
            return Optional.of(report);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "The letters mailbox could not be read; it is tried again at the next interval", e);
            return Optional.empty();
        }
    }

    /** A reader of the configured mailbox, handing each message to this taker. */
    MailboxReader reader(MailboxReader.Taker taker) {
        return new MailboxReader(settings.account(), settings.maxMessageBytes(), settings.batch(), taker);
    }
}
