package org.postbag.desk;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.postbag.letter.Flag;
import org.postbag.letter.LetterStatus;
import org.postbag.linking.CitationSuggestions;
import org.postbag.linking.QuoteChecks;
import org.postbag.moderation.Campaigns;

/**
 * Everything the desk shows about one letter, read in one transaction: the letter as sent,
 * its writer's details (for editors only), flags, reply links, notes, near-identical letters
 * and its history. Plain values, so that a page can keep it between requests.
 */
public record LetterFile(
        String reference,
        int version,
        LetterStatus status,
        String subject,
        String body,
        int words,
        int wordLimit,
        String authorName,
        String authorTown,
        String authorEmail,
        String contactDetails,
        boolean nameWithheld,
        String citation,
        Instant receivedAt,
        Instant confirmedAt,
        String heldBy,
        boolean heldByMe,
        List<Flag> flags,
        List<Link> links,
        List<NoteLine> notes,
        List<HistoryLine> history,
        List<Campaigns.Match> similar,
        String undoable,
        Editing editing,
        Conversation conversation,
        Long sectionId)
        implements Serializable {

    /** What the letter answers, what the detector suggests, where its thread starts, and its quotations checked. */
    public record Conversation(
            List<CitationSuggestions.Suggested> suggestions,
            String threadRoot,
            QuoteChecks.Result quotes,
            List<String> invited)
            implements Serializable {}

    /** The letter's text as it stands, its revisions, and what the writer was asked. */
    public record Editing(
            String headline,
            String body,
            String signOff,
            int words,
            List<RevisionLine> revisions,
            Integer approvedRevision,
            List<RequestLine> requests)
            implements Serializable {

        public int latestRevision() {
            return revisions.isEmpty() ? 0 : revisions.get(revisions.size() - 1).number();
        }

        /** True when an editor approved an earlier version than the latest. */
        public boolean isLatestUnapproved() {
            return approvedRevision != null && approvedRevision != latestRevision();
        }
    }

    public record RevisionLine(int number, String author, Instant at, String reason, int words, String headline)
            implements Serializable {}

    public record RequestLine(
            int revision,
            String sentBy,
            Instant sentAt,
            Instant dueAt,
            boolean overdue,
            String answer,
            Instant answeredAt,
            String comment)
            implements Serializable {}

    public record Link(
            String pieceReference,
            String title,
            String signOff,
            String status,
            String source,
            String evidence,
            boolean published,
            boolean authorReachable)
            implements Serializable {}

    public record NoteLine(String author, Instant at, String text) implements Serializable {}

    public record HistoryLine(Instant at, String actor, String action, String from, String to, String note)
            implements Serializable {}

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isOverLimit() {
        return words > wordLimit;
    }

    public String statusLabel() {
        return status.label();
    }
}
