package org.postbag.intake;

import java.util.List;

/**
 * A message from the letters mailbox as the desk reads it: who it says it is from (which
 * nobody trusts until the address is confirmed), the subject, the writer's words with quotes
 * and signature taken off, and the attachments in the formats read for text.
 *
 * @param automatic why no person wrote it (an auto-reply, a bounce, a list), or null
 */
public record IncomingEmail(
        String fromAddress,
        String fromName,
        String subject,
        String text,
        List<Attachment> attachments,
        List<String> leftOut,
        String automatic) {

    public IncomingEmail {
        attachments = List.copyOf(attachments);
        leftOut = List.copyOf(leftOut);
    }

    /** A file that came with the message, with its text if it could be read. */
    public record Attachment(
            String fileName, AttachmentText.Format format, byte[] content, AttachmentText.Extracted text) {}
}
