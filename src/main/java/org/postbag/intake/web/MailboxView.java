package org.postbag.intake.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.postbag.intake.MailboxMessage;
import org.postbag.intake.MailboxMessages;
import org.postbag.intake.MailboxSettings;

/** The desk's view of the letters mailbox: whether there is one, and the messages it could not read. */
@Named
@RequestScoped
public class MailboxView {

    static final int SHOWN = 200;

    @Inject
    private MailboxSettings settings;

    @Inject
    private MailboxMessages messages;

    private List<MailboxMessage> unreadable;

    public boolean isConfigured() {
        return settings.isConfigured();
    }

    /** The mailbox's address ("letters@example.org"), its server and its folder, which the page puts in words. */
    public String getUser() {
        return settings.account().user();
    }

    public String getHost() {
        return settings.account().host();
    }

    public String getFolder() {
        return settings.account().folder();
    }

    public String getUnreadableFolder() {
        return settings.account().unreadableFolder();
    }

    public List<MailboxMessage> getUnreadable() {
        if (unreadable == null) {
            unreadable = messages.unreadableNewestFirst(SHOWN);
        }
        return unreadable;
    }

    public int getShown() {
        return SHOWN;
    }
}
