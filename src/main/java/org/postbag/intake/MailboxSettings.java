package org.postbag.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.postbag.infrastructure.Config;

/**
 * The letters mailbox, from the environment ({@code POSTBAG_MAILBOX_*}); without
 * {@code POSTBAG_MAILBOX_HOST} there is no mailbox and nothing is polled.
 */
@ApplicationScoped
public class MailboxSettings {

    @Inject
    private Config config;

    /** How the connection is secured: TLS from the start (IMAPS, the default), STARTTLS, or not at all. */
    public enum Security {
        TLS,
        STARTTLS,
        NONE
    }

    /** One mailbox's connection and folders. */
    public record Account(
            String host,
            int port,
            Security security,
            String user,
            String password,
            String folder,
            String doneFolder,
            String unreadableFolder) {

        public String protocol() {
            return security == Security.TLS ? "imaps" : "imap";
        }

        /** Jakarta Mail's session properties: time-outs always, so that a stuck server never holds the poller. */
        public Properties properties() {
            String p = protocol();
            Properties properties = new Properties();
            properties.put("mail.store.protocol", p);
            properties.put("mail." + p + ".host", host);
            properties.put("mail." + p + ".port", String.valueOf(port));
            properties.put("mail." + p + ".connectiontimeout", "10000");
            properties.put("mail." + p + ".timeout", "30000");
            properties.put("mail." + p + ".writetimeout", "30000");
            if (security == Security.STARTTLS) {
                properties.put("mail.imap.starttls.enable", "true");
                properties.put("mail.imap.starttls.required", "true");
            }
            if (security != Security.NONE) {
                properties.put("mail." + p + ".ssl.checkserveridentity", "true");
            }
            return properties;
        }
    }

    public boolean isConfigured() {
        return config.value("POSTBAG_MAILBOX_HOST").isPresent();
    }

    public Account account() {
        Security security = Security.valueOf(
                config.string("POSTBAG_MAILBOX_SECURITY", "TLS").strip().toUpperCase(Locale.ROOT));
        return new Account(
                config.string("POSTBAG_MAILBOX_HOST", "localhost"),
                config.integer("POSTBAG_MAILBOX_PORT", security == Security.TLS ? 993 : 143),
                security,
                config.string("POSTBAG_MAILBOX_USER", ""),
                config.string("POSTBAG_MAILBOX_PASSWORD", ""),
                config.string("POSTBAG_MAILBOX_FOLDER", "INBOX"),
                config.string("POSTBAG_MAILBOX_DONE_FOLDER", "Postbag taken"),
                config.string("POSTBAG_MAILBOX_UNREADABLE_FOLDER", "Postbag could not read"));
    }

    public Duration pollInterval() {
        return config.seconds("POSTBAG_MAILBOX_POLL_SECONDS", Duration.ofSeconds(60));
    }

    /** Larger messages are not fetched at all: they go on the "could not read" list with their size. */
    public long maxMessageBytes() {
        return config.integer("POSTBAG_MAILBOX_MAX_MESSAGE_KB", 10 * 1024) * 1024L;
    }

    /** What unconfirmed letters from the mailbox may hold in all before the mailbox waits. */
    public long maxUnconfirmedBytes() {
        return config.integer("POSTBAG_MAILBOX_MAX_UNCONFIRMED_MB", 1024) * 1024L * 1024L;
    }

    /** How long a taken message's Message-ID is remembered (it is long gone from the inbox by then). */
    public Duration rememberTaken() {
        return Duration.ofDays(config.integer("POSTBAG_MAILBOX_REMEMBER_DAYS", 90));
    }

    /** Messages taken in one poll; the rest wait for the next. */
    public int batch() {
        return config.integer("POSTBAG_MAILBOX_BATCH", 50);
    }

    public EmailParser.Limits limits() {
        return new EmailParser.Limits(
                (int) Math.min(maxMessageBytes(), EmailParser.Limits.DEFAULT.maxAttachmentBytes()),
                EmailParser.Limits.DEFAULT.maxAttachments(),
                EmailParser.Limits.DEFAULT.maxTextChars());
    }
}
