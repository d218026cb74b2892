package org.postbag.linking.quote;

import static org.postbag.linking.quote.CueGrammar.*;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.postbag.linking.quote.Attribution.Kind;
import org.postbag.linking.quote.CueGrammar.CuePattern;

/**
 * Reads whose words a quotation is from the cues writers really use: before it in the same sentence ("To quote
 * Bakunin:", "as Lenin put it,", "Ms Natarajan writes that", "the Communist Manifesto's"), at the end of the paragraph
 * that runs into a block or a quoted paragraph ("Orwell put it well:"), after it ('-- Orwell', '(Keynes, 1936)', '",
 * wrote Orwell'), at the end of a parenthesis around it, and pronouns that refer back to a person named earlier ("As
 * he argued:"). Cues that point to the answered author ("as you wrote") or to another of their works ("in her book")
 * are kept apart, because they decide what the quotation is checked against. This class reads the cues before a
 * quotation and decides between them; {@link CuesAfter} reads those after it, {@link Antecedents} follows pronouns back,
 * and the vocabulary is in {@link CueGrammar}.
 *
 * <p>When cues compete, the one nearest the quotation wins; a cue more than {@value #MAX_DISTANCE} characters before
 * it, or in an earlier sentence, attributes nothing.
 */
final class AttributionDetector {

    /** A cue and the span of the sentence it covers. */
    private record Cue(Attribution.Kind kind, String name, int start, int end) {}

    private static final int MAX_DISTANCE = 100;

    /** The English cues and, after them, those of the other languages ({@link LanguageCues}). */
    private static final List<CuePattern> EVERY_LANGUAGE =
            Stream.concat(BEFORE.stream(), LanguageCues.BEFORE.stream()).toList();

    /** The name that the end of {@code textBefore} attributes the quotation following it to. */
    Optional<String> nameBefore(String textBefore) {
        Attribution attribution = before(textBefore, textBefore, 0, false, MAX_DISTANCE);
        return attribution.kind() == Kind.PERSON || attribution.kind() == Kind.DOCUMENT
                ? attribution.named()
                : Optional.empty();
    }

    /**
     * The attribution of the quotation whose marks are at {@code open} and {@code close} (for a block, its first and
     * last character) in the paragraph {@code [from, to)}, with {@code lead} the text that may introduce it from the
     * paragraph before ({@code [leadFrom, leadTo)}, empty if none).
     */
    Attribution attribute(
            String letter, int open, int close, int from, int to, int leadFrom, int leadTo, String quoted) {
        Attribution after = CuesAfter.after(letter, open, close, from, to, quoted);
        if (after == null) {
            after = LanguageCues.after(letter, close, to);
        }
        String sameParagraph = Sentences.withoutQuotations(letter.substring(from, open));
        Attribution before = after != null
                ? after
                : sameParagraph.isBlank() && leadTo > leadFrom
                        ? lead(letter, leadFrom, leadTo)
                        : before(letter, sameParagraph, from, false, MAX_DISTANCE);
        if (before.kind() == Kind.PRESUMED && before.cue().isEmpty()) {
            return SourcesNearby.find(letter, open, close, from, to, leadFrom, leadTo)
                    .orElse(before);
        }
        return before;
    }

    /**
     * A paragraph that runs into the quotation: "To quote Kropotkin:", "As he argued,", or a short sentence that ends
     * on its cue ("Orwell put it better.").
     */
    private static Attribution lead(String letter, int from, int to) {
        String lead = letter.substring(from, to);
        char last = lead.charAt(lead.length() - 1);
        if (":,\u2014-".indexOf(last) >= 0) {
            return before(letter, lead, from, true, MAX_DISTANCE);
        }
        if (last != '.') {
            return Attribution.presumed();
        }
        return before(letter, lead.substring(0, lead.length() - 1), from, true, 2);
    }

