package org.postbag.linking.citation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postbag.linking.citation.ArabicWords.Bare;
import org.postbag.linking.citation.Words.Word;

/**
 * Dates in Arabic letters: "4 مايو 2026", "٤ أيار ٢٠٢٦", "عدد مايو", "عدد شهر تشرين الأول", "العدد الماضي". Both sets
 * of month names are read: those Egypt and the Gulf write ("يناير" ... "ديسمبر") and the Levant's ("كانون الثاني" ...
 * "كانون الأول", two words for four of them). A month alone never counts ("في مايو" could be any May): it needs a
 * day, or an issue word before it.
 */
final class ArabicDates {

    /** Month names as normalised, one-word and two-word. */
    private static final Map<String, Integer> MONTHS = months();

    private static final Set<String> ISSUE_WORDS = ArabicWords.set("عدد");
    private static final Set<String> BEFORE_MONTH = ArabicWords.set("شهر الصادر في");
    private static final Set<String> PAST = ArabicWords.set("الماضي السابق الاخير");

    /** Cover dates may run ahead of the day a letter is received, by about this much. */
    private static final int DAYS_AHEAD = 7;

    private ArabicDates() {}

    static List<DateCue> find(String text, List<Word> words, List<String> forms, LocalDate received) {
        List<DateCue> cues = new ArrayList<>();
        int k = 0;
        while (k < words.size()) {
            int day = ArabicWords.number(words.get(k).text());
            int next = k;
            if (day >= 1 && day <= 31 && words.get(k).text().length() <= 2) {
                next = dayMonth(text, words, forms, k, day, received, cues);
            } else {
                Bare issue = ArabicWords.bare(forms.get(k), ISSUE_WORDS);
                if (issue != null) {
                    next = issueMonth(text, words, forms, k, issue, received, cues);
                }
            }
            k = next > k ? next : k + 1;
        }
        return cues;
    }

    /** "4 مايو", "٤ أيار ٢٠٢٦", "1 تشرين الثاني 2025". */
    private static int dayMonth(
            String text, List<Word> words, List<String> forms, int k, int day, LocalDate received, List<DateCue> cues) {
        Month month = monthAt(text, words, forms, k + 1);
        if (month == null) {
            return k;
        }
        int end = month.last();
        Integer year = yearAt(text, words, end + 1);
        if (year != null) {
            end++;
        }
        try {
            MonthDay monthDay = MonthDay.of(month.number(), day);
            LocalDate date =
                    year != null ? monthDay.atYear(year) : latestOnOrBefore(monthDay, received.plusDays(DAYS_AHEAD));
            double confidence = year != null ? 0.7 : 0.6;
            cues.add(new DateCue(span(text, words, k, end), DateRange.day(date), false, confidence));
            return end + 1;
        } catch (DateTimeException impossible) {
            return k; // "31 حزيران" is no date
        }
    }

    /** "عدد مايو", "عدد شهر أيار 2026", "العدد الصادر في حزيران", "العدد الماضي", "عدد الشهر الماضي". */
    private static int issueMonth(
            String text,
            List<Word> words,
            List<String> forms,
            int k,
            Bare issue,
            LocalDate received,
            List<DateCue> cues) {
        int at = k + 1;
        if (at < words.size()
                && issue.article()
                && PAST.contains(forms.get(at))
                && ArabicCues.connected(text, words, k, at)) {
            // "your last issue": whatever came out in the two months before the letter
            cues.add(
                    new DateCue(span(text, words, k, at), new DateRange(received.minusMonths(2), received), true, 0.6));
            return at + 1;
        }
        if (at + 1 < words.size()
                && forms.get(at).equals("الشهر")
                && PAST.contains(forms.get(at + 1))
                && ArabicCues.connected(text, words, k, at)) {
            YearMonth last = YearMonth.from(received).minusMonths(1);
            cues.add(new DateCue(
                    span(text, words, k, at + 1), new DateRange(last.atDay(1), last.atEndOfMonth()), true, 0.6));
            return at + 2;
        }
        while (at < words.size() && at <= k + 2 && BEFORE_MONTH.contains(forms.get(at))) {
            at++;
        }
        if (at >= words.size() || !ArabicCues.connected(text, words, at - 1, at)) {
            return k;
        }
        Month month = monthAt(text, words, forms, at);
        if (month == null) {
            return k;
        }
        int end = month.last();
        Integer year = yearAt(text, words, end + 1);
        if (year != null) {
            end++;
        }
        YearMonth yearMonth = year != null
                ? YearMonth.of(year, month.number())
                : latestStartingBy(month.number(), received.plusMonths(1));
        DateRange range = new DateRange(yearMonth.atDay(1), yearMonth.atEndOfMonth());
        cues.add(new DateCue(span(text, words, k, end), range, false, 0.75));
        return end + 1;
    }

    /** The month at word k (two words first, for "كانون الثاني"), or null. */
    private static Month monthAt(String text, List<Word> words, List<String> forms, int k) {
        if (k >= words.size() || !ArabicCues.connected(text, words, k - 1, k)) {
            return null;
        }
        if (k + 1 < words.size() && ArabicCues.connected(text, words, k, k + 1)) {
            Integer two = MONTHS.get(forms.get(k) + " " + forms.get(k + 1));
            if (two != null) {
                return new Month(two, k + 1);
            }
        }
        Integer one = MONTHS.get(forms.get(k));
        if (one == null) {
            Bare bare = ArabicWords.bare(forms.get(k), MONTHS.keySet());
            one = bare == null || bare.article() ? null : MONTHS.get(bare.word()); // "بمايو", not "الماضي"
        }
        return one == null ? null : new Month(one, k);
    }

    /** A year after the month, perhaps with "م" (of the common era) after it. */
    private static Integer yearAt(String text, List<Word> words, int k) {
        if (k >= words.size() || !ArabicCues.connected(text, words, k - 1, k)) {
            return null;
        }
        int year = ArabicWords.number(words.get(k).text());
        return year >= 1800 && year <= 2100 ? year : null;
    }

    private static LocalDate latestOnOrBefore(MonthDay monthDay, LocalDate limit) {
        LocalDate date = monthDay.atYear(limit.getYear());
        return date.isAfter(limit) ? monthDay.atYear(limit.getYear() - 1) : date;
    }

    private static YearMonth latestStartingBy(int month, LocalDate limit) {
        YearMonth yearMonth = YearMonth.of(limit.getYear(), month);
        return yearMonth.atDay(1).isAfter(limit) ? yearMonth.minusYears(1) : yearMonth;
    }

    private static Span span(String text, List<Word> words, int first, int last) {
        return Span.of(text, words.get(first).start(), words.get(last).end());
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"يناير", "كانون الثاني"},
            {"فبراير", "شباط"},
            {"مارس", "آذار"},
            {"أبريل", "إبريل", "نيسان"},
            {"مايو", "أيار"},
            {"يونيو", "يونية", "حزيران"},
            {"يوليو", "يولية", "تموز"},
            {"أغسطس", "آب"},
            {"سبتمبر", "أيلول"},
            {"أكتوبر", "تشرين الأول"},
            {"نوفمبر", "تشرين الثاني"},
            {"ديسمبر", "كانون الأول"}
        };
        Map<String, Integer> months = new HashMap<>();
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                months.put(PersonName.normalize(name), month + 1);
            }
        }
        return Map.copyOf(months);
    }

    /** @param last the index of the month's last word */
    private record Month(int number, int last) {}
}
