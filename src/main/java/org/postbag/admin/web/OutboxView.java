package org.postbag.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.postbag.infrastructure.mail.Mailer;
import org.postbag.infrastructure.mail.Outbox;
import org.postbag.infrastructure.mail.OutboxMessage;

/**
 * /admin/outbox: the emails Postbag wrote, sent or waiting. Where no SMTP server is set, this
 * is where a confirmation link can be read and passed on by hand.
 */
@Named("outbox")
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Outbox outbox;

    @Inject
    private transient Mailer mailer;

    public List<OutboxMessage> getMessages() {
        return outbox.latest(100);
    }

    public boolean isSmtpConfigured() {
        return mailer.isConfigured();
    }

    public void retry(long id) {
        outbox.retry(id);
    }
}
