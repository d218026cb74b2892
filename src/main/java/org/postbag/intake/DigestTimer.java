package org.postbag.intake;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Looks every quarter of an hour for editors due their daily digest. Several servers may look
 * at once: an editor's row is versioned, so one of them makes the digest and the other's
 * transaction fails harmlessly.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestTimer {

    private static final Logger LOG = Logger.getLogger(DigestTimer.class.getName());

    @Inject
    private Digests digests;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void everyQuarterHour() {
        try {
            int sent = digests.sendDue(clock.instant());
            if (sent > 0) {
                LOG.info(() -> sent + " editors' digests sent");
            }
        } catch (RuntimeException e) {
            LOG.warning(
                    () -> "The editors' digests could not be made; they are tried again in a quarter of an hour: " + e);
        }
    }
}
