package org.postbag.linking.citation;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the parser found in one letter, in text order, with the keys a caller needs to fetch candidate pieces
 * from the database before ranking them.
 */
public record Citations(List<Cue> cues) {

    /** Title phrases below this confidence are probably quotations, too many to look up one by one. */
    private static final double TITLE_LOOKUP_CONFIDENCE = 0.5;

    public Citations {
        cues = cues.stream()
                .sorted(Comparator.comparingInt((Cue cue) -> cue.span().start())
                        .thenComparingInt(cue -> cue.span().end()))
                .toList();
    }

    public static Citations none() {
        return new Citations(List.of());
    }

    public boolean isEmpty() {
        return cues.isEmpty();
    }

    public <T extends Cue> List<T> ofType(Class<T> type) {
        return cues.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Issue numbers of this magazine; numbers written with another magazine's name are left out. */
    public Set<Integer> issueNumbers() {
        Set<Integer> numbers = new TreeSet<>();
        for (IssueCue cue : ofType(IssueCue.class)) {
            if (cue.magazineMatch() != MagazineMatch.OTHER) {
                numbers.add(cue.number());
            }
        }
        return Collections.unmodifiableSet(numbers);
    }

    /** Lower-cased surnames without accents or possessive, to match against authors' names. */
    public Set<String> surnames() {
        Set<String> surnames = new LinkedHashSet<>();
        ofType(NameCue.class).forEach(cue -> surnames.add(cue.surname()));
        return Collections.unmodifiableSet(surnames);
    }

    public List<DateRange> dateRanges() {
        return ofType(DateCue.class).stream().map(DateCue::range).distinct().toList();
    }

    /** Phrases likely enough to be titles to be worth a title search. */
    public Set<String> titlePhrases() {
        Set<String> phrases = new LinkedHashSet<>();
        for (TitleCue cue : ofType(TitleCue.class)) {
            if (cue.confidence() >= TITLE_LOOKUP_CONFIDENCE) {
                phrases.add(cue.phrase());
            }
        }
        return Collections.unmodifiableSet(phrases);
    }
}
