package org.postbag.linking.quote;

import static org.postbag.linking.quote.CueGrammar.*;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postbag.linking.quote.Attribution.Kind;

/**
 * Cues that follow a quotation ('-- Orwell', '(Keynes, 1936)', '," wrote Orwell', '", which was also his'), close a
 * parenthesis around it ('("property is theft" is the whole argument -- Proudhon)') or sign a block ('> -- Kropotkin').
 */
final class CuesAfter {

    private static final int REACH = 160;

    private CuesAfter() {}

    /** A line that signs a block quotation: "-- Kropotkin, Mutual Aid". */
    static Optional<Attribution> signature(String line) {
        Matcher matcher = AFTER_DASH.matcher(line);
        return Optional.ofNullable(named(matcher, line)).map(a -> new Attribution(a.kind(), a.name(), line));
    }

    /**
     * The cue right after the quotation whose marks are at {@code open} and {@code close} in the paragraph
     * {@code [from, to)}, or at the end of a parenthesis around it; null if there is none.
     */
    static Attribution after(String letter, int open, int close, int from, int to, String quoted) {
        String rest = letter.substring(Math.min(close + 1, to), to);
        String after = rest.length() > REACH ? rest.substring(0, REACH) : rest;
        boolean endsSentence = quoted.strip().matches("(?s).*[.!?]$");
        for (Pattern pattern : List.of(AFTER_DASH, AFTER_BRACKET, AFTER_PHRASE)) {
            Attribution named = named(pattern.matcher(after), after);
            if (named != null) {
                return named;
            }
        }
        Matcher otherWork = AFTER_OTHER_WORK.matcher(after);
        if (otherWork.find()) {
            return new Attribution(
                    Kind.OTHER_WORK, Antecedents.antecedent(letter, open).orElse(""), otherWork.group());
        }
        Attribution named = named(AFTER_VERB_NAME.matcher(after), after);
        if (named == null && !endsSentence) {
            named = named(AFTER_NAME_VERB.matcher(after), after);
        }
        if (named != null) {
            return named;
        }
        Matcher you = AFTER_YOU.matcher(after);
        if (you.find()) {
            return new Attribution(Kind.ANSWERED, "", you.group());
        }
        Matcher possessive = AFTER_POSSESSIVE.matcher(after);
        if (possessive.find()) {
            return Antecedents.resolve(Kind.PERSON, possessive.group(), letter, open);
        }
        Matcher pronoun = AFTER_PRONOUN.matcher(after);
        if (pronoun.find() && !(endsSentence && CueNames.group(pronoun, "pronoun") != null)) {
            return Antecedents.resolve(Kind.PERSON, pronoun.group(), letter, open);
        }
        return inParenthesis(letter, open, close, from, to);
    }

    private static Attribution named(Matcher matcher, String after) {
        if (!matcher.find()) {
            return null;
        }
        Optional<String> name = CueNames.clean(matcher.group("name"));
        if (name.isEmpty()) {
            return null;
        }
        Kind kind = CueNames.isDocument(name.get()) ? Kind.DOCUMENT : Kind.PERSON;
        return new Attribution(kind, name.get(), after.substring(0, matcher.end()));
    }

    /** '("property is theft" is the whole argument -- Proudhon)': the name closing the parenthesis. */
    private static Attribution inParenthesis(String letter, int open, int close, int from, int to) {
        int i = open - 1;
        while (i >= from && Character.isWhitespace(letter.charAt(i))) {
            i--;
        }
        if (i < from || letter.charAt(i) != '(') {
            return null;
        }
        int closing = letter.indexOf(')', close + 1);
        if (closing < 0 || closing >= to) {
            return null;
        }
        String inside = letter.substring(close + 1, closing);
        Matcher matcher = PARENTHESIS_END.matcher(inside);
        if (!matcher.find()) {
            return null;
        }
        Optional<String> name = CueNames.clean(matcher.group("name"));
        return name.map(n -> new Attribution(
                        CueNames.isDocument(n) ? Kind.DOCUMENT : Kind.PERSON,
                        n,
                        matcher.group().strip()))
                .orElse(null);
    }
}
