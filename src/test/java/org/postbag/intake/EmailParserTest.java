package org.postbag.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.postbag.intake.TestMessages.bytes;

import org.junit.jupiter.api.Test;

class EmailParserTest {

    private final EmailParser parser = new EmailParser(EmailParser.Limits.DEFAULT);

    @Test
    void aPlainLetterGivesItsSenderSubjectAndText() throws Exception {
        IncomingEmail email = parser.parse(bytes(TestMessages.plain(
                TestMessages.newMessageId(), "Ann Lee <ann@example.org>", "Trams", "Sir,\n\nThe trams are late.")));
        assertThat(email.fromAddress()).isEqualTo("ann@example.org");
        assertThat(email.fromName()).isEqualTo("Ann Lee");
        assertThat(email.subject()).isEqualTo("Trams");
        assertThat(email.text()).isEqualTo("Sir,\n\nThe trams are late.");
        assertThat(email.automatic()).isNull();
    }

    @Test
    void attachedDocumentsAreReadForText() throws Exception {
        byte[] docx = TestMessages.docx("Sir,", "The ferry must come back.");
        IncomingEmail word = parser.parse(bytes(TestMessages.withAttachment(
                TestMessages.newMessageId(),
                "tom@example.org",
                "Ferry",
                "Letter attached.",
                "ferry.docx",
                AttachmentText.Format.DOCX.contentType(),
                docx)));
        assertThat(word.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.fileName()).isEqualTo("ferry.docx");
            assertThat(attachment.content()).isEqualTo(docx);
            assertThat(attachment.text().text()).contains("The ferry must come back.");
        });
        assertThat(MailIntake.bodyOf(word)).startsWith("Sir,").contains("The ferry must come back.");

        IncomingEmail pdf = parser.parse(bytes(TestMessages.withAttachment(
                TestMessages.newMessageId(),
                "tom@example.org",
                "Ferry",
                "Letter attached.",
                "ferry.pdf",
                "application/pdf",
                TestMessages.pdf("Sir,", "The ferry must come back."))));
        assertThat(pdf.attachments().get(0).text().text()).contains("The ferry must come back.");

        IncomingEmail odt = parser.parse(bytes(TestMessages.withAttachment(
                TestMessages.newMessageId(),
                "tom@example.org",
                "Ferry",
                "Letter attached.",
                "ferry.odt",
                "application/octet-stream",
                TestMessages.odt("Sir,", "The ferry must come back."))));
        assertThat(odt.attachments().get(0).text().text()).isEqualTo("Sir,\n\nThe ferry must come back.");
    }

    @Test
    void aLongEmailIsTheLetterEvenWithAnAttachment() throws Exception {
        String long_ = "The council has closed the library again, and this time ".repeat(5);
        IncomingEmail email = parser.parse(bytes(TestMessages.withAttachment(
                TestMessages.newMessageId(),
                "tom@example.org",
                "Library",
                long_,
                "notes.txt",
                "text/plain",
                "My notes".getBytes())));
        assertThat(MailIntake.bodyOf(email)).isEqualTo(email.text());
    }

    @Test
    void aBrokenAttachmentIsKeptWithTheReasonItsTextIsMissing() throws Exception {
        IncomingEmail email = parser.parse(bytes(TestMessages.withAttachment(
                TestMessages.newMessageId(),
                "tom@example.org",
                "Ferry",
                "Letter attached.",
                "ferry.docx",
                "application/octet-stream",
                "not a zip at all".getBytes())));
        assertThat(email.attachments().get(0).text().text()).isNull();
        assertThat(email.attachments().get(0).text().problem()).startsWith("Could not be read as docx");
    }

    @Test
    void otherAttachmentsAreLeftOutWithTheirNames() throws Exception {
        IncomingEmail email = parser.parse(bytes(TestMessages.withAttachment(
                TestMessages.newMessageId(),
                "tom@example.org",
                "Photo",
                "My letter is here in the email.",
                "holiday.exe",
                "application/octet-stream",
                new byte[] {1, 2, 3})));
        assertThat(email.attachments()).isEmpty();
        assertThat(email.leftOut()).singleElement().asString().startsWith("holiday.exe");
    }

    @Test
    void autoRepliesAndBouncesAreRecognised() throws Exception {
        assertThat(parser.parse(bytes(TestMessages.autoReply(TestMessages.newMessageId(), "ann@example.org")))
                        .automatic())
                .contains("auto-replied");
        assertThat(parser.parse(bytes(TestMessages.bounce(TestMessages.newMessageId())))
                        .automatic())
                .isNotNull();
    }

    @Test
    void malformedMimeIsUnreadableWithAReason() throws Exception {
        assertThatThrownBy(
                        () -> parser.parse(bytes(TestMessages.malformed(TestMessages.newMessageId(), "a@example.org"))))
                .isInstanceOf(UnreadableMessage.class)
                .hasMessageContaining("MIME structure is broken");
        assertThatThrownBy(() -> parser.parse("Subject: no sender\r\n\r\nHello".getBytes()))
                .isInstanceOf(UnreadableMessage.class)
                .hasMessageContaining("no From address");
    }
}
