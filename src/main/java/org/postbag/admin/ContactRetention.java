package org.postbag.admin;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every hour, forgets the contact details of letters that are closed (published, rejected,
 * spam, withdrawn) and on which nothing has happened for the retention period (180 days unless
 * an admin changes it), and the emails sent longer ago than that. Every server runs it; the
 * second run finds nothing left to do.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContactRetention {

    private static final Logger LOG = Logger.getLogger(ContactRetention.class.getName());

    @Inject
    private WriterData writerData;

    @Schedule(hour = "*", minute = "41", persistent = false)
    void nightly() {
        int purged = writerData.purgeContactDetails();
        if (purged > 0) {
            LOG.info(() ->
                    "Contact details of " + purged + " closed letters were past the retention period and were deleted");
        }
    }
}
