package org.postbag.intake;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postbag.infrastructure.Hashing;

/**
 * One poll of the letters mailbox over IMAP: each message in the inbox (up to a batch) is
 * handed to the {@link Taker}, which stores it in one transaction, and only after that commits
 * is the message moved to the "taken" folder (or the "could not read" one). A crash before the
 * commit leaves the message in the inbox for the next poll; a crash after it leaves a message
 * the next poll recognises by its Message-ID and only moves.
 */
public final class MailboxReader {

    private static final Logger LOG = Logger.getLogger(MailboxReader.class.getName());

    /** Takes one message in its own transaction ({@link MailIntake} in the application). */
    public interface Taker {
        MailIntake.Taken take(String messageId, long size, String sender, String subject, byte[] raw);

        MailIntake.Taken couldNotTake(String messageId, long size, String sender, String subject, String reason);

        /** False when the desk holds as much unconfirmed mail as it will: the rest waits in the mailbox. */
        boolean hasRoom();
    }

    /** What one poll did. */
    public record Report(int taken, int ignored, int unreadable, int seenBefore, boolean stoppedEarly) {
        public int handled() {
            return taken + ignored + unreadable + seenBefore;
        }
    }

    private final MailboxSettings.Account account;
    private final long maxBytes;
    private final int batch;
    private final Taker taker;

    public MailboxReader(MailboxSettings.Account account, long maxBytes, int batch, Taker taker) {
        this.account = account;
        this.maxBytes = maxBytes;
        this.batch = batch;
        this.taker = taker;
    }

    public Report poll() throws MessagingException {
        Store store = Session.getInstance(account.properties()).getStore(account.protocol());
        store.connect(account.host(), account.port(), account.user(), account.password());
        int taken = 0, ignored = 0, unreadable = 0, seenBefore = 0;
        boolean stoppedEarly = false;
        try {
            Folder inbox = store.getFolder(account.folder());
            inbox.open(Folder.READ_WRITE);
            try {
                Folder done = folder(store, account.doneFolder());
                Folder couldNotRead = folder(store, account.unreadableFolder());
                int count = Math.min(inbox.getMessageCount(), batch);
                if (count == 0) {
                    return new Report(0, 0, 0, 0, false);
                }
                Message[] messages = inbox.getMessages(1, count);
                FetchProfile profile = new FetchProfile();
                profile.add(FetchProfile.Item.ENVELOPE);
                profile.add(FetchProfile.Item.SIZE);
                profile.add(FetchProfile.Item.FLAGS);
                profile.add("Message-ID");
                inbox.fetch(messages, profile);
                for (Message message : messages) {
                    if (message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    if (!taker.hasRoom()) {
                        LOG.warning("The letters mailbox waits: the desk holds as much unconfirmed mail as it will"
                                + " (POSTBAG_MAILBOX_MAX_UNCONFIRMED_MB)");
                        stoppedEarly = true;
                        break;
                    }
                    MailIntake.Taken result = takeOne(message);
                    if (result == null) {
                        stoppedEarly = true;
                        break;
                    }
                    if (result.seenBefore()) {
                        seenBefore++;
                    } else {
                        switch (result.outcome()) {
                            case TAKEN -> taken++;
                            case IGNORED -> ignored++;
                            case UNREADABLE -> unreadable++;
                        }
                    }
                    Folder to = result.outcome() == MailboxMessage.Outcome.UNREADABLE ? couldNotRead : done;
                    inbox.copyMessages(new Message[] {message}, to);
                    message.setFlag(Flags.Flag.DELETED, true);
                }
            } finally {
                inbox.close(true);
            }
        } finally {
            store.close();
        }
        return new Report(taken, ignored, unreadable, seenBefore, stoppedEarly);
    }

    /** The message's outcome, or null when it could not be fetched or stored (the mailbox or the database is down). */
    private MailIntake.Taken takeOne(Message message) {
        String sender = sender(message);
        String subject = subject(message);
        long size;
        byte[] raw;
        String messageId;
        try {
            size = Math.max(message.getSize(), 0);
            raw = size > maxBytes ? null : fetch(message);
            messageId = messageId(message, raw, sender, subject, size);
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "A message could not be fetched from the letters mailbox; it stays for the next poll",
                    e);
            return null;
        }
        try {
            return taker.take(messageId, raw == null ? size : raw.length, sender, subject, raw);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Message " + messageId + " could not be taken", e);
            try {
                return taker.couldNotTake(messageId, size, sender, subject, "Taking it failed: " + describe(e));
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "The letters mailbox stops until the next poll: nothing can be stored", again);
                return null;
            }
        }
    }

    /** The bytes as received, or null if there are more than the limit (the size the server said was wrong). */
    private byte[] fetch(Message message) throws MessagingException, IOException {
        Bounded out = new Bounded(maxBytes);
        try {
            message.writeTo(out);
        } catch (Bounded.TooLarge e) {
            return null;
        }
        return out.toByteArray();
    }

    static String messageId(Message message, byte[] raw, String sender, String subject, long size)
            throws MessagingException {
        String[] header = message.getHeader("Message-ID");
        if (header != null && header.length > 0 && !header[0].isBlank()) {
            String id = header[0].strip();
            return id.length() > MailboxMessage.MAX_ID ? "sha256:" + Hashing.sha256(id) : id;
        }
        // Without a Message-ID the message's bytes are its identity; over the limit, what the envelope says.
        return raw != null
                ? "sha256:" + Hashing.sha256(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1))
                : "envelope:" + Hashing.sha256(sender + "\n" + subject + "\n" + message.getSentDate() + "\n" + size);
    }

    private static String sender(Message message) {
        try {
            String[] from = message.getHeader("From");
            return from == null || from.length == 0 ? null : from[0];
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static Folder folder(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("Cannot create the folder " + name);
        }
        return folder;
    }

    /** Bytes up to a limit; one more and writing stops. */
    private static final class Bounded extends OutputStream {
        static final class TooLarge extends IOException {}

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long max;

        Bounded(long max) {
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            bytes.write(b, off, len);
        }

        private void check(int more) throws TooLarge {
            if (bytes.size() + (long) more > max) {
                throw new TooLarge();
            }
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
