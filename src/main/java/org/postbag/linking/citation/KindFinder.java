package org.postbag.linking.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postbag.linking.citation.Words.Word;

/** Finds words naming a kind of piece ("article", "reply", "(Letters, 4 May)") and "since" before a citation. */
final class KindFinder {

    private static final Map<String, PieceKind> KINDS = Map.ofEntries(
            Map.entry("article", PieceKind.ARTICLE),
            Map.entry("articles", PieceKind.ARTICLE),
            Map.entry("editorial", PieceKind.ARTICLE),
            Map.entry("column", PieceKind.ARTICLE),
            Map.entry("review", PieceKind.ARTICLE),
            Map.entry("essay", PieceKind.ARTICLE),
            Map.entry("feature", PieceKind.ARTICLE),
            Map.entry("letter", PieceKind.LETTER),
            Map.entry("letters", PieceKind.LETTER),
            Map.entry("reply", PieceKind.LETTER),
            Map.entry("response", PieceKind.LETTER),
            Map.entry("answer", PieceKind.LETTER),
            Map.entry("rejoinder", PieceKind.LETTER));

    /** Also verbs ("I reply that", "review the figures"): they name a piece only after a determiner. */
    private static final Set<String> NEED_DETERMINER = Set.of("reply", "response", "answer", "review", "feature");

    private static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "his", "her", "their", "your", "my", "our", "its", "this", "that", "whose");
    private static final Set<String> OWN = Set.of("my", "our");
    private static final Set<String> LATEST = Set.of("last", "latest", "recent", "previous");

    private KindFinder() {}

    static List<Cue> find(String text, List<Word> words) {
        List<Cue> cues = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            Word word = words.get(k);
            String lower = word.lower();
            if (lower.equals("since")) {
                cues.add(new OriginCue(span(text, word), 0.5));
                continue;
            }
            PieceKind kind = KINDS.get(lower);
            if (kind == null || !countsAsKind(text, words, k)) {
                continue;
            }
            boolean own = false;
            boolean latest = false;
            for (int back = Math.max(0, k - 2); back < k; back++) {
                own |= OWN.contains(words.get(back).lower());
                latest |= LATEST.contains(words.get(back).lower());
            }
            cues.add(new KindCue(span(text, word), kind, own, latest, 0.5));
        }
        return cues;
    }

    private static boolean countsAsKind(String text, List<Word> words, int k) {
        Word word = words.get(k);
        // "Northern Review" is a name; "(Letters, 4 May)" is the section a piece ran in
        if (word.isCapitalised() && !word.sentenceStart() && TextScan.charBefore(text, word.start()) != '(') {
            return false;
        }
        if (!NEED_DETERMINER.contains(word.lower())) {
            return true;
        }
        for (int back = Math.max(0, k - 2); back < k; back++) {
            Word before = words.get(back);
            if (DETERMINERS.contains(before.lower()) || isPossessive(text, before)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPossessive(String text, Word word) {
        String lower = word.lower();
        if (lower.endsWith("'s") || lower.endsWith("\u2019s")) {
            return true;
        }
        int end = word.end();
        return lower.endsWith("s") && end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019');
    }

    private static Span span(String text, Word word) {
        return Span.of(text, word.start(), word.end());
    }
}
