package org.postbag.submission;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Deletes letters whose writers never confirmed them, once they are older than the
 * retention period (7 days unless an admin changes it). Every server runs it; deleting what
 * another server deleted already is harmless.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UnconfirmedLetterPurge {

    private static final Logger LOG = Logger.getLogger(UnconfirmedLetterPurge.class.getName());

    @Inject
    private Submissions submissions;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        int deleted = submissions.purgeUnconfirmed();
        if (deleted > 0) {
            LOG.info(() -> deleted + " unconfirmed letters were older than the retention period and were deleted");
        }
    }
}
