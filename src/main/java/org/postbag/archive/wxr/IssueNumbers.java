package org.postbag.archive.wxr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postbag.archive.wxr.ImportPlan.IssueSource;
import org.postbag.archive.wxr.ImportPlan.Options;
import org.postbag.archive.wxr.ImportPlan.PlannedIssue;
import org.postbag.letter.LetterText;

/**
 * The issues of an export: which issue a post belongs to (from a category, a tag or a custom
 * field such as "Issue 118 (July 2026)"), and each issue's title and cover date, from what the
 * export says or else from the earliest post in it.
 */
final class IssueNumbers {

    private static final Pattern ISSUE =
            Pattern.compile("(?i)(?:^|\\b)(?:issue|no\\.?|number|#)[\\s-]*(\\d{1,6})(?:\\s*\\(([^)]{3,40})\\))?");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1,6})\\s*$");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private final Options options;
    private final Map<Integer, LocalDate> earliestInIssue = new HashMap<>();
    private final Map<Integer, String> issueTitles = new HashMap<>();
    private final Map<Integer, LocalDate> issueDates = new HashMap<>();

    IssueNumbers(Options options) {
        this.options = options;
    }

    Optional<Integer> of(WxrFile.Item item) {
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

    /** A piece of the issue dated {@code date}: the issue's cover date is its earliest piece's unless the export says. */
    void note(Integer issue, Instant date) {
        if (issue == null) {
            return;
        }
        LocalDate day = date.atZone(ZoneOffset.UTC).toLocalDate();
        earliestInIssue.merge(issue, day, (a, b) -> a.isBefore(b) ? a : b);
    }

    void finishInto(Map<Integer, PlannedIssue> issues) {
        for (Map.Entry<Integer, LocalDate> entry : earliestInIssue.entrySet()) {
            int number = entry.getKey();
            LocalDate cover = issueDates.getOrDefault(number, entry.getValue());
            String title = issueTitles.getOrDefault(number, MONTH_YEAR.format(YearMonth.from(cover)));
            issues.put(number, new PlannedIssue(number, title, cover));
        }
    }
}
