package org.postbag.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.Date;
import java.util.Properties;
import org.postbag.infrastructure.Config;

/**
 * Sends one message over SMTP with Jakarta Mail, configured from the environment
 * ({@code POSTBAG_SMTP_*}). Without {@code POSTBAG_SMTP_HOST} nothing is sent: messages
 * wait in the outbox.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    private Config config;

    public boolean isConfigured() {
        return config.value("POSTBAG_SMTP_HOST").isPresent();
    }

    void send(OutboxMessage message) throws MessagingException {
        Session session = session();
        MimeMessage mime = new StableIdMessage(session, "<postbag-" + message.id() + "@" + host() + ">");
        mime.setFrom(new InternetAddress(config.string("POSTBAG_MAIL_FROM", "Letters desk <letters@localhost>"), true));
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.recipient(), true));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setText(message.body(), "UTF-8");
        mime.setSentDate(new Date());
        mime.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(mime);
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", config.string("POSTBAG_SMTP_HOST", "localhost"));
        properties.put("mail.smtp.port", config.string("POSTBAG_SMTP_PORT", "25"));
        properties.put("mail.smtp.starttls.enable", String.valueOf(config.flag("POSTBAG_SMTP_STARTTLS", false)));
        properties.put("mail.smtp.starttls.required", String.valueOf(config.flag("POSTBAG_SMTP_STARTTLS", false)));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        String user = config.string("POSTBAG_SMTP_USER", "");
        if (user.isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        String password = config.string("POSTBAG_SMTP_PASSWORD", "");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    private String host() {
        String host = URI.create(config.baseUrl()).getHost();
        return host == null ? "localhost" : host;
    }

    /** Keeps the Message-ID we give it, so that a message retried after a crash is the same message. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
