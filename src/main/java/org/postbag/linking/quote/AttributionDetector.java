package org.postbag.linking.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads who a quotation is attributed to from the words just before it in the same sentence: "To quote Bakunin:",
 * "as Lenin put it,", "in the words of Rosa Luxemburg", "Orwell wrote that", "what Keynes called", "Ms Natarajan
 * writes that". A name is one to four capitalised words, with an optional title; pronouns are not names, so "she says"
 * attributes nothing.
 */
final class AttributionDetector {

    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019\\-]*";
    private static final String NAME =
            "(?<![\\p{L}'\u2019])(?<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev)\\.?\\s+)?"
                    + WORD + "(?:\\s+(?:(?:de|del|della|van|von|der|den|du|da|di|la|le|bin|ibn|al)\\s+)?" + WORD
                    + "){0,3})";
    private static final String VERB = "(?i:put\\s+it|puts\\s+it|said|says|wrote|writes|argued|argues|observed|observes"
            + "|noted|notes|remarked|remarks|claimed|claims|declared|declares|insisted|insists|objected|objects"
            + "|suggested|suggests|asserted|asserts|maintained|maintains|warned|warns|concluded|concludes|added|adds"
            + "|replied|replies|answered|answers|called|calls|termed|terms|dubbed|described\\s+as|describes\\s+as"
            + "|tells\\s+us|told\\s+us|reminds\\s+us|reminded\\s+us|once\\s+said|once\\s+wrote|famously\\s+said)\\b";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i:to\\s+quote)\\s+" + NAME),
            Pattern.compile("(?i:in\\s+the\\s+words\\s+of)\\s+" + NAME),
            Pattern.compile("(?i:according\\s+to)\\s+" + NAME),
            // Letters often cite the piece in brackets after the name: "Margaret Osei (no. 120) writes that".
            Pattern.compile(NAME + "(?:\\s*\\([^()]{0,60}\\))?\\s+" + VERB));

    /** Capitalised words that start a sentence or a phrase without naming anyone. */
    private static final Set<String> NOT_NAMES = words("the a an and but or so yet then now as when while if because"
            + " since though although this that these those here there in on at of to for with by from after before"
            + " indeed still also even perhaps what which who i we you he she they it one someone everyone nobody"
            + " people critics readers residents councillors officials experts supporters opponents some many others"
            + " most all both yes no well");

    private static final Set<String> ABBREVIATIONS = words("mr mrs ms dr st prof rev sr jr no nos vol cf vs");
    private static final String CLOSERS = "\"\u201D\u2019')]";
    private static final int MAX_DISTANCE = 100;

    /** The name that the end of {@code textBefore} attributes the quotation following it to. */
    Optional<String> nameBefore(String textBefore) {
        String sentence = lastSentence(textBefore);
        String name = null;
        int nameEnd = -1;
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(sentence);
            while (matcher.find()) {
                Optional<String> cleaned = clean(matcher.group("name"));
                if (cleaned.isPresent() && matcher.end() > nameEnd) {
                    name = cleaned.get();
                    nameEnd = matcher.end();
                }
            }
        }
        if (name == null || sentence.length() - nameEnd > MAX_DISTANCE) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** Drops sentence-initial words such as "As" or "Then" and a possessive; pronouns leave nothing. */
    private static Optional<String> clean(String name) {
        String[] words = name.split("\\s+");
        int first = 0;
        while (first < words.length && NOT_NAMES.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        if (first == words.length) {
            return Optional.empty();
        }
        String cleaned = String.join(" ", Arrays.copyOfRange(words, first, words.length));
        return Optional.of(cleaned.replaceFirst("['\u2019]s?$", ""));
    }

    /** The text after the last sentence end, so that a name in an earlier sentence is never taken. */
    static String lastSentence(String text) {
        for (int i = text.length() - 1; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                return text.substring(i + 1);
            }
        }
        return text;
    }

    private static boolean endsSentence(String text, int stop) {
        int next = stop + 1;
        while (next < text.length() && CLOSERS.indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && !Character.isUpperCase(text.charAt(next)) && !isQuoteMark(text.charAt(next))) {
            return false;
        }
        int wordStart = stop;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        // "Mr. Aldridge", "no. 117" and "J. K. Rowling" go on; a stop after a number or a bracket ends a sentence.
        String word = text.substring(wordStart, stop).toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 1;
        return !initial && !ABBREVIATIONS.contains(word);
    }

    private static boolean isQuoteMark(char c) {
        return QuoteMark.isDoubleMark(c) || c == '\'' || c == '\u2018';
    }

    private static Set<String> words(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split(" ")).collect(Collectors.toUnmodifiableSet());
    }
}
