package org.postbag.linking.citation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postbag.linking.citation.Words.Word;

/**
 * Finds dates that point at issues: "(Letters, 4 May)", "May 4", "4th May 2026", "your June issue", "last month's
 * letter". Month names must be capitalised, so "may" the verb never counts, and a month alone ("in June") does not
 * either: it needs a day, a year or a word such as "issue". German and French dates are read too: "vom 4. Mai 2026",
 * "du 4 mai", "Ausgabe vom März", "le numéro de juin" (French writes its months in lower case).
 */
final class DateFinder {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?";
    private static final String YEAR = "(?:,?\\s(\\d{4})(?!\\d))?";
    private static final String ISSUE_WORD = "(?:issue|number|edition|letters? page)";

    private static final Pattern DAY_MONTH =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?" + MONTH + YEAR);
    private static final Pattern MONTH_DAY =
            Pattern.compile("\\b" + MONTH + "\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:.,]?\\d)" + YEAR);
    private static final Pattern MONTH_ISSUE = Pattern.compile("\\b" + MONTH + "(?:\\s(\\d{4}))?(?:'s|\u2019s)?\\s"
            + ISSUE_WORD + "\\b|\\b" + ISSUE_WORD + "\\s(?:of|for|dated)\\s" + MONTH + "(?:\\s(\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s(\\d{4})(?!\\d)");

    /** German months (capitalised, as German writes them) and French ones (lower case, or capitalised). */
    private static final Map<String, Integer> OTHER_MONTHS = otherMonths();

    private static final String OTHER_MONTH = "(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September"
            + "|Oktober|November|Dezember|(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout"
            + "|septembre|octobre|novembre|décembre|decembre))(?![\\p{L}])";
    private static final Pattern OTHER_DAY_MONTH =
            Pattern.compile("(\\d{1,2})(?:\\.|er)?\\s" + OTHER_MONTH + "(?:\\s(\\d{4})(?!\\d))?");
    private static final Pattern OTHER_MONTH_ISSUE =
            Pattern.compile("(?i:ausgabe|heft|nummer|numéro|numero|édition|edition)\\s(?i:vom|von|de|d'|d’|du)\\s?"
                    + OTHER_MONTH + "(?:\\s(\\d{4})(?!\\d))?");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(last|this|previous)\\s(month|week)(?:'s|\u2019s)?\\s(?:issue|number|edition|letters?|articles?"
                    + "|editorial|column|review|piece|correspondence)\\b|\\b(?:your|the|this)\\s(?:last|latest"
                    + "|previous|most\\srecent|current)\\s(?:issue|number|edition)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Cover dates may run ahead of the day a letter is received, by about this much. */
    private static final int DAYS_AHEAD = 7;

    /** Words where a date cue may begin; the patterns are tried there only, not at every position. */
    private static final Set<String> MONTHS = TextScan.wordSet(
            "January February March April May June July August September October November December Jan Feb Mar",
            "Apr Jun Jul Aug Sept Sep Oct Nov Dec");

    private static final Set<String> ISSUE_WORDS = Set.of("issue", "number", "edition", "letters", "letter");
    private static final Set<String> OTHER_ISSUE_WORDS =
            Set.of("ausgabe", "heft", "nummer", "numéro", "numero", "édition", "edition");
    private static final Set<String> RELATIVE_WORDS = Set.of("last", "this", "previous", "your", "the");

    private DateFinder() {}

    static List<DateCue> find(String text, List<Word> words, LocalDate received) {
        List<DateCue> cues = new ArrayList<>();
        Matcher dayMonth = TextScan.anchored(DAY_MONTH, text);
        Matcher monthDay = TextScan.anchored(MONTH_DAY, text);
        Matcher monthIssue = TextScan.anchored(MONTH_ISSUE, text);
        Matcher monthYear = TextScan.anchored(MONTH_YEAR, text);
        Matcher relative = TextScan.anchored(RELATIVE, text);
        Matcher otherDayMonth = TextScan.anchored(OTHER_DAY_MONTH, text);
        Matcher otherMonthIssue = TextScan.anchored(OTHER_MONTH_ISSUE, text);
        for (Word word : words) {
            if (MONTHS.contains(word.text())) {
                if (at(monthDay, word)) {
                    addDay(text, monthDay, received, monthDay.group(1), monthDay.group(2), monthDay.group(3), cues);
                }
                if (at(monthIssue, word)) {
                    addMonth(text, monthIssue, received, monthIssue.group(1), monthIssue.group(2), 0.75, cues);
                }
                if (at(monthYear, word)) {
                    addMonth(text, monthYear, received, monthYear.group(1), monthYear.group(2), 0.4, cues);
                }
            } else if (isDay(word.text())) {
                if (at(dayMonth, word)) {
                    addDay(text, dayMonth, received, dayMonth.group(2), dayMonth.group(1), dayMonth.group(3), cues);
                } else if (at(otherDayMonth, word)) {
                    addDay(
                            text,
                            otherDayMonth,
                            received,
                            otherDayMonth.group(2),
                            otherDayMonth.group(1),
                            otherDayMonth.group(3),
                            cues);
                }
            } else if (OTHER_ISSUE_WORDS.contains(word.lower()) && at(otherMonthIssue, word)) {
                addMonth(
                        text,
                        otherMonthIssue,
                        received,
                        otherMonthIssue.group(1),
                        otherMonthIssue.group(2),
                        0.75,
                        cues);
            } else if (ISSUE_WORDS.contains(word.lower()) && at(monthIssue, word)) {
                addMonth(text, monthIssue, received, monthIssue.group(3), monthIssue.group(4), 0.75, cues);
            } else if (RELATIVE_WORDS.contains(word.lower()) && at(relative, word)) {
                cues.add(new DateCue(span(text, relative), relativeRange(relative, received), true, 0.6));
            }
        }
        return withoutOverlaps(cues);
    }

    /** "4", "14", "4th", "22nd". */
    private static boolean isDay(String word) {
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        return digits >= 1 && digits <= 2 && (digits == word.length() || word.length() == digits + 2);
    }

    /** Whether the pattern matches from the word on; the region always ends where the text does. */
    private static boolean at(Matcher matcher, Word word) {
        return matcher.region(word.start(), matcher.regionEnd()).lookingAt();
    }

    private static void addDay(
            String text,
            Matcher matcher,
            LocalDate received,
            String month,
            String day,
            String year,
            List<DateCue> cues) {
        try {
            MonthDay monthDay = MonthDay.of(monthNumber(month), Integer.parseInt(day));
            LocalDate date = year != null
                    ? monthDay.atYear(Integer.parseInt(year))
                    : latestOnOrBefore(monthDay, received.plusDays(DAYS_AHEAD));
            double confidence = isSectionCitation(text, matcher.start()) ? 0.85 : year != null ? 0.7 : 0.6;
            cues.add(new DateCue(span(text, matcher), DateRange.day(date), false, confidence));
        } catch (DateTimeException impossible) {
            // "31 June" is no date; nothing to cite
        }
    }

    private static void addMonth(
            String text,
            Matcher matcher,
            LocalDate received,
            String month,
            String year,
            double confidence,
            List<DateCue> cues) {
        int monthNumber = monthNumber(month);
        YearMonth yearMonth = year != null
                ? YearMonth.of(Integer.parseInt(year), monthNumber)
                : latestStartingBy(monthNumber, received.plusMonths(1));
        DateRange range = new DateRange(yearMonth.atDay(1), yearMonth.atEndOfMonth());
        cues.add(new DateCue(span(text, matcher), range, false, confidence));
    }

    private static DateRange relativeRange(Matcher matcher, LocalDate received) {
        String when = matcher.group(1) == null ? "" : matcher.group(1).toLowerCase(Locale.ROOT);
        String unit = matcher.group(2) == null ? "" : matcher.group(2).toLowerCase(Locale.ROOT);
        if (unit.equals("week")) {
            return when.equals("this")
                    ? new DateRange(received.minusDays(7), received)
                    : new DateRange(received.minusDays(14), received.minusDays(1));
        }
        if (unit.equals("month")) {
            YearMonth month = YearMonth.from(received).minusMonths(when.equals("this") ? 0 : 1);
            return new DateRange(month.atDay(1), month.atEndOfMonth());
        }
        // "your last issue": whatever came out in the two months before the letter
        return new DateRange(received.minusMonths(2), received);
    }

    /** Letters answer what has appeared, so a date without a year is the latest one not far after receipt. */
    private static LocalDate latestOnOrBefore(MonthDay monthDay, LocalDate limit) {
        LocalDate date = monthDay.atYear(limit.getYear());
        return date.isAfter(limit) ? monthDay.atYear(limit.getYear() - 1) : date;
    }

    private static YearMonth latestStartingBy(int month, LocalDate limit) {
        YearMonth yearMonth = YearMonth.of(limit.getYear(), month);
        return yearMonth.atDay(1).isAfter(limit) ? yearMonth.minusYears(1) : yearMonth;
    }

    /** "(Letters, 4 May)" or "(4 May)": the way letters pages cite a weekly's issue. */
    private static boolean isSectionCitation(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i >= 0 && text.charAt(i) == ',') {
            i--;
            while (i >= 0 && Character.isLetter(text.charAt(i))) {
                i--;
            }
        }
        return i >= 0 && text.charAt(i) == '(';
    }

