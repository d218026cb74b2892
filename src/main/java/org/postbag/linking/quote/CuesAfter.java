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
        Attribution named = named(matcher, line);
        if (named != null) {
            return Optional.of(new Attribution(named.kind(), named.name(), line));
        }
        // "-- the Riverside tenants' newsletter, 1983": a signature names its source, capitalised or not.
        if (!line.strip().matches("(?s)^(?:--|\u2014|\u2013).*") || line.strip().length() > 80) {
            return Optional.empty();
        }
        String signer =
                line.strip().replaceFirst("^(?:--|\u2014|\u2013)\\s*", "").replaceFirst("\\s*[,(].*$", "");
        return signer.matches("(?s).*\\p{L}.*") ? Optional.of(described(signer, line)) : Optional.empty();
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
        Attribution named = spoken(AFTER_VERB_NAME.matcher(after), after, letter, open);
        if (named == null && !endsSentence) {
            named = spoken(AFTER_NAME_VERB.matcher(after), after, letter, open);
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
            return elsewhen(Antecedents.resolve(Kind.PERSON, pronoun.group(), letter, open), after, pronoun.end());
        }
        Matcher speaker = AFTER_SPEAKER.matcher(after);
        if (speaker.find() && (!endsSentence || speaker.group("as") != null)) {
            return described(speaker.group("name"), speaker.group());
        }
        Attribution clause = clause(after, letter, open);
        if (clause != null) {
            return clause;
        }
        return inParenthesis(letter, open, close, from, to);
    }

    /** A name with a verb of saying, and another occasion or work if the words after it name one. */
    private static Attribution spoken(Matcher matcher, String after, String letter, int open) {
        Attribution named = named(matcher, after);
        return named == null ? null : elsewhen(named, after, matcher.end());
    }

    /** "he wrote in 1852", "Marx wrote four years later, in the Eighteenth Brumaire": not the piece answered. */
    private static Attribution elsewhen(Attribution spoken, String after, int end) {
        if (spoken.kind() != Kind.PERSON) {
            return spoken;
        }
        Matcher elsewhen = ELSEWHEN.matcher(after.substring(end));
        return elsewhen.find()
                ? new Attribution(
                        Kind.OTHER_WORK, spoken.name(), after.substring(0, end + elsewhen.end()), spoken.referredBack())
                : spoken;
    }

    /** '" is what we chanted', '" was the line in the draft': the clause that follows says whose words they are. */
    private static Attribution clause(String after, String letter, int open) {
        Matcher what = AFTER_WHAT.matcher(after);
        if (what.find()) {
            String who = what.group("name").strip();
            if (who.matches("(?i)we|I|us")) {
                // The writer's own words, or their friends': nobody else's to check.
                return new Attribution(Kind.PERSON, "the letter's writer", what.group());
            }
            if (who.matches("(?i)he|she|they")) {
                return Antecedents.resolve(Kind.PERSON, what.group(), letter, open);
            }
            Optional<String> name = CueNames.clean(who);
            return name.isPresent() && Character.isUpperCase(name.get().charAt(0))
                    ? new Attribution(
                            CueNames.isDocument(name.get()) ? Kind.DOCUMENT : Kind.PERSON, name.get(), what.group())
                    : described(who, what.group());
        }
        Matcher utterance = AFTER_UTTERANCE.matcher(after);
        if (!utterance.find()) {
            return null;
        }
        String rest = utterance.group("rest");
        boolean unsigned = utterance.group("name").matches("(?is).*\\b" + UNSIGNED + "$");
        if (!unsigned && !rest.matches("(?is)^\\s*(?:in|of|on|from|that|which)\\b.*")) {
            // '" is a fine phrase' judges the words; it does not say whose they are.
            return null;
        }
        if (rest.matches("(?is)^\\s*(?:that\\s+)?(?:he|she|they)\\b.*")) {
            return Antecedents.resolve(Kind.PERSON, utterance.group(), letter, open);
        }
        Matcher work = WORK_IN.matcher(rest);
        if (work.find() && ANSWERED_NOUN.matcher(work.group("work")).matches()) {
            return new Attribution(Kind.ANSWERED, "", utterance.group());
        }
        return described(utterance.group("name"), utterance.group());
    }

    /** A speaker described rather than named: the answered piece ("her article"), a document, or somebody. */
    private static Attribution described(String description, String cue) {
        String name = description.strip();
        if (ANSWERED_NOUN.matcher(name).matches()) {
            return new Attribution(Kind.ANSWERED, "", cue);
        }
        return new Attribution(CueNames.isDocument(name) ? Kind.DOCUMENT : Kind.PERSON, name, cue);
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
