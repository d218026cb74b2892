package org.postbag.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.LetterText;
import org.postbag.letter.Revision;
import org.postbag.linking.ReplyLinks;
import org.postbag.linking.Threads;
import org.postbag.publishing.Issues;
import org.postbag.publishing.PageMakeUp;
import org.postbag.publishing.Piece;
import org.postbag.publishing.Pieces;
import org.postbag.publishing.Publishing;

/** Reads what the make-up page shows, in one transaction. */
@ApplicationScoped
public class MakeUpView {

    @Inject
    private Issues issues;

    @Inject
    private PageMakeUp makeUp;

    @Inject
    private Pieces pieces;

    @Inject
    private Threads threads;

    @Inject
    private ReplyLinks replyLinks;

    @Inject
    private Publishing publishing;

    @Inject
    private Clock clock;

    /** A letter as a line of the make-up page. */
    public record Row(String reference, String headline, String signOff, int words, String status, String thread)
            implements Serializable {}

    /** Waiting letters of one debate, under the piece it started from. */
    public record Group(String root, String title, List<Row> letters) implements Serializable {}

    public record View(
            int number,
            String title,
            Integer budget,
            Instant scheduledFor,
            Instant publishedAt,
            List<Row> page,
            int words,
            List<Group> waiting,
            Instant takenDownAt,
            String takenDownReason,
            boolean mayTakeDown)
            implements Serializable {

        public boolean isOverBudget() {
            return budget != null && words > budget;
        }
    }

    /** A reply link as the preview prints it. */
    public record PreviewLink(String title, String signOff) implements Serializable {}

    /** A letter of the page as readers will read it once published. */
    public record PreviewLetter(
            String reference, String headline, List<PreviewLink> replyingTo, String body, String signOff)
            implements Serializable {}

    /** The page as readers will see it: its letters in page order, with the approved text. */
    public record Preview(int number, String title, List<PreviewLetter> letters) implements Serializable {}

    @Transactional
    public Optional<View> read(int number, long editorId) {
        return issues.byNumber(number).map(issue -> {
            List<Row> page = makeUp.page(issue).stream().map(this::row).toList();
            Map<String, List<Row>> byRoot = new LinkedHashMap<>();
            for (Letter letter : makeUp.waiting(editorId)) {
                Row row = row(letter);
                byRoot.computeIfAbsent(row.thread() == null ? "" : row.thread(), k -> new ArrayList<>())
                        .add(row);
            }
            List<Group> groups = new ArrayList<>();
            byRoot.forEach((root, rows) -> groups.add(new Group(
                    root,
                    // The page names the group of letters that answer nothing (makeup.waiting.unlinked).
                    root.isEmpty()
                            ? ""
                            : pieces.byReference(root).map(Piece::title).orElse(root),
                    rows)));
            return new View(
                    issue.number(),
                    issue.title(),
                    issue.pageBudgetWords(),
                    issue.scheduledFor(),
                    issue.publishedAt(),
                    page,
                    page.stream().mapToInt(Row::words).sum(),
                    groups,
                    issue.takenDownAt(),
                    issue.takenDownReason(),
                    issue.publishedAt() != null
                            && !issue.publishedAt()
                                    .plus(Duration.ofHours(publishing.takeDownHours()))
                                    .isBefore(clock.instant()));
        });
    }

    /** The page before it is published, as readers will read it: headlines, "Replying to", text, sign-offs. */
    @Transactional
    public Optional<Preview> preview(int number) {
        return issues.byNumber(number)
                .map(issue -> new Preview(
                        issue.number(),
                        issue.title(),
                        makeUp.page(issue).stream()
                                .map(letter -> {
                                    var text = letter.textForPrint();
                                    return new PreviewLetter(
                                            letter.reference(),
                                            headline(letter, text),
                                            replyLinks.answeredBy(letter).stream()
                                                    .filter(Piece::isPublished)
                                                    .map(piece -> new PreviewLink(piece.title(), piece.signOff()))
                                                    .toList(),
                                            text.body(),
                                            text.signOff());
                                })
                                .toList()));
    }

    private Row row(Letter letter) {
        var text = letter.textForPrint();
        return new Row(
                letter.reference(),
                headline(letter, text),
                text.signOff(),
                LetterText.countWords(text.body()),
                onPageLabel(letter),
                threads.rootOf(letter).orElse(null));
    }

    /**
     * A letter's status is "scheduled" from the moment it is on a page, time or no time; the
     * make-up page says what that means ({@code ON_PAGE}), and shows the page's time to go out
     * (if any) once. The page names the status in its language ({@code makeup.status.HELD}).
     */
    private static String onPageLabel(Letter letter) {
        if (letter.status() != LetterStatus.SCHEDULED) {
            return letter.status().name();
        }
        return "ON_PAGE";
    }

    private static String headline(Letter letter, Revision.Text text) {
        if (text.headline() != null) {
            return text.headline();
        }
        return letter.subject() != null ? letter.subject() : LetterText.firstWords(text.body(), 8);
    }
}