    private static int monthNumber(String month) {
        Integer other = OTHER_MONTHS.get(month.toLowerCase(Locale.ROOT));
        if (other != null) {
            return other;
        }
        String prefix = month.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    }

    private static Map<String, Integer> otherMonths() {
        Map<String, Integer> months = new HashMap<>();
        String[][] names = {
            {"januar", "jänner", "janvier"},
            {"februar", "février", "fevrier"},
            {"märz", "mars"},
            {"april", "avril"},
            {"mai"},
            {"juni", "juin"},
            {"juli", "juillet"},
            {"august", "août", "aout"},
            {"september", "septembre"},
            {"oktober", "octobre"},
            {"november", "novembre"},
            {"dezember", "décembre", "decembre"}
        };
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                months.put(name, month + 1);
            }
        }
        return Map.copyOf(months);
    }

    private static Span span(String text, Matcher matcher) {
        int end = matcher.end();
        while (end > matcher.start() && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ',')) {
            end--;
        }
        return Span.of(text, matcher.start(), end);
    }

    /** The patterns overlap ("June 2026 issue" is also "June 2026"): keep the first and longest reading. */
    private static List<DateCue> withoutOverlaps(List<DateCue> cues) {
        List<DateCue> sorted = new ArrayList<>(cues);
        sorted.sort(Comparator.comparingInt((DateCue cue) -> cue.span().start())
                .thenComparing(cue -> cue.span().end(), Comparator.reverseOrder()));
        List<DateCue> kept = new ArrayList<>();
        int keptEnd = 0;
        for (DateCue cue : sorted) {
            if (cue.span().start() >= keptEnd) {
                kept.add(cue);
                keptEnd = cue.span().end();
            }
        }
        return kept;
    }
}
