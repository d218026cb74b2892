package org.postbag.archive.wxr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.postbag.infrastructure.Hashing;

/**
 * What a WordPress export becomes in Postbag, decided before anything is written: the issues,
 * the articles and the letters, each with the keys it has in the source (post GUIDs, comment
 * ids) so that importing the same file again finds them, and a report of everything passed over
 * or not placed. The same letter printed on a letters page and posted as a comment, or an
 * article exported twice, becomes one piece; the copies are named in the report.
 */
public final class ImportPlan {

    /** Where a post's issue comes from; the admin chooses after seeing the preview. */
    public enum IssueSource {
        CATEGORY,
        TAG,
        CUSTOM_FIELD
    }

    public record Options(IssueSource issueSource, String customField, boolean readerComments) {
        public static Options defaults() {
            return new Options(IssueSource.CATEGORY, "issue", false);
        }
    }

    public record PlannedIssue(int number, String title, LocalDate coverDate) {}

    public record PlannedArticle(
            List<String> keys, String title, String author, Integer issue, Instant published, String url, String body) {

        public String key() {
            return keys.get(0);
        }

        /** Changes whenever anything imported from the source changes. */
        public String hash() {
            return Hashing.sha256(String.join(
                    "\u0000",
                    title,
                    author,
                    String.valueOf(issue),
                    String.valueOf(published),
                    String.valueOf(url),
                    body));
        }
    }

    public record PlannedLetter(
            List<String> keys,
            String headline,
            String name,
            String town,
            String email,
            Integer issue,
            Integer position,
            Instant received,
            String body,
            String replyTo,
            String source) {

        public String key() {
            return keys.get(0);
        }

        public String signOff() {
            return town.isBlank() ? name : name + ", " + town;
        }

        public String hash() {
            return Hashing.sha256(String.join(
                    "\u0000",
                    String.valueOf(headline),
                    name,
                    town,
                    String.valueOf(issue),
                    String.valueOf(position),
                    body));
        }
    }

    final Map<Integer, PlannedIssue> issues = new TreeMap<>();
    final List<PlannedArticle> articles = new ArrayList<>();
    final List<PlannedLetter> letters = new ArrayList<>();
    final List<String> passedOver = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    private List<PlannedIssue> issueList;

    private ImportPlan() {}

    public static ImportPlan of(WxrFile file, Options options) {
        ImportPlan plan = new ImportPlan();
        new PlanBuilder(plan, file, options).build();
        return plan;
    }

    /** A plan made from records kept elsewhere (CSV, JSON), with what could not be placed. */
    public static ImportPlan of(
            List<PlannedIssue> issues,
            List<PlannedArticle> articles,
            List<PlannedLetter> letters,
            List<String> problems) {
        ImportPlan plan = new ImportPlan();
        issues.forEach(issue -> plan.issues.put(issue.number(), issue));
        plan.articles.addAll(articles);
        plan.letters.addAll(letters);
        plan.problems.addAll(problems);
        return plan;
    }

    // Views, not copies: a job reads them once a step, and an archive has 100,000 steps.
    public List<PlannedIssue> issues() {
        if (issueList == null) {
            issueList = List.copyOf(issues.values());
        }
        return issueList;
    }

    public List<PlannedArticle> articles() {
        return Collections.unmodifiableList(articles);
    }

    public List<PlannedLetter> letters() {
        return Collections.unmodifiableList(letters);
    }

    /** Items and comments deliberately not imported: pages, drafts, reader comments. */
    public List<String> passedOver() {
        return List.copyOf(passedOver);
    }

    /** What the import could not place: the admin should look at each. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** What the import did that the admin may want to know: copies merged, scripts removed. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** Steps of the import, in order: each issue, article and letter, then every letter's reply link. */
    public int steps() {
        return issues.size() + articles.size() + letters.size() * 2;
    }
}
