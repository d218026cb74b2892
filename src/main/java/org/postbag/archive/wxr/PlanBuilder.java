package org.postbag.archive.wxr;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postbag.archive.wxr.ImportPlan.Options;
import org.postbag.archive.wxr.ImportPlan.PlannedArticle;
import org.postbag.archive.wxr.ImportPlan.PlannedLetter;
import org.postbag.letter.LetterText;

/**
 * Makes an {@link ImportPlan} from an export: posts to articles or letters pages, comments to
 * letters with what they answer, copies merged by their fingerprint, and everything passed
 * over or not placed written into the plan's report.
 */
final class PlanBuilder {

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final ImportPlan plan;
    private final WxrFile file;
    private final Options options;
    /** Any source key to the planned piece's primary key. */
    private final Map<String, String> aliases = new HashMap<>();

    private final Map<String, PlannedArticle> articlesByPrint = new LinkedHashMap<>();
    private final Map<String, Integer> articleIndex = new HashMap<>();
    private final Map<String, Integer> letterByPrint = new HashMap<>();
    private final Map<String, Integer> letterIndex = new HashMap<>();
    private final IssueNumbers issueNumbers;
    private int readerComments;
    private int otherComments;
    private int repeatedComments;

    PlanBuilder(ImportPlan plan, WxrFile file, Options options) {
        this.plan = plan;
        this.file = file;
        this.options = options;
        this.issueNumbers = new IssueNumbers(options);
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
            Integer issue = issueNumbers.of(item).orElse(null);
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
        issueNumbers.finishInto(plan.issues);
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
        String title = item.title() == null || item.title().isBlank() ? null : LetterText.normaliseLine(item.title());
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
            issueNumbers.note(kept.issue(), kept.published());
            plan.notes.add("The post " + named(item) + " has the same title and text as another post; it is"
                    + " imported once, as " + (kept == article ? "this one" : "the earlier one")
                    + ", and its comments answer that article");
            return;
        }
        articlesByPrint.put(print, article);
        articleIndex.put(key, plan.articles.size());
        aliases.put(key, key);
        plan.articles.add(article);
        issueNumbers.note(issue, article.published());
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
        issueNumbers.note(issue, date);
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
            plan.notes.add("The letter signed " + letter.signOff() + " in " + letter.source() + " repeats the one in "
                    + earlier.source() + "; it is imported once");
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
