package org.postbag.linking.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.postbag.linking.citation.Words.Word;

/**
 * Extracts citation cues from a letter's text: issue numbers, dates, people's names, possible titles and the kind of
 * piece named. A pure function of its inputs; one parser per magazine can be shared between threads.
 */
public final class CitationParser {

    /** "since" counts only this close before another cue: "since issue 117", "since Priya Natarajan's article". */
    private static final int ORIGIN_REACH = 25;

    private final MagazineName magazine;
    private final IssueFinder issueFinder;

    /** @param magazineName the magazine the letters are sent to, whose name and initials count most */
    public CitationParser(String magazineName) {
        this.magazine = new MagazineName(magazineName);
        this.issueFinder = new IssueFinder(magazine);
    }

    /**
     * @param text the letter as the reader typed it
     * @param receivedOn the day the letter arrived, against which "last month" and dates without a year resolve
     */
    public Citations parse(String text, LocalDate receivedOn) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedOn, "receivedOn");
        List<Word> words = Words.of(text);
        List<Cue> cues = new ArrayList<>();
        List<IssueCue> issues = new ArrayList<>(issueFinder.find(text, words));
        List<DateCue> dates = new ArrayList<>(DateFinder.find(text, words, receivedOn));
        boolean arabic = ArabicWords.isArabic(text);
        List<String> forms = arabic ? ArabicWords.normalized(words) : List.of();
        if (arabic) {
            issues.addAll(ArabicCues.issues(text, words, forms));
            dates.addAll(ArabicDates.find(text, words, forms, receivedOn));
        }
        cues.addAll(issues);
        cues.addAll(dates);

        BitSet blocked = new BitSet(text.length());
        issues.forEach(cue -> blockWithMagazine(text, cue, blocked));
        dates.forEach(cue -> blocked.set(cue.span().start(), cue.span().end()));
        blockOwnName(text, blocked);

        cues.addAll(NameFinder.find(text, words, blocked));
        if (arabic) {
            cues.addAll(ArabicNames.find(text, words, forms, blocked));
        }
        cues.addAll(QuoteFinder.find(text));
        BitSet starts = new BitSet(text.length());
        cues.forEach(cue -> starts.set(cue.span().start()));
        List<Cue> kinds = new ArrayList<>(KindFinder.find(text, words));
        if (arabic) {
            kinds.addAll(ArabicCues.kinds(text, words, forms));
        }
        for (Cue cue : kinds) {
            if (!(cue instanceof OriginCue)
                    || startsSoonAfter(starts, cue.span().end())) {
                cues.add(cue);
            }
        }
        return new Citations(cues);
    }

    private static boolean startsSoonAfter(BitSet starts, int end) {
        for (int i = end; i <= end + ORIGIN_REACH; i++) {
            if (starts.get(i)) {
                return true;
            }
        }
        return false;
    }

    /** A magazine's name next to an issue number is not a person's, so names must not be looked for there. */
    private static void blockWithMagazine(String text, IssueCue cue, BitSet blocked) {
        blocked.set(cue.span().start(), cue.span().end());
        if (cue.magazine() == null) {
            return;
        }
        int end = cue.span().start();
        int start = text.lastIndexOf(cue.magazine(), end - cue.magazine().length());
        if (start >= 0 && text.substring(start + cue.magazine().length(), end).isBlank()) {
            blocked.set(start, end);
        }
    }

    private void blockOwnName(String text, BitSet blocked) {
        String lowerText = text.toLowerCase(Locale.ROOT);
        String name = magazine.name().toLowerCase(Locale.ROOT);
        for (int at = lowerText.indexOf(name); at >= 0; at = lowerText.indexOf(name, at + name.length())) {
            blocked.set(at, at + name.length());
        }
    }
}
