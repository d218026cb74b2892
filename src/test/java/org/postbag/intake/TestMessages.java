package org.postbag.intake;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Messages as a letters mailbox receives them, and the documents people attach, made in the test. */
final class TestMessages {

    private static final Session SESSION = Session.getInstance(new Properties());

    private TestMessages() {}

    static String newMessageId() {
        return "<" + UUID.randomUUID() + "@mail.example.org>";
    }

    static MimeMessage plain(String messageId, String from, String subject, String text) throws MessagingException {
        MimeMessage message = base(messageId, from, subject);
        message.setText(text, "UTF-8");
        return saved(message);
    }

    static MimeMessage html(String messageId, String from, String subject, String html) throws MessagingException {
        MimeMessage message = base(messageId, from, subject);
        message.setText(html, "UTF-8", "html");
        return saved(message);
    }

    static MimeMessage withAttachment(
            String messageId, String from, String subject, String note, String fileName, String type, byte[] file)
            throws MessagingException {
        MimeMessage message = base(messageId, from, subject);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(note, "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(file, type)));
        attachment.setFileName(fileName);
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        message.setContent(new MimeMultipart(text, attachment));
        return saved(message);
    }

    static MimeMessage autoReply(String messageId, String from) throws MessagingException {
        MimeMessage message = base(messageId, from, "Out of office: Your letter");
        message.setHeader("Auto-Submitted", "auto-replied");
        message.setText("I am away until Monday.", "UTF-8");
        return saved(message);
    }

    static MimeMessage bounce(String messageId) throws MessagingException {
        MimeMessage message = base(messageId, "MAILER-DAEMON@mx.example.org", "Undelivered Mail Returned to Sender");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("This is the mail system. Your message could not be delivered.", "UTF-8");
        MimeBodyPart status = new MimeBodyPart();
        status.setContent(
                "Reporting-MTA: dns; mx.example.org\r\nFinal-Recipient: rfc822; nobody@example.org\r\n"
                        + "Action: failed\r\nStatus: 5.1.1\r\n",
                "message/delivery-status");
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status", human, status);
        message.setContent(report);
        return saved(message);
    }

    static MimeMessage oversized(String messageId, String from, int bytes) throws MessagingException {
        return plain(messageId, from, "A very long letter", "word ".repeat(bytes / 5 + 1));
    }

    /** Says it is multipart, but its body has no part with the boundary it names. */
    static MimeMessage malformed(String messageId, String from) throws MessagingException {
        String raw = "Message-ID: " + messageId + "\r\nFrom: " + from + "\r\nTo: letters@postbag.test\r\n"
                + "Subject: Broken\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"nowhere\"\r\n\r\n"
                + "This body never starts a part.\r\n";
        return new MimeMessage(SESSION, new java.io.ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }

    static byte[] bytes(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(String... lines) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.setLeading(16);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] odt(String... paragraphs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                    + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>");
            for (String paragraph : paragraphs) {
                xml.append("<text:p>").append(paragraph).append("</text:p>");
            }
            xml.append("</office:text></office:body></office:document-content>");
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static MimeMessage base(String messageId, String from, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, "letters@postbag.test");
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new java.util.Date());
        return message;
    }

    private static MimeMessage saved(MimeMessage message) throws MessagingException {
        message.saveChanges();
        return message;
    }
}
