package org.postbag.admin.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.postbag.accounts.CurrentAccount;
import org.postbag.admin.OutboxActions;
import org.postbag.house.Site;
import org.postbag.infrastructure.PrivateLinks;
import org.postbag.infrastructure.mail.Mailer;
import org.postbag.infrastructure.mail.Outbox;
import org.postbag.infrastructure.mail.OutboxMessage;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;

/**
 * /admin/outbox: the emails Postbag wrote, sent or waiting. The private links in them (a
 * writer's letter, an editor's new password) are shown without their tokens, so that no admin
 * can use another person's link; only in demo mode, where there is no SMTP server and the
 * accounts are published anyway, are they shown whole, to be followed by hand.
 */
@Named("outbox")
@ViewScoped
@PageAction
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Outbox outbox;

    @Inject
    private transient Mailer mailer;

    @Inject
    private transient Site site;

    @Inject
    private transient OutboxActions actions;

    @Inject
    private transient CurrentAccount me;

    public List<OutboxMessage> getMessages() {
        return outbox.latest(100);
    }

    /** The body as the page may show it. */
    public String bodyOf(OutboxMessage message) {
        return site.isDemo() ? message.body() : PrivateLinks.redact(message.body());
    }

    public boolean isSmtpConfigured() {
        return mailer.isConfigured();
    }

    public void retry(long id) {
        actions.retry(id, me.require().id());
        PageActionBoundary.done(
                Words.of(FacesContext.getCurrentInstance(), "admin.outbox.done.retried"), "/admin/outbox");
    }
}
