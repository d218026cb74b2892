package org.postbag.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postbag.infrastructure.Hashing;
import org.postbag.letter.Author;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterText;
import org.postbag.submission.LetterDraft;
import org.postbag.submission.Sender;
import org.postbag.submission.SubmissionOutcome;
import org.postbag.submission.Submissions;

/**
 * Turns one message from the letters mailbox into a letter, in the form's pipeline
 * ({@link Submissions}): the sender gets the confirmation email, and the letter enters the
 * queue when they confirm. One transaction per message stores the letter, what came with it,
 * and the {@link MailboxMessage} that marks the message as taken; the mailbox moves the message
 * out of the inbox only after that commits.
 */
@ApplicationScoped
public class MailIntake implements MailboxReader.Taker {

    /** A covering note this short, with a readable attachment, means the attachment is the letter. */
    static final int COVERING_NOTE_WORDS = 40;

    @Inject
    private Submissions submissions;

    @Inject
    private MailboxMessages messages;

    @Inject
    private LetterDocuments documents;

    @Inject
    private MailboxSettings settings;

    @Inject
    private Clock clock;

    /** What became of a message; {@code seenBefore} when it had been taken already. */
    public record Taken(MailboxMessage.Outcome outcome, String reason, String letterReference, boolean seenBefore) {

        static Taken of(MailboxMessage message, boolean seenBefore) {
            return new Taken(
                    message.outcome(),
                    message.reason(),
                    message.letter() == null ? null : message.letter().reference(),
                    seenBefore);
        }
    }

    /**
     * Takes one message, once.
     *
     * @param raw the message as received, or null when it is over the size limit (and was not fetched)
     */
    @Override
    @Transactional
    public Taken take(String messageId, long size, String sender, String subject, byte[] raw) {
        Optional<MailboxMessage> seen = messages.byMessageId(messageId);
        if (seen.isPresent()) {
            return Taken.of(seen.get(), true);
        }
        if (raw == null) {
            return record(
                    messageId,
                    MailboxMessage.Outcome.UNREADABLE,
                    "Larger than the mailbox's limit of " + mb(settings.maxMessageBytes()) + " (it has " + mb(size)
                            + ")",
                    sender,
                    subject,
                    size,
                    null);
        }
        IncomingEmail email;
        try {
            email = new EmailParser(settings.limits()).parse(raw);
        } catch (UnreadableMessage e) {
            return record(messageId, MailboxMessage.Outcome.UNREADABLE, e.getMessage(), sender, subject, size, null);
        }
        if (email.automatic() != null) {
            return record(messageId, MailboxMessage.Outcome.IGNORED, email.automatic(), sender, subject, size, null);
        }
        String body = LetterText.normalise(bodyOf(email));
        if (body.isEmpty()) {
            return record(
                    messageId,
                    MailboxMessage.Outcome.UNREADABLE,
                    "No text in the message or in an attachment the desk reads",
                    email.fromAddress(),
                    subject,
                    size,
                    null);
        }
        if (body.length() > Letter.MAX_BODY) {
            return record(
                    messageId,
                    MailboxMessage.Outcome.UNREADABLE,
                    "The letter has " + body.length() + " characters; letters hold at most " + Letter.MAX_BODY,
                    email.fromAddress(),
                    subject,
                    size,
                    null);
        }
        String name = LetterText.normaliseLine(email.fromName());
        LetterDraft draft = new LetterDraft(
                name.length() > Author.MAX_NAME ? name.substring(0, Author.MAX_NAME) : name,
                "",
                email.fromAddress(),
                null,
                email.subject(),
                body,
                false,
                List.of(),
                null,
                null);
        SubmissionOutcome outcome =
                submissions.submit(draft, Sender.byEmail("email:" + Hashing.sha256(messageId), email.fromAddress()));
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            keep(accepted.letter(), email, raw);
            return record(
                    messageId,
                    MailboxMessage.Outcome.TAKEN,
                    leftOut(email),
                    email.fromAddress(),
                    subject,
                    size,
                    accepted.letter());
        }
        if (outcome instanceof SubmissionOutcome.AlreadyReceived again) {
            return record(
                    messageId,
                    MailboxMessage.Outcome.TAKEN,
                    "The desk had this letter already",
                    email.fromAddress(),
                    subject,
                    size,
                    again.letter());
        }
        return record(
                messageId,
                MailboxMessage.Outcome.IGNORED,
                ((SubmissionOutcome.Refused) outcome).reason(),
                email.fromAddress(),
                subject,
                size,
                null);
    }

    /**
     * A message that broke something unforeseen while it was taken (that transaction rolled
     * back): it goes on the "could not read" list, so that it is not tried again and again.
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Taken couldNotTake(String messageId, long size, String sender, String subject, String reason) {
        Optional<MailboxMessage> seen = messages.byMessageId(messageId);
        if (seen.isPresent()) {
            return Taken.of(seen.get(), true);
        }
        return record(messageId, MailboxMessage.Outcome.UNREADABLE, reason, sender, subject, size, null);
    }

    /**
     * Whether the desk may take more mail: what unconfirmed letters from the mailbox hold is
     * bounded ({@code POSTBAG_MAILBOX_MAX_UNCONFIRMED_MB}), since anyone can send mail from any
     * address; until writers confirm or the purge deletes them, new messages wait on the mail server.
     */
    @Override
    public boolean hasRoom() {
        return documents.unconfirmedBytes() < settings.maxUnconfirmedBytes();
    }

    /** Forgets taken messages long gone from the inbox, so that the table does not grow for ever. */
    @Transactional
    public int forgetTakenBefore(Instant before) {
        return messages.deleteTakenBefore(before);
    }

    /** The email's own text, unless it is a short covering note for a letter attached. */
    static String bodyOf(IncomingEmail email) {
        Optional<String> attached = email.attachments().stream()
                .map(attachment -> attachment.text().text())
                .filter(text -> text != null && !text.isBlank())
                .findFirst();
        if (attached.isPresent() && LetterText.countWords(email.text()) < COVERING_NOTE_WORDS) {
            return attached.get();
        }
        return email.text();
    }

    private void keep(Letter letter, IncomingEmail email, byte[] raw) {
        Instant now = clock.instant();
        documents.add(new LetterDocument(
                letter,
                LetterDocument.Kind.ORIGINAL_EMAIL,
                letter.reference() + ".eml",
                "message/rfc822",
                raw,
                null,
                now));
        for (IncomingEmail.Attachment attachment : email.attachments()) {
            documents.add(new LetterDocument(
                    letter,
                    LetterDocument.Kind.ATTACHMENT,
                    attachment.fileName(),
                    attachment.format().contentType(),
                    attachment.content(),
                    attachment.text().text(),
                    now));
        }
    }

    /** What the desk should know about the attachments: those left out, and text that could not be read. */
    private static String leftOut(IncomingEmail email) {
        List<String> notes = new ArrayList<>();
        if (!email.leftOut().isEmpty()) {
            notes.add("Not kept: " + String.join("; ", email.leftOut()));
        }
        email.attachments().stream()
                .filter(attachment -> attachment.text().problem() != null)
                .forEach(attachment -> notes.add(
                        attachment.fileName() + ": " + attachment.text().problem()));
        return notes.isEmpty() ? null : String.join(". ", notes);
    }

    private Taken record(
            String messageId,
            MailboxMessage.Outcome outcome,
            String reason,
            String sender,
            String subject,
            long size,
            Letter letter) {
        MailboxMessage message =
                new MailboxMessage(messageId, outcome, reason, sender, subject, size, clock.instant(), letter);
        messages.add(message);
        return Taken.of(message, false);
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
