package org.postbag.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (GreenMail) in the test JVM for the whole integration-test run: the
 * application under test sends to it, and tests read what arrived over IMAP (see
 * {@link Mailbox}), from the test JVM or from inside the server alike. It starts only where
 * the build sets {@code postbag.it.smtp.port}, that is for the integration tests.
 */
public class MailServer implements LauncherSessionListener {

    private GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String smtp = System.getProperty("postbag.it.smtp.port");
        String imap = System.getProperty("postbag.it.imap.port");
        if (smtp == null || imap == null) {
            return;
        }
        greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(Integer.parseInt(smtp), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(Integer.parseInt(imap), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
