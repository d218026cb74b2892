package org.postbag.desk;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postbag.infrastructure.Wording;
import org.postbag.letter.Flag;
import org.postbag.letter.FlagKind;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.LetterText;
import org.postbag.letter.WordLimit;
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
            implements Serializable {

        /**
         * Why the link was made, one reason a line. The link keeps them joined by "; "; links made
         * before that kept a list as Java prints it ("[…, …]"), which is read back the same way.
         */
        public List<String> reasons() {
            return LetterFile.reasons(evidence);
        }
    }

    /** A flag as the desk words it now, about the letter as it stands, not as it was sent. */
    /**
     * A flag as the letter page lists it: its kind in the page's words, and its reason, which is the screening's own
     * text (kept as it was written when the letter arrived) or, for what the page says itself, a {@link Wording}.
     */
    public record FlagLine(Wording kind, Serializable reason) implements Serializable {}

    public record NoteLine(String author, Instant at, String text) implements Serializable {}

    public record HistoryLine(Instant at, String actor, String action, String from, String to, String note)
            implements Serializable {}

    public boolean isOpen() {
        return status.isOpen();
    }

    /** Over the limit as the text stands now, after any cut: what Flags and Length both say. */
    public boolean isOverLimit() {
        return editing.words() > wordLimit;
    }

    /** The heading of the page: the headline as it stands, else the writer's subject, else the first words. */
    public String heading() {
        if (editing.headline() != null && !editing.headline().isBlank()) {
            return editing.headline();
        }
        return subject != null && !subject.isBlank() ? subject : LetterText.firstWords(body, 10);
    }

    public boolean isPublished() {
        return status == LetterStatus.PUBLISHED;
    }

    /**
     * The flags in words about the text as it stands: the length counted again (the flag kept
     * the count at arrival), and the duplicates in one line, their copies in reference order.
     */
    public List<FlagLine> flagLines() {
        List<FlagLine> lines = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        boolean lengthSaid = false;
        for (Flag flag : flags) {
            if (flag.kind() == FlagKind.OVER_LENGTH) {
                if (!lengthSaid) {
                    lines.add(new FlagLine(
                            isOverLimit() ? term(flag.kind()) : Wording.of("deskLetter.flag.wasOverLength"), length()));
                    lengthSaid = true;
                }
            } else if (flag.kind() == FlagKind.DUPLICATE) {
                Matcher copy = REFERENCE.matcher(flag.reason());
                if (copy.find()) {
                    if (!copies.contains(copy.group())) {
                        copies.add(copy.group());
                    }
                } else {
                    lines.add(new FlagLine(term(flag.kind()), flag.reason()));
                }
            } else {
                lines.add(new FlagLine(term(flag.kind()), flag.reason()));
            }
        }
        if (!copies.isEmpty()) {
            copies.sort(null);
            lines.add(new FlagLine(
                    term(FlagKind.DUPLICATE),
                    Wording.of("deskLetter.flag.sameText", String.join(", ", copies), copies.size())));
        }
        return lines;
    }

    /** "553 words, 203 over the limit of 350", or, after a cut, that it was over and is now within. */
    private static Wording term(FlagKind kind) {
        return Wording.of("flag." + kind.name().toLowerCase());
    }

    /** "553 words, 253 over the limit of 300", in the page's words. */
    public Wording length() {
        int now = editing.words();
        if (now > wordLimit) {
            return Wording.of("deskLetter.length.over", now, now - wordLimit, wordLimit);
        }
        return words > wordLimit
                ? Wording.of("deskLetter.length.cut", words, now, wordLimit)
                : Wording.of("deskLetter.length.within", now, wordLimit);
    }

    private static final Pattern REFERENCE = Pattern.compile("L-\\d{4}-\\d{5,}");

    static List<String> reasons(String evidence) {
        if (evidence == null || evidence.isBlank()) {
            return List.of();
        }
        String text = evidence.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        return distinct(List.of(text.split("; ")));
    }

    /** A suggestion's reasons as the desk lists them: each said once (see {@link #distinct}). */
    public List<String> reasonsOf(List<String> evidence) {
        return distinct(evidence);
    }

    /**
     * Each reason once: two cues that say the same of the piece ("Ms Natarajan" and, later,
     * "Natarajan", both matching the author Priya Natarajan) are one reason, the first one found.
     */
    static List<String> distinct(List<String> reasons) {
        List<String> kept = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (String reason : reasons) {
            String line = reason.strip();
            int quoteEnds = line.startsWith("\"") ? line.indexOf('"', 1) : -1;
            String what = quoteEnds > 0 ? line.substring(quoteEnds + 1).strip() : line;
            if (!line.isEmpty() && !said.contains(what)) {
                kept.add(line);
                said.add(what);
            }
        }
        return kept;
    }

    /** So far over the limit that approving it asks for a note. */
    public boolean isFarOverLimit() {
        return WordLimit.isFarOver(words, wordLimit);
    }
}
