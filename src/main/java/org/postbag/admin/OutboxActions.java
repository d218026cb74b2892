package org.postbag.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.Role;
import org.postbag.house.AdminEvents;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.mail.Outbox;

/** What admins do to the outbox, written to their trail. */
@ApplicationScoped
public class OutboxActions {

    @Inject
    private Outbox outbox;

    @Inject
    private Accounts accounts;

    @Inject
    private AdminEvents events;

    /** Sends a failed email again. */
    @Transactional
    public void retry(long messageId, long adminId) {
        Account admin = accounts.byId(adminId)
                .filter(account -> account.has(Role.ADMIN) && !account.isDisabled())
                .orElseThrow(() -> DomainException.of("refused.account.adminsOnly"));
        outbox.retry(messageId);
        events.record(admin.displayName(), "EMAIL_RETRIED", "email " + messageId, null);
    }
}
