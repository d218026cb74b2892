package org.postbag.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterText;
import org.postbag.linking.Threads;
import org.postbag.publishing.Issues;
import org.postbag.publishing.PageMakeUp;
import org.postbag.publishing.Piece;
import org.postbag.publishing.Pieces;

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
            List<Group> waiting)
            implements Serializable {

        public boolean isOverBudget() {
            return budget != null && words > budget;
        }
    }

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
                    root.isEmpty()
                            ? "Not replying to anything we published"
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
                    groups);
        });
    }

    private Row row(Letter letter) {
        var text = letter.textForPrint();
        return new Row(
                letter.reference(),
                text.headline() != null ? text.headline() : LetterText.firstWords(text.body(), 8),
                text.signOff(),
                LetterText.countWords(text.body()),
                letter.status().label(),
                threads.rootOf(letter).orElse(null));
    }
}
