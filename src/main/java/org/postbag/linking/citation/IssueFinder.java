package org.postbag.linking.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postbag.linking.citation.Words.Word;

/**
 * Finds issue numbers: "no. 249", "issue 117", "#117", "(Northern Review no. 118)", "NR 118", and as German and French
 * write them: "Nr. 249", "Heft 12", "Ausgabe 117", "n° 249", "numéro 117".
 */
final class IssueFinder {

    /** Digits that are not part of a longer number, a decimal, a percentage or a compound ("5-year"). */
    private static final String NUMBER_END = "(?![\\p{N}]|[.,:]\\d|-\\p{L}|%|st\\b|nd\\b|rd\\b|th\\b)";

    /**
     * The patterns are tried only where a word could start a cue ("no", "issue", "NR", "#"), never at every position
     * of the text, which keeps a long letter fast.
     */
    private static final Pattern KEYWORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}#])(?:(issues?|nos?\\.?|numbers?|nrn?\\.?|nummern?|hefte?|ausgaben?|n[°º]s?\\.?"
                    + "|numéros?|numeros?)\\s{0,3}(?:no\\.?\\s{0,3}|nr\\.?\\s{0,3})?|#\\s?)(\\d{1,4})"
                    + NUMBER_END,
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ABBREVIATION =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}{2,4})\\s?(\\d{1,4})" + NUMBER_END);
    private static final Pattern MORE = Pattern.compile(
            "\\s{0,2}(,|-|\u2013|to|and|&|or|und|bis|oder|et|à|ou)\\s{0,2}(?:no\\.?\\s{0,2}|nr\\.?\\s{0,2})?(\\d{1,4})"
                    + NUMBER_END,
            Pattern.CASE_INSENSITIVE);

    /** Words after a number that still read as a citation ("no. 117 makes a case"), unlike "no. 1 priority". */
    private static final Set<String> FOLLOWERS = TextScan.wordSet(
            "and or of in on is was were are has had have which that where when by to for from with about at as",
            "the a an but so says said writes wrote argues argued makes made claims claimed suggests suggested",
            "asks asked carried carries contains contained published printed p pp page pages onwards onward",
            "earlier ago too also you he she we they it there seems seemed appears appeared shows showed reports",
            "reported points pointed raises raised puts put gives gave tells told did does will would could",
            "should may might must can not while because since then though although if her his their its your my",
            "our",
            // German and French: what follows "Nr. 249" or "n° 249" in a citation
            "und oder von vom im in ist war hat hatte schreibt schrieb behauptet meint sagt zu über auf mit aus",
            "et ou de du des dans est était a avait écrit écrivait affirme dit sur avec au aux se s il elle ne n qui",
            "que zeigte zeigt brachte bringt enthielt enthält druckte meldete berichtete montrait montre publiait",
            "publie contenait");

    private static final Pattern PLURAL_KEYWORDS =
            Pattern.compile("(?:issues|nos|numbers|nrn|nummern|hefte|ausgaben|n[°º]s|numéros|numeros)\\.?");

    /** Keywords that name an issue outright, unlike "no." or "number", which name anything counted. */
    private static final Pattern ISSUE_KEYWORDS = Pattern.compile("issue|heft|ausgabe|numéro|numero");

    private static final Set<String> KEYWORDS = TextScan.wordSet(
            "issue issues no nos number numbers nr nrn nummer nummern heft hefte ausgabe ausgaben n numéro numéros",
            "numero numeros nº nºs");
    private static final Set<String> DETERMINERS = TextScan.wordSet(
            "the a an this that every any",
            "ein eine einer jede jeder jedes mein meine meinen unser unsere",
            "un une chaque tout toute mon ma notre");
    private static final Set<String> PREPOSITIONS = TextScan.wordSet(
            "in of from since see to about on cf and your",
            "im aus seit siehe vgl zu zur über und ihrer ihrem eurer",
            "dans de du depuis voir au sur et votre");
    /** Words that make a capitalised name before a number look like another publication's. */
    private static final Set<String> PUBLICATION_WORDS = TextScan.wordSet(
            "review times news magazine journal post herald guardian observer gazette mail express telegraph",
            "tribune monthly weekly quarterly digest chronicle bulletin record star mirror spectator statesman",
            "economist standard independent echo courier press voice life world today letters",
            "zeitung zeitschrift rundschau blatt spiegel anzeiger kurier allgemeine woche tageblatt",
            "revue monde presse courrier hebdo quotidien libération figaro dépêche nouvel observateur");

    /** Capitalised at the start of a sentence, but not part of a magazine's name: "As Socialist Review no. 249". */
    private static final Set<String> OPENERS = TextScan.wordSet(
            "as in see since and but like unlike from of to on at by for with after before reading then yet so if",
            "when while because also only even both read",
            "wie im seit und aber laut nach vor in siehe comme dans depuis et mais selon après avant voir");

    private final MagazineName magazine;

    IssueFinder(MagazineName magazine) {
        this.magazine = magazine;
    }

    List<IssueCue> find(String text, List<Word> words) {
        List<IssueCue> cues = new ArrayList<>();
        Matcher keyword = TextScan.anchored(KEYWORD, text);
        Matcher abbreviation = TextScan.anchored(ABBREVIATION, text);
        Matcher ownName = TextScan.anchored(magazine.followedByNumber(), text);
        int covered = 0;
        for (Word word : words) {
            if (word.start() < covered) {
                continue; // "no" in "issue no. 117" is part of the cue already found
            }
            // "NR 118" is a magazine's initials, "Nr. 118" German for "no. 118".
            boolean initials = word.lower().startsWith("nr") && isAbbreviation(word.text());
            if (KEYWORDS.contains(word.lower()) && !initials) {
                addKeyword(text, keyword.region(word.start(), text.length()), cues);
            } else if (isAbbreviation(word.text())) {
                addAbbreviation(text, abbreviation.region(word.start(), text.length()), cues);
            } else if (magazine.mayStartWith(word.lower())) {
                addOwnName(text, ownName.region(word.start(), text.length()), cues);
            }
            covered = cues.isEmpty() ? 0 : cues.get(cues.size() - 1).span().end();
        }
        for (int hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
            addKeyword(text, keyword.region(hash, text.length()), cues);
        }
        return cues;
    }

    /** Two to four capitals, perhaps with the number written on: "NR", "SR249". */
    private static boolean isAbbreviation(String word) {
        int capitals = 0;
        while (capitals < word.length() && capitals < 5 && Character.isUpperCase(word.charAt(capitals))) {
            capitals++;
        }
        return capitals >= 2
                && capitals <= 4
                && (capitals == word.length() || Character.isDigit(word.charAt(capitals)));
    }

    private void addKeyword(String text, Matcher matcher, List<IssueCue> cues) {
        if (!matcher.lookingAt()) {
            return;
        }
        String keyword = matcher.group(1) == null ? "#" : matcher.group(1).toLowerCase(Locale.ROOT);
        int number = Integer.parseInt(matcher.group(2));
        Span named = precedingName(text, matcher.start());
        Span own = named == null ? null : magazine.nameAtEnd(named);
        MagazineMatch match =
                own != null ? MagazineMatch.OWN : isPublication(named) ? MagazineMatch.OTHER : MagazineMatch.UNNAMED;
        Span magazineSpan = own != null ? own : match == MagazineMatch.OTHER ? named : null;
        int before = magazineSpan == null ? matcher.start() : magazineSpan.start();
        double plausibility = plausibility(text, keyword, number, before, matcher.end());
        if (plausibility < 0.4 && match != MagazineMatch.OWN) {
            return;
        }
        double confidence =
                switch (match) {
                    case OWN -> inParentheses(text, before) ? 0.95 : 0.9;
                    case OTHER -> 0.3;
                    case UNNAMED -> plausibility;
                };
        String magazineText = magazineSpan == null ? null : magazineSpan.text();
        cues.add(new IssueCue(Span.of(text, matcher.start(), matcher.end()), number, match, magazineText, confidence));
        boolean plural = PLURAL_KEYWORDS.matcher(keyword).matches();
        addListed(text, matcher.end(), number, plural, match, magazineText, confidence, cues);
    }

    /** "issues 117 and 118", "nos. 117-119". */
    private static void addListed(
            String text,
            int from,
            int first,
            boolean plural,
            MagazineMatch match,
            String magazineText,
            double confidence,
            List<IssueCue> cues) {
        Matcher more = MORE.matcher(text);
        int position = from;
        int previous = first;
        while (position < text.length() && more.region(position, text.length()).lookingAt()) {
            boolean range = more.group(1).equals("-")
                    || more.group(1).equals("\u2013")
                    || more.group(1).equals("to");
            if (!plural && !range) {
                return;
            }
            int number = Integer.parseInt(more.group(2));
            Span span = Span.of(text, more.start(2), more.end(2));
            if (range && number > previous && number - previous <= 12) {
                for (int n = previous + 1; n < number; n++) {
                    cues.add(new IssueCue(span, n, match, magazineText, confidence * 0.9));
                }
            }
            cues.add(new IssueCue(span, number, match, magazineText, confidence));
            previous = number;
            position = more.end();
        }
    }

    /** How much the words around a bare number read like a citation rather than "no. 1 priority". */
    private static double plausibility(String text, String keyword, int number, int before, int after) {
        double score = ISSUE_KEYWORDS.matcher(keyword).lookingAt()
                ? 0.75
                : keyword.startsWith("no") || keyword.startsWith("nr") || keyword.startsWith("n°") ? 0.7 : 0.55;
        String previous = TextScan.wordBefore(text, before);
        if (DETERMINERS.contains(previous)) {
            score -= 0.3;
        } else if (PREPOSITIONS.contains(previous)) {
            score += 0.1;
        }
        if (inParentheses(text, before)) {
            score += 0.1;
        }
        String next = TextScan.wordAfter(text, after);
        if (!next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !FOLLOWERS.contains(next)) {
            score -= 0.4;
        }
        if (number < 10) {
            score -= 0.2;
        }
        return Math.min(1, score);
    }

    private void addAbbreviation(String text, Matcher matcher, List<IssueCue> cues) {
        if (!matcher.lookingAt()) {
            return;
        }
        String letters = matcher.group(1);
        int number = Integer.parseInt(matcher.group(2));
        Span span = Span.of(text, matcher.start(), matcher.end());
        if (magazine.hasInitials(letters)) {
            double confidence = inParentheses(text, matcher.start()) ? 0.9 : 0.85;
            cues.add(new IssueCue(span, number, MagazineMatch.OWN, letters, confidence));
            return;
        }
        String next = TextScan.wordAfter(text, matcher.end());
        boolean nounFollows = !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !FOLLOWERS.contains(next);
        boolean year = number >= 1800 && number <= 2100;
        if (!letters.startsWith("NO") && !year && !nounFollows) {
            cues.add(new IssueCue(span, number, MagazineMatch.OTHER, letters, 0.3));
        }
    }

    /** "Northern Review 118" without "no.". */
    private void addOwnName(String text, Matcher matcher, List<IssueCue> cues) {
        if (matcher.lookingAt()) {
            double confidence = inParentheses(text, matcher.start()) ? 0.9 : 0.85;
            Span span = Span.of(text, matcher.start(), matcher.end());
            cues.add(new IssueCue(
                    span, Integer.parseInt(matcher.group(1)), MagazineMatch.OWN, magazine.name(), confidence));
        }
    }

    /** Capitalised words written just before the keyword, such as a magazine's name; null when there are none. */
    private Span precedingName(String text, int keywordStart) {
        int start = keywordStart;
        int words = 0;
        int i = keywordStart;
        while (words < 4) {
            int end = i;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int wordStart = end;
            while (wordStart > 0 && isNameChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == end || !Character.isUpperCase(text.charAt(wordStart))) {
                break;
            }
            if (OPENERS.contains(text.substring(wordStart, end).toLowerCase(Locale.ROOT))) {
                break;
            }
            start = wordStart;
            i = wordStart;
            words++;
        }
        if (words == 0) {
            return null;
        }
        int end = keywordStart;
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return Span.of(text, start, end);
    }

    private static boolean isPublication(Span named) {
        if (named == null) {
            return false;
        }
        for (String word : named.text().toLowerCase(Locale.ROOT).split(" ")) {
            if (PUBLICATION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetter(c) || c == '&' || c == '\'' || c == '\u2019' || c == '-';
    }

    private static boolean inParentheses(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '(' || text.charAt(i) == '[');
    }
}
