package org.postbag.intake;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a message as received (RFC 5322 bytes) into an {@link IncomingEmail}, with Jakarta
 * Mail's MIME parser set to be strict: a broken structure is a reason to put the message on
 * the "could not read" list, never a guess. Limits on parts, nesting and attachment sizes keep
 * a hostile message small.
 */
public final class EmailParser {

    /** Limits for one message. */
    public record Limits(int maxAttachmentBytes, int maxAttachments, int maxTextChars) {
        public static final Limits DEFAULT = new Limits(5 * 1024 * 1024, 10, 100_000);
    }

    private static final int MAX_PARTS = 100;
    private static final int MAX_DEPTH = 8;

    private final Limits limits;
    private final Session session;

    public EmailParser(Limits limits) {
        this.limits = limits;
        Properties strict = new Properties();
        strict.put("mail.mime.multipart.ignoremissingendboundary", "false");
        strict.put("mail.mime.multipart.ignoremissingboundaryparameter", "false");
        strict.put("mail.mime.multipart.allowempty", "false");
        strict.put("mail.mime.base64.ignoreerrors", "false");
        strict.put("mail.mime.address.strict", "true");
        this.session = Session.getInstance(strict);
    }

    public IncomingEmail parse(byte[] raw) throws UnreadableMessage {
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
            InternetAddress from = from(message);
            String contentType = lower(message.getContentType());
            Optional<String> automatic =
                    AutomaticMail.reason(headers(message), contentType, from == null ? null : from.getAddress());
            if (automatic.isPresent()) {
                return new IncomingEmail(
                        from == null ? null : from.getAddress(),
                        null,
                        subject(message),
                        "",
                        List.of(),
                        List.of(),
                        automatic.get());
            }
            if (from == null) {
                throw new UnreadableMessage("The message says nobody sent it (no From address)");
            }
            Walk walk = new Walk();
            walk.part(message, 0);
            String text = walk.plain != null
                    ? EmailText.fromPlain(walk.plain)
                    : walk.html != null ? EmailText.fromHtml(walk.html) : "";
            String name = from.getPersonal() == null || from.getPersonal().isBlank()
                    ? from.getAddress().substring(0, from.getAddress().indexOf('@'))
                    : from.getPersonal().strip();
            return new IncomingEmail(
                    from.getAddress(), name, subject(message), text, walk.attachments, walk.leftOut, null);
        } catch (MessagingException | IOException | IllegalArgumentException e) {
            throw new UnreadableMessage("The message's MIME structure is broken: " + e.getMessage(), e);
        }
    }

    private static InternetAddress from(MimeMessage message) throws MessagingException, UnreadableMessage {
        String[] header = message.getHeader("From");
        if (header == null || header.length == 0) {
            return null;
        }
        try {
            Address[] addresses = InternetAddress.parseHeader(header[0], true);
            if (addresses.length != 1
                    || !(addresses[0] instanceof InternetAddress address)
                    || address.getAddress() == null
                    || !address.getAddress().contains("@")) {
                throw new UnreadableMessage("The From address cannot be read: " + header[0]);
            }
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new UnreadableMessage("The From address cannot be read: " + header[0], e);
        }
    }

    private static String subject(MimeMessage message) throws MessagingException {
        String subject = message.getSubject();
        if (subject == null || subject.isBlank()) {
            return null;
        }
        subject = subject.strip().replaceAll("\\s+", " ");
        return subject.length() > 200 ? subject.substring(0, 200) : subject;
    }

    private static Map<String, List<String>> headers(MimeMessage message) throws MessagingException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Enumeration<Header> all = message.getAllHeaders();
        while (all.hasMoreElements()) {
            Header header = all.nextElement();
            headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(header.getValue());
        }
        return headers;
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }

    /** The first plain and HTML bodies, and the attachments, depth first. */
    private final class Walk {
        String plain;
        String html;
        final List<IncomingEmail.Attachment> attachments = new ArrayList<>();
        final List<String> leftOut = new ArrayList<>();
        int parts;

        void part(Part part, int depth) throws MessagingException, IOException, UnreadableMessage {
            if (++parts > MAX_PARTS || depth > MAX_DEPTH) {
                throw new UnreadableMessage("The message has more than " + MAX_PARTS
                        + " parts or is nested deeper than " + MAX_DEPTH + " levels");
            }
            String type = lower(part.getContentType());
            String fileName = fileName(part);
            if (type.startsWith("multipart/")) {
                Object content = part.getContent();
                if (!(content instanceof Multipart multipart)) {
                    throw new UnreadableMessage("A multipart part without parts");
                }
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    part(child, depth + 1);
                }
            } else if (fileName == null
                    && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                    && type.startsWith("text/plain")) {
                if (plain == null) {
                    plain = text(part, type);
                }
            } else if (fileName == null
                    && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                    && type.startsWith("text/html")) {
                if (html == null) {
                    html = text(part, type);
                }
            } else if (fileName != null) {
                attachment(part, fileName);
            }
        }

        private void attachment(Part part, String fileName) throws MessagingException, IOException {
            Optional<AttachmentText.Format> format = AttachmentText.Format.of(fileName);
            if (format.isEmpty()) {
                leftOut.add(fileName + " (not a format the desk reads: .docx, .odt, .pdf or .txt)");
                return;
            }
            if (attachments.size() >= limits.maxAttachments()) {
                leftOut.add(fileName + " (more than " + limits.maxAttachments() + " attachments)");
                return;
            }
            Optional<byte[]> content;
            try (InputStream in = part.getInputStream()) {
                content = AttachmentText.readAtMost(in, limits.maxAttachmentBytes());
            }
            if (content.isEmpty()) {
                leftOut.add(fileName + " (larger than " + limits.maxAttachmentBytes() / 1024 / 1024 + " MB)");
                return;
            }
            attachments.add(new IncomingEmail.Attachment(
                    fileName,
                    format.get(),
                    content.get(),
                    AttachmentText.read(format.get(), content.get(), limits.maxTextChars())));
        }

        private String text(Part part, String type) throws MessagingException, IOException, UnreadableMessage {
            Optional<byte[]> bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = AttachmentText.readAtMost(in, limits.maxAttachmentBytes());
            }
            if (bytes.isEmpty()) {
                throw new UnreadableMessage(
                        "The text of the message is larger than " + limits.maxAttachmentBytes() / 1024 / 1024 + " MB");
            }
            return new String(bytes.get(), charset(type));
        }
    }

    private static Charset charset(String type) throws UnreadableMessage {
        try {
            String name = new ContentType(type).getParameter("charset");
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(name));
        } catch (jakarta.mail.internet.ParseException | IllegalArgumentException e) {
            throw new UnreadableMessage("The message's character set is unknown: " + type, e);
        }
    }

    private static String fileName(Part part) throws MessagingException {
        try {
            String name = part.getFileName();
            if (name == null || name.isBlank()) {
                return null;
            }
            name = MimeUtility.decodeText(name)
                    .replaceAll("[\\\\/\\p{Cntrl}]", "_")
                    .strip();
            return name.length() > 200 ? name.substring(name.length() - 200) : name;
        } catch (UnsupportedEncodingException e) {
            return "attachment";
        }
    }
}
