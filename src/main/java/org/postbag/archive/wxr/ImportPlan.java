package org.postbag.archive.wxr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postbag.infrastructure.Hashing;
import org.postbag.letter.LetterText;

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

    private static final Pattern ISSUE =
            Pattern.compile("(?i)(?:^|\\b)(?:issue|no\\.?|number|#)[\\s-]*(\\d{1,6})(?:\\s*\\(([^)]{3,40})\\))?");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1,6})\\s*$");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Map<Integer, PlannedIssue> issues = new TreeMap<>();
    private final List<PlannedArticle> articles = new ArrayList<>();
    private final List<PlannedLetter> letters = new ArrayList<>();
    private final List<String> passedOver = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private List<PlannedIssue> issueList;

    private ImportPlan() {}

    public static ImportPlan of(WxrFile file, Options options) {
        ImportPlan plan = new ImportPlan();
        new Builder(plan, file, options).build();
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

    private static final class Builder {
        private final ImportPlan plan;
        private final WxrFile file;
        private final Options options;
        /** Any source key to the planned piece's primary key. */
        private final Map<String, String> aliases = new HashMap<>();

        private final Map<String, PlannedArticle> articlesByPrint = new LinkedHashMap<>();
        private final Map<String, Integer> articleIndex = new HashMap<>();
        private final Map<String, Integer> letterByPrint = new HashMap<>();
        private final Map<String, Integer> letterIndex = new HashMap<>();
        private final Map<Integer, LocalDate> earliestInIssue = new HashMap<>();
        private final Map<Integer, String> issueTitles = new HashMap<>();
        private final Map<Integer, LocalDate> issueDates = new HashMap<>();
        private int readerComments;
        private int otherComments;
        private int repeatedComments;

        Builder(ImportPlan plan, WxrFile file, Options options) {
            this.plan = plan;
            this.file = file;
            this.options = options;
        }

        void build() {
            Map<String, WxrFile.Item> byKey = new LinkedHashMap<>();
            for (WxrFile.Item item : file.items()) {
                String type = item.postType() == null ? "" : item.postType();
                String title = named(item);
                if (!type.equals("post")) {
                    if (!type.equals("attachment") && !type.equals("nav_menu_item") && !type.startsWith("wp_")) {
                        plan.passedOver.add("The " + type + " " + title + ": pages are not pieces");
                    }
                    continue;
                }
                if (!"publish".equals(item.status())) {
                    plan.passedOver.add("The post " + title + ": it is "
                            + (item.status() == null
                                    ? "not published"
                                    : item.status().equals("draft") ? "a draft" : item.status()));
                    continue;
                }
                String key = postKey(item);
                if (byKey.containsKey(key)) {
                    plan.problems.add("The post " + title + " has the same GUID as " + named(byKey.get(key)) + " ("
                            + key.substring(3) + "); only the first is imported");
                    continue;
                }
                byKey.put(key, item);
            }
            for (Map.Entry<String, WxrFile.Item> entry : byKey.entrySet()) {
                WxrFile.Item item = entry.getValue();
                if (HtmlText.hadActiveContent(item.html())) {
                    plan.notes.add("Scripts, styles, frames or forms in " + named(item) + " were left out");
                }
                Integer issue = issueOf(item).orElse(null);
                if (isLettersPage(item)) {
                    lettersPage(entry.getKey(), item, issue);
                } else {
                    article(entry.getKey(), item, issue);
                }
            }
            for (Map.Entry<String, WxrFile.Item> entry : byKey.entrySet()) {
                if (!isLettersPage(entry.getValue())) {
                    comments(entry.getKey(), entry.getValue());
                }
            }
            finishIssues();
            if (readerComments > 0) {
                plan.passedOver.add(readerComments + " reader comment(s) not signed \"Name, Town\"");
            }
            if (otherComments > 0) {
                plan.passedOver.add(otherComments + " comment(s) not approved, or pingbacks");
            }
            if (repeatedComments > 0) {
                plan.notes.add(repeatedComments + " comment(s) repeat a letter already imported, from the same writer"
                        + " with the same text; each is imported once");
            }
        }

        private void article(String key, WxrFile.Item item, Integer issue) {
            String body = HtmlText.of(item.html());
            String title =
                    item.title() == null || item.title().isBlank() ? null : LetterText.normaliseLine(item.title());
            if (title == null) {
                plan.problems.add("The post " + named(item) + " has no title; it is not imported");
                return;
            }
            String author = file.authorNames().getOrDefault(item.creator(), item.creator());
            PlannedArticle article = new PlannedArticle(
                    new ArrayList<>(List.of(key)),
                    title,
                    author == null || author.isBlank() ? "Unknown" : author,
                    issue,
                    dateOf(item.postDateGmt(), item.postDate()),
                    item.link(),
                    body.isBlank() ? null : body);
            String print = LetterText.fingerprint(title + "\n" + body);
            PlannedArticle earlier = articlesByPrint.get(print);
            if (earlier != null) {
                int index = articleIndex.get(earlier.key());
                PlannedArticle kept = earlier.issue() == null && issue != null ? article : earlier;
                PlannedArticle copy = kept == article ? earlier : article;
                kept.keys().addAll(copy.keys());
                copy.keys().forEach(k -> aliases.put(k, kept.key()));
                articleIndex.remove(copy.key());
                articleIndex.put(kept.key(), index);
                plan.articles.set(index, kept);
                articlesByPrint.put(print, kept);
                noteIssue(kept.issue(), kept.published());
                plan.notes.add("The post " + named(item) + " has the same title and text as another post; it is"
                        + " imported once, as " + (kept == article ? "this one" : "the earlier one")
                        + ", and its comments answer that article");
                return;
            }
            articlesByPrint.put(print, article);
            articleIndex.put(key, plan.articles.size());
            aliases.put(key, key);
            plan.articles.add(article);
            noteIssue(issue, article.published());
        }

        private void lettersPage(String key, WxrFile.Item item, Integer issue) {
            LettersPage.Split split = LettersPage.split(item.html());
            split.problems().forEach(problem -> plan.problems.add("In " + named(item) + ": " + problem));
            if (issue == null && !split.letters().isEmpty()) {
                plan.notes.add("The letters in " + named(item) + " have no issue; they are published online only");
            }
            Instant date = dateOf(item.postDateGmt(), item.postDate());
            int position = 0;
            for (LettersPage.PrintedLetter printed : split.letters()) {
                position++;
                String letterKey = key + "#letter-" + position;
                PlannedLetter letter = new PlannedLetter(
                        new ArrayList<>(List.of(letterKey)),
                        printed.headline(),
                        printed.signOff().name(),
                        printed.signOff().town(),
                        null,
                        issue,
                        issue == null ? null : position,
                        date,
                        printed.body(),
                        null,
                        "letters page " + named(item));
                addLetter(letter);
            }
            noteIssue(issue, date);
        }

        private void comments(String postKey, WxrFile.Item item) {
            String article = aliases.get(postKey);
            for (WxrFile.Comment comment : item.comments()) {
                String type = comment.type() == null ? "" : comment.type();
                if (!"1".equals(comment.approved()) || !(type.isEmpty() || type.equals("comment"))) {
                    otherComments++;
                    continue;
                }
                Optional<SignOff> signOff = SignOff.parse(comment.author());
                if (signOff.isEmpty() && !options.readerComments()) {
                    readerComments++;
                    continue;
                }
                String commentKey = postKey + "#comment-" + comment.id();
                String body = commentText(comment.content());
                if (body.isBlank()) {
                    plan.problems.add("Comment " + comment.id() + " on " + named(item) + " is empty; not imported");
                    continue;
                }
                String name = signOff.map(SignOff::name).orElse(LetterText.normaliseLine(comment.author()));
                String town = signOff.map(SignOff::town).orElse("");
                String parent = comment.parent() == null || comment.parent().equals("0")
                        ? article
                        : aliases.get(postKey + "#comment-" + comment.parent());
                if (parent == null) {
                    plan.problems.add("Comment " + comment.id() + " on " + named(item) + " answers comment "
                            + comment.parent() + ", which is not imported; it is linked to the article instead");
                    parent = article;
                }
                Instant received = dateOf(comment.dateGmt(), null);
                String print = LetterText.fingerprint(name + "\n" + body);
                Integer same = letterByPrint.get(print);
                if (same != null) {
                    PlannedLetter earlier = plan.letters.get(same);
                    if (earlier.keys().stream().anyMatch(k -> k.contains("#comment-"))) {
                        repeatedComments++;
                    }
                    earlier.keys().add(commentKey);
                    aliases.put(commentKey, earlier.key());
                    if (earlier.replyTo() == null && parent != null && !parent.equals(earlier.key())) {
                        plan.letters.set(same, withReplyTo(earlier, parent, comment.authorEmail()));
                    }
                    continue;
                }
                PlannedLetter letter = new PlannedLetter(
                        new ArrayList<>(List.of(commentKey)),
                        null,
                        name,
                        town,
                        blankToNull(comment.authorEmail()),
                        null,
                        null,
                        received,
                        body,
                        parent,
                        "comment " + comment.id() + " on " + named(item));
                addLetter(letter);
            }
        }

        private static PlannedLetter withReplyTo(PlannedLetter letter, String replyTo, String email) {
            return new PlannedLetter(
                    letter.keys(),
                    letter.headline(),
                    letter.name(),
                    letter.town(),
                    letter.email() != null ? letter.email() : blankToNull(email),
                    letter.issue(),
                    letter.position(),
                    letter.received(),
                    letter.body(),
                    replyTo,
                    letter.source());
        }

        private void addLetter(PlannedLetter letter) {
            String print = LetterText.fingerprint(letter.name() + "\n" + letter.body());
            if (letterByPrint.containsKey(print)) {
                PlannedLetter earlier = plan.letters.get(letterByPrint.get(print));
                plan.notes.add("The letter signed " + letter.signOff() + " in " + letter.source()
                        + " repeats the one in " + earlier.source() + "; it is imported once");
                earlier.keys().addAll(letter.keys());
                letter.keys().forEach(k -> aliases.put(k, earlier.key()));
                return;
            }
            letterByPrint.put(print, plan.letters.size());
            letterIndex.put(letter.key(), plan.letters.size());
            aliases.put(letter.key(), letter.key());
            plan.letters.add(letter);
        }

        /** A comment's text: WordPress stores it as typed, paragraphs by blank lines, with some HTML allowed. */
        private static String commentText(String content) {
            List<String> paragraphs = new ArrayList<>();
            for (String paragraph : LetterText.paragraphs(content == null ? "" : content)) {
                String text = HtmlText.of(paragraph.replace("\n", "<br>"));
                if (!text.isBlank()) {
                    paragraphs.add(text);
                }
            }
            return LetterText.normalise(String.join("\n\n", paragraphs));
        }

        private Optional<Integer> issueOf(WxrFile.Item item) {
            if (options.issueSource() == IssueSource.CUSTOM_FIELD) {
                String value = item.meta().get(options.customField());
                return value == null ? Optional.empty() : issueIn(value, true);
            }
            String domain = options.issueSource() == IssueSource.TAG ? "post_tag" : "category";
            for (WxrFile.Term term : item.terms()) {
                if (domain.equals(term.domain())) {
                    Optional<Integer> number = issueIn(term.name(), false);
                    if (number.isEmpty() && term.slug() != null) {
                        number = issueIn(term.slug(), false);
                    }
                    if (number.isPresent()) {
                        return number;
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<Integer> issueIn(String text, boolean bareNumber) {
            Matcher bare = BARE_NUMBER.matcher(text);
            if (bareNumber && bare.matches()) {
                return positive(Integer.parseInt(bare.group(1)));
            }
            Matcher matcher = ISSUE.matcher(text);
            if (!matcher.find()) {
                return Optional.empty();
            }
            int number = Integer.parseInt(matcher.group(1));
            if (number <= 0) {
                return Optional.empty();
            }
            if (matcher.group(2) != null) {
                try {
                    YearMonth month = YearMonth.parse(matcher.group(2).strip(), MONTH_YEAR);
                    issueDates.putIfAbsent(number, month.atDay(1));
                    issueTitles.putIfAbsent(number, MONTH_YEAR.format(month));
                } catch (DateTimeParseException notAMonth) {
                    issueTitles.putIfAbsent(number, LetterText.normaliseLine(matcher.group(2)));
                }
            }
            return Optional.of(number);
        }

        private static Optional<Integer> positive(int number) {
            return number > 0 ? Optional.of(number) : Optional.empty();
        }

        private void noteIssue(Integer issue, Instant date) {
            if (issue == null) {
                return;
            }
            LocalDate day = date.atZone(ZoneOffset.UTC).toLocalDate();
            earliestInIssue.merge(issue, day, (a, b) -> a.isBefore(b) ? a : b);
        }

        private void finishIssues() {
            for (Map.Entry<Integer, LocalDate> entry : earliestInIssue.entrySet()) {
                int number = entry.getKey();
                LocalDate cover = issueDates.getOrDefault(number, entry.getValue());
                String title = issueTitles.getOrDefault(number, MONTH_YEAR.format(YearMonth.from(cover)));
                plan.issues.put(number, new PlannedIssue(number, title, cover));
            }
        }

        private String postKey(WxrFile.Item item) {
            if (item.guid() != null && !item.guid().isBlank()) {
                return "wp:" + item.guid();
            }
            return "wp:" + file.siteUrl() + "/?p=" + item.postId();
        }

        private static boolean isLettersPage(WxrFile.Item item) {
            boolean inLetters = item.terms().stream()
                    .anyMatch(term -> "category".equals(term.domain())
                            && ("letters".equalsIgnoreCase(term.slug()) || "letters".equalsIgnoreCase(term.name())));
            return inLetters
                    || (item.title() != null
                            && item.title().toLowerCase(Locale.ROOT).startsWith("letters"));
        }

        private static Instant dateOf(String gmt, String local) {
            for (String value : new String[] {gmt, local}) {
                if (value != null && !value.isBlank() && !value.startsWith("0000")) {
                    try {
                        return LocalDateTime.parse(value, WP_DATE).toInstant(ZoneOffset.UTC);
                    } catch (DateTimeParseException ignored) {
                        // try the next
                    }
                }
            }
            return Instant.EPOCH;
        }

        private static String named(WxrFile.Item item) {
            String title = item.title() == null || item.title().isBlank() ? "(no title)" : item.title();
            return "\"" + LetterText.normaliseLine(title) + "\" (id " + item.postId() + ")";
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