    /** The cue at the end of {@code text}, which starts at {@code offset} in the letter. */
    private static Attribution before(String letter, String text, int offset, boolean lead, int maxTail) {
        String sentence = Sentences.lastSentence(text);
        int sentenceOffset = offset + text.length() - sentence.length();
        Cue best = null;
        Cue otherWork = null;
        Cue named = null;
        for (CuePattern pattern : EVERY_LANGUAGE) {
            Matcher matcher = pattern.regex().matcher(sentence);
            while (matcher.find()) {
                Cue cue = trimmed(cue(pattern.kind(), matcher), sentence);
                // Nearest wins; a denial ending with the name it denies ("Nor does the leaflet say") wins the tie.
                if (cue != null
                        && (best == null
                                || cue.end() > best.end()
                                || (cue.end() == best.end() && cue.kind() == Kind.DISOWNED))) {
                    best = cue;
                }
                if (cue != null && cue.kind() == Kind.OTHER_WORK) {
                    otherWork = cue;
                }
                if (cue != null
                        && (cue.kind() == Kind.PERSON || cue.kind() == Kind.DOCUMENT)
                        && !"?".equals(cue.name())
                        && (named == null || cue.end() > named.end())) {
                    named = cue;
                }
            }
        }
        if (best != null
                && "?".equals(best.name())
                && best.kind() == Kind.PERSON
                && named != null
                && named.end() <= best.start()) {
            // "The Gazette says he wants a co-operative": reported speech is the reporter's words.
            best = named;
        }
        if (otherWork != null && best != null && best.kind() == Kind.PERSON && !"?".equals(best.name())) {
            // "Engels, in The Condition of the Working Class, wrote", "Marx wrote in 1852 that": his, but another work
            // than the one answered.
            best = new Cue(Kind.OTHER_WORK, best.name(), best.start(), Math.max(best.end(), otherWork.end()));
        }
        if (best == null) {
            Matcher subject = ROLE_SUBJECT.matcher(sentence);
            if (subject.find()) {
                // "Your reader who quoted the Manifesto was right to call it": whoever the sentence is about.
                best = new Cue(Kind.PERSON, subject.group("name"), subject.start("name"), subject.end());
            }
        }
        if (otherWork != null
                && best.kind() == Kind.PERSON
                && "?".equals(best.name())
                && tail(sentence, otherWork.end()) <= MAX_DISTANCE) {
            // "Elsewhere she put it that": the pronoun says who, the other cue says it is not the answered piece.
            best = new Cue(Kind.OTHER_WORK, "?", otherWork.start(), Math.max(otherWork.end(), best.end()));
        }
        int limit = Math.min(maxTail, best != null && best.kind() == Kind.DOCUMENT ? MAX_DISTANCE / 2 : MAX_DISTANCE);
        if (best == null || sentence.strip().length() == 0 || tail(sentence, best.end()) > limit) {
            return Attribution.presumed();
        }
        String cueText = sentence.substring(best.start(), best.end());
        if (lead) {
            // A lead-in paragraph ("To quote Kropotkin:") shows best as a whole, up to its colon.
            cueText = sentence.substring(best.start()).strip();
        }
        return resolve(best, cueText, letter, sentenceOffset + best.start());
    }

    /** A cue ends at its last word or mark, so that space after a colon does not make it the nearest. */
    private static Cue trimmed(Cue cue, String sentence) {
        if (cue == null) {
            return null;
        }
        int end = cue.end();
        while (end > cue.start() && Character.isWhitespace(sentence.charAt(end - 1))) {
            end--;
        }
        return new Cue(cue.kind(), cue.name(), cue.start(), end);
    }

    private static int tail(String sentence, int end) {
        return sentence.substring(end).strip().length();
    }

    private static Cue cue(Kind kind, Matcher matcher) {
        String name = CueNames.group(matcher, "name");
        if (name != null) {
            boolean role = kind == Kind.PERSON && ROLE_START.matcher(name).lookingAt();
            if (role && ANSWERED_NOUN.matcher(name.strip()).matches()) {
                return new Cue(Kind.ANSWERED, "", matcher.start(), matcher.end());
            }
            Optional<String> cleaned = role
                    ? Optional.of(name.strip().replaceFirst("['\u2019]s?$", ""))
                    : kind == Kind.DOCUMENT ? CueNames.cleanDocument(name) : CueNames.clean(name);
            if (cleaned.isEmpty()) {
                return null;
            }
            Kind resolved = kind == Kind.PERSON && CueNames.isDocument(cleaned.get()) ? Kind.DOCUMENT : kind;
            String named = resolved == Kind.DOCUMENT ? CueNames.withoutClause(cleaned.get()) : cleaned.get();
            return new Cue(resolved, named, matcher.start(), matcher.end());
        }
        String owner = CueNames.group(matcher, "owner");
        if (owner != null) {
            String lower = owner.toLowerCase(Locale.ROOT);
            return new Cue(Kind.OTHER_WORK, lower.equals("your") ? "" : "?", matcher.start(), matcher.end());
        }
        String pronoun = CueNames.group(matcher, "pronoun") != null
                ? CueNames.group(matcher, "pronoun")
                : CueNames.group(matcher, "pronoun2") != null
                        ? CueNames.group(matcher, "pronoun2")
                        : CueNames.group(matcher, "pronoun3");
        if (pronoun != null) {
            return new Cue(Kind.PERSON, "?", matcher.start(), matcher.end());
        }
        return new Cue(kind, kind == Kind.OTHER_WORK ? "?" : "", matcher.start(), matcher.end());
    }

    /** Turns a pronoun ("?") into the person it refers back to, or into a presumption if there is none. */
    private static Attribution resolve(Cue cue, String cueText, String letter, int cueStart) {
        return "?".equals(cue.name())
                ? Antecedents.resolve(cue.kind(), cueText, letter, cueStart)
                : new Attribution(cue.kind(), cue.name(), cueText);
    }
}
