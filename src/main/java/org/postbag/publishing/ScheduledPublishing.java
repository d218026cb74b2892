package org.postbag.publishing;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postbag.infrastructure.DomainException;

/**
 * Publishes letters pages at the time an editor set, checking every minute. Two servers may
 * both look; the row lock taken by {@link Publishing#publishPage} lets only one publish.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduledPublishing {

    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Publishing publishing;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", second = "5", persistent = false)
    void everyMinute() {
        publishDue();
    }

    /** Publishes every page whose time has come; returns how many. */
    public int publishDue() {
        List<Integer> due = em.createQuery(
                        "select i.number from Issue i where i.scheduledFor <= :now and i.publishedAt is null",
                        Integer.class)
                .setParameter("now", clock.instant())
                .getResultList();
        int published = 0;
        for (int number : due) {
            try {
                publishing.publishPage(number, null);
                published++;
                LOG.info(() -> "Published the letters page of issue no. " + number + " as scheduled");
            } catch (DomainException refused) {
                LOG.warning(() -> "The letters page of issue no. " + number + " was due but not published: "
                        + refused.getMessage());
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Publishing issue no. " + number + " failed; it will be tried again", failure);
            }
        }
        return published;
    }
}
