package org.postbag.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.infrastructure.Config;
import org.postbag.letter.Arrival;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterStatus;
import org.postbag.submission.ConfirmationOutcome;
import org.postbag.submission.Submissions;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Mailbox;

/**
 * The letters mailbox against GreenMail's IMAP server and real PostgreSQL: each kind of message
 * a letters desk receives, taken once, and a crash on either side of the commit. Each test reads
 * a mailbox of its own; the last one sends through SMTP to the configured mailbox and waits for
 * the server's own poller.
 */
@ExtendWith(ArquillianExtension.class)
class MailboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(MailboxIT.class);
    }

    @Inject
    MailIntake intake;

    @Inject
    MailboxSettings settings;

    @Inject
    MailboxMessages messages;

    @Inject
    LetterDocuments documents;

    @Inject
    Submissions submissions;

    @Inject
    Config config;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** A mailbox of this test's own, on the same server as the configured one. */
    private final String user = "mailbox-" + UUID.randomUUID() + "@postbag.test";

    private static String sender(String name) {
        return name + " <" + name.toLowerCase().replace(' ', '.') + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org>";
    }

    @Test
    void aPlainLetterBecomesAnUnconfirmedLetterAndItsWriterConfirmsIt() throws Exception {
        String from = sender("Ann Lee");
        deliver(TestMessages.plain(
                TestMessages.newMessageId(),
                from,
                "Trams on Sundays",
                "Sir,\n\nThe trams should run on Sundays.\n\nAnn Lee"));

        MailboxReader.Report report = reader(intake).poll();

        assertThat(report.taken()).isEqualTo(1);
        Letter letter = onlyLetterFrom(from);
        assertThat(letter.status()).isEqualTo(LetterStatus.UNCONFIRMED);
        assertThat(letter.provenance().arrivedBy()).isEqualTo(Arrival.EMAIL);
        assertThat(letter.subject()).isEqualTo("Trams on Sundays");
        assertThat(letter.author().name()).isEqualTo("Ann Lee");
        assertThat(letter.originalBody()).isEqualTo("Sir,\n\nThe trams should run on Sundays.\n\nAnn Lee");
        assertThat(documents.of(letter.reference())).singleElement().satisfies(document -> assertThat(document.kind())
                .isEqualTo(LetterDocument.Kind.ORIGINAL_EMAIL));
        assertThat(count("INBOX")).isZero();
        assertThat(count("Postbag taken")).isEqualTo(1);

        String link = Mailbox.of(address(from)).awaitOne().link("/confirm/");
        assertThat(submissions.confirm(link.substring(link.lastIndexOf('/') + 1)))
                .isEqualTo(ConfirmationOutcome.CONFIRMED);
        assertThat(onlyLetterFrom(from).status()).isEqualTo(LetterStatus.NEW);
    }

    @Test
    void anHtmlLetterIsReadAsParagraphs() throws Exception {
        String from = sender("Bea Hart");
        deliver(TestMessages.html(
                TestMessages.newMessageId(),
                from,
                "Library",
                "<div dir=\"ltr\"><p>Sir,</p><p>Keep the <b>library</b> open.</p>"
                        + "<div class=\"gmail_signature\">Bea Hart<br>Friends of the Library</div></div>"));

        reader(intake).poll();

        assertThat(onlyLetterFrom(from).originalBody()).isEqualTo("Sir,\n\nKeep the library open.");
    }

    @Test
    void aWordDocumentAttachedIsTheLetterAndIsKeptForTheEditor() throws Exception {
        String from = sender("Tom Ford");
        byte[] docx = TestMessages.docx("Sir,", "The ferry to the island must come back.", "Tom Ford, Hull");
        deliver(TestMessages.withAttachment(
                TestMessages.newMessageId(),
                from,
                "Ferry",
                "Please find my letter attached.",
                "ferry letter.docx",
                "application/octet-stream",
                docx));

        reader(intake).poll();

        Letter letter = onlyLetterFrom(from);
        assertThat(letter.originalBody()).contains("The ferry to the island must come back.");
        List<DocumentSummary> kept = documents.of(letter.reference());
        assertThat(kept)
                .extracting(DocumentSummary::kind)
                .containsExactly(LetterDocument.Kind.ORIGINAL_EMAIL, LetterDocument.Kind.ATTACHMENT);
        DocumentSummary attachment = kept.get(1);
        assertThat(attachment.fileName()).isEqualTo("ferry letter.docx");
        assertThat(attachment.contentType()).isEqualTo(AttachmentText.Format.DOCX.contentType());
        assertThat(attachment.extractedText()).contains("The ferry to the island must come back.");
        assertThat(documents.byId(attachment.id()).orElseThrow().content()).isEqualTo(docx);
    }

    @Test
    void aPdfAttachedIsReadForText() throws Exception {
        String from = sender("Rita Moss");
        deliver(TestMessages.withAttachment(
                TestMessages.newMessageId(),
                from,
                "Bins",
                "Attached.",
                "bins.pdf",
                "application/pdf",
                TestMessages.pdf("Sir,", "Collect the bins weekly again.")));

        reader(intake).poll();

        assertThat(onlyLetterFrom(from).originalBody()).contains("Collect the bins weekly again.");
    }

    @Test
    void aReplyLosesTheQuotedMessageButTheOriginalKeepsIt() throws Exception {
        String from = sender("Sam Cole");
        deliver(TestMessages.plain(
                TestMessages.newMessageId(),
                from,
                "Re: Your letter about parking",
                "I stand by every word.\n\nOn Tue, 1 Dec 2026 at 09:00, Letters desk <letters@postbag.test> wrote:\n"
                        + "> Thank you for your letter.\n> We read every one.\n"));

        reader(intake).poll();

        Letter letter = onlyLetterFrom(from);
        assertThat(letter.originalBody()).isEqualTo("I stand by every word.");
        long original = documents.of(letter.reference()).get(0).id();
        assertThat(new String(documents.byId(original).orElseThrow().content(), StandardCharsets.UTF_8))
                .contains("> We read every one.");
    }

    @Test
    void autoRepliesAndBouncesAreKeptOutOfTheQueue() throws Exception {
        String from = sender("Away Person");
        String autoReply = TestMessages.newMessageId();
        String bounce = TestMessages.newMessageId();
        deliver(TestMessages.autoReply(autoReply, from));
        deliver(TestMessages.bounce(bounce));

        MailboxReader.Report report = reader(intake).poll();

        assertThat(report.ignored()).isEqualTo(2);
        assertThat(report.taken()).isZero();
        assertThat(lettersFrom(from)).isEmpty();
        assertThat(messages.byMessageId(autoReply).orElseThrow().reason()).contains("auto-replied");
        assertThat(messages.byMessageId(bounce).orElseThrow().outcome()).isEqualTo(MailboxMessage.Outcome.IGNORED);
        assertThat(count("INBOX")).isZero();
        assertThat(count("Postbag taken")).isEqualTo(2);
        assertThat(Mailbox.of(address(from)).messages()).isEmpty();
    }

    @Test
    void oversizedAndMalformedMessagesGoOnTheCouldNotReadListWithTheReason() throws Exception {
        String from = sender("Big Sender");
        String oversized = TestMessages.newMessageId();
        String malformed = TestMessages.newMessageId();
        deliver(TestMessages.oversized(oversized, from, (int) settings.maxMessageBytes() + 1024));
        deliver(TestMessages.malformed(malformed, from));

        MailboxReader.Report report = reader(intake).poll();

        assertThat(report.unreadable()).isEqualTo(2);
        assertThat(messages.byMessageId(oversized).orElseThrow().reason()).startsWith("Larger than");
        assertThat(messages.byMessageId(malformed).orElseThrow().reason()).contains("MIME structure is broken");
        assertThat(messages.unreadableNewestFirst(500))
                .extracting(MailboxMessage::messageId)
                .contains(oversized, malformed);
        assertThat(lettersFrom(from)).isEmpty();
        assertThat(count("INBOX")).isZero();
        assertThat(count("Postbag could not read")).isEqualTo(2);

        assertThat(reader(intake).poll().handled()).as("nothing is tried again").isZero();
    }

    @Test
    void theSameMessageTwiceIsOneLetter() throws Exception {
        String from = sender("Twice Sent");
        MimeMessage message = TestMessages.plain(TestMessages.newMessageId(), from, "Potholes", "Fill the potholes.");
        deliver(message);
        deliver(message);

        MailboxReader.Report first = reader(intake).poll();
        deliver(message);
        MailboxReader.Report second = reader(intake).poll();

        assertThat(first.taken()).isEqualTo(1);
        assertThat(first.seenBefore()).isEqualTo(1);
        assertThat(second.seenBefore()).isEqualTo(1);
        assertThat(lettersFrom(from)).hasSize(1);
        assertThat(count("INBOX")).isZero();
        assertThat(Mailbox.of(address(from)).await(1, Duration.ofSeconds(20))).hasSize(1);
    }

    /** A crash after the message was fetched and stored, before it was moved: the next poll only moves it. */
    @Test
    void aRestartAfterTheCommitAndBeforeTheMoveTakesTheMessageOnce() throws Exception {
        String from = sender("Crash After");
        String id = TestMessages.newMessageId();
        deliver(TestMessages.plain(id, from, "Buses", "More buses, please."));

        MailboxReader.Taker crashesAfterCommit = new Crashing() {
            @Override
            public MailIntake.Taken take(String messageId, long size, String sender, String subject, byte[] raw) {
                intake.take(messageId, size, sender, subject, raw);
                throw new Crash();
            }
        };
        assertCrashes(crashesAfterCommit);
        assertThat(lettersFrom(from)).hasSize(1);
        assertThat(count("INBOX")).as("not moved before the crash").isEqualTo(1);

        MailboxReader.Report again = reader(intake).poll();

        assertThat(again.seenBefore()).isEqualTo(1);
        assertThat(again.taken()).isZero();
        assertThat(lettersFrom(from)).hasSize(1);
        assertThat(count("INBOX")).isZero();
        assertThat(count("Postbag taken")).isEqualTo(1);
    }

    /** A crash after the message was fetched, before its transaction committed: the next poll takes it. */
    @Test
    void aRestartBetweenFetchAndCommitLeavesTheMessageForTheNextPoll() throws Exception {
        String from = sender("Crash Before");
        String id = TestMessages.newMessageId();
        deliver(TestMessages.plain(id, from, "Parks", "Open the parks at night."));

        MailboxReader.Taker crashesBeforeCommit = new Crashing() {
            @Override
            public MailIntake.Taken take(String messageId, long size, String sender, String subject, byte[] raw) {
                try {
                    transaction.begin();
                    intake.take(messageId, size, sender, subject, raw);
                    transaction.rollback();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                throw new Crash();
            }
        };
        assertCrashes(crashesBeforeCommit);
        assertThat(lettersFrom(from)).isEmpty();
        assertThat(messages.byMessageId(id)).isEmpty();
        assertThat(count("INBOX")).isEqualTo(1);

        MailboxReader.Report again = reader(intake).poll();

        assertThat(again.taken()).isEqualTo(1);
        assertThat(lettersFrom(from)).hasSize(1);
        assertThat(count("INBOX")).isZero();
    }

    /** Done when: a letter emailed to the mailbox appears, confirmed, in the queue with its text and attachment. */
    @Test
    void aLetterEmailedToTheConfiguredMailboxIsPolledByTheServer() throws Exception {
        String from = sender("Nell Park");
        MimeMessage message = TestMessages.withAttachment(
                TestMessages.newMessageId(),
                from,
                "The pier",
                "My letter is attached.",
                "pier.docx",
                "application/octet-stream",
                TestMessages.docx("Sir,", "Mend the pier before the summer."));
        message.setRecipients(Message.RecipientType.TO, settings.account().user());
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", config.string("POSTBAG_SMTP_PORT", "3025"));
        Transport.send(new MimeMessage(
                Session.getInstance(smtp), new java.io.ByteArrayInputStream(TestMessages.bytes(message))));

        String link = Mailbox.of(address(from))
                .await(1, Duration.ofSeconds(30))
                .get(0)
                .link("/confirm/");
        assertThat(submissions.confirm(link.substring(link.lastIndexOf('/') + 1)))
                .isEqualTo(ConfirmationOutcome.CONFIRMED);

        Letter letter = onlyLetterFrom(from);
        assertThat(letter.status()).isEqualTo(LetterStatus.NEW);
        assertThat(letter.originalBody()).contains("Mend the pier before the summer.");
        assertThat(documents.of(letter.reference()))
                .extracting(DocumentSummary::fileName)
                .contains("pier.docx");
    }

    // --- helpers

    private abstract class Crashing implements MailboxReader.Taker {
        @Override
        public MailIntake.Taken couldNotTake(
                String messageId, long size, String sender, String subject, String reason) {
            return intake.couldNotTake(messageId, size, sender, subject, reason);
        }

        @Override
        public boolean hasRoom() {
            return intake.hasRoom();
        }
    }

    /** What a killed server does to a poll: nothing after it runs. */
    private static final class Crash extends Error {}

    private void assertCrashes(MailboxReader.Taker taker) throws MessagingException {
        try {
            reader(taker).poll();
        } catch (Crash expected) {
            return;
        }
        throw new AssertionError("the poll should have crashed");
    }

    private MailboxReader reader(MailboxReader.Taker taker) {
        MailboxSettings.Account configured = settings.account();
        MailboxSettings.Account own = new MailboxSettings.Account(
                configured.host(),
                configured.port(),
                configured.security(),
                user,
                "tests-only",
                "INBOX",
                configured.doneFolder(),
                configured.unreadableFolder());
        return new MailboxReader(own, settings.maxMessageBytes(), settings.batch(), taker);
    }

    private Store store() throws MessagingException {
        MailboxSettings.Account account = settings.account();
        Store store = Session.getInstance(account.properties()).getStore(account.protocol());
        store.connect(account.host(), account.port(), user, "tests-only");
        return store;
    }

    private void deliver(MimeMessage message) throws MessagingException {
        Store store = store();
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.appendMessages(new Message[] {message});
        } finally {
            store.close();
        }
    }

    private int count(String folderName) throws MessagingException {
        Store store = store();
        try {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return 0;
            }
            folder.open(Folder.READ_ONLY);
            try {
                return (int) java.util.Arrays.stream(folder.getMessages())
                        .filter(m -> {
                            try {
                                return !m.isSet(jakarta.mail.Flags.Flag.DELETED);
                            } catch (MessagingException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .count();
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static String address(String from) {
        return from.substring(from.indexOf('<') + 1, from.indexOf('>'));
    }

    private List<Letter> lettersFrom(String from) {
        return em.createQuery("select l from Letter l where l.author.email = :email", Letter.class)
                .setParameter("email", address(from))
                .getResultList();
    }

    private Letter onlyLetterFrom(String from) {
        List<Letter> letters = lettersFrom(from);
        assertThat(letters).hasSize(1);
        return letters.get(0);
    }
}
