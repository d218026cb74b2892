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
            Map.entry("rejoinder", PieceKind.LETTER),
            Map.entry("artikel", PieceKind.ARTICLE),
            Map.entry("beitrag", PieceKind.ARTICLE),
            Map.entry("leitartikel", PieceKind.ARTICLE),
            Map.entry("kolumne", PieceKind.ARTICLE),
            Map.entry("rezension", PieceKind.ARTICLE),
            Map.entry("éditorial", PieceKind.ARTICLE),
            Map.entry("chronique", PieceKind.ARTICLE),
            Map.entry("leserbrief", PieceKind.LETTER),
            Map.entry("leserbriefe", PieceKind.LETTER),
            Map.entry("antwort", PieceKind.LETTER),
            Map.entry("erwiderung", PieceKind.LETTER),
            Map.entry("replik", PieceKind.LETTER),
            Map.entry("lettre", PieceKind.LETTER),
            Map.entry("lettres", PieceKind.LETTER),
            Map.entry("courrier", PieceKind.LETTER),
            Map.entry("réponse", PieceKind.LETTER),
            Map.entry("réplique", PieceKind.LETTER));

    /** German capitalises every noun, so a capital says nothing about these being a name. */
    private static final Set<String> NOUNS_ALWAYS_CAPITALISED = TextScan.wordSet(
            "artikel beitrag leitartikel kolumne rezension leserbrief leserbriefe antwort erwiderung replik");

    /** Also verbs ("I reply that", "review the figures"): they name a piece only after a determiner. */
    private static final Set<String> NEED_DETERMINER =
            Set.of("reply", "response", "answer", "review", "feature", "antwort", "courrier");

    private static final Set<String> DETERMINERS = TextScan.wordSet(
            "the a an his her their your my our its this that whose",
            "der die das den dem des ein eine einen einem einer sein seine seinen ihr ihre ihren mein meine meinen",
            "meinem unser unsere unseren dieser diesen diesem",
            "le la les l un une son sa ses leur mon ma mes notre nos votre vos ce cette");
    private static final Set<String> OWN =
            TextScan.wordSet("my our", "mein meine meinen meinem unser unsere unseren", "mon ma mes notre nos");
    private static final Set<String> LATEST = TextScan.wordSet(
            "last latest recent previous", "letzte letzten letzter jüngste jüngsten", "dernier dernière précédent");

    private KindFinder() {}

    static List<Cue> find(String text, List<Word> words) {
        List<Cue> cues = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            Word word = words.get(k);
            String lower = word.lower();
            if (lower.equals("since") || lower.equals("seit") || lower.equals("depuis")) {
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
        if (word.isCapitalised()
                && !word.sentenceStart()
                && TextScan.charBefore(text, word.start()) != '('
                && !NOUNS_ALWAYS_CAPITALISED.contains(word.lower())) {
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
