package org.postbag.linking.quote;

import static org.postbag.linking.quote.CueGrammar.ADVERB;
import static org.postbag.linking.quote.CueGrammar.DESCRIPTION_WORD;
import static org.postbag.linking.quote.CueGrammar.DOC_NOUN;
import static org.postbag.linking.quote.CueGrammar.DOC_NOUN_CAP;
import static org.postbag.linking.quote.CueGrammar.UNSIGNED;
import static org.postbag.linking.quote.CueGrammar.VERB_WORDS;
import static org.postbag.linking.quote.CueGrammar.WORD;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postbag.linking.quote.Attribution.Kind;

/**
 * The principle of evidence for a quotation no cue attributes: it is presumed to quote the pieces the letter answers
 * only if nothing around it names another source. A person, a body or a document named in its sentence, in the
 * sentence before, or in the paragraph that runs into it, or a saying ("as they say", "the old motto"), means the
 * letter may be quoting them; the words are then still checked against the answered pieces, but words not found there
 * accuse nobody (see {@link Kind#NEARBY}).
 */
final class SourcesNearby {

    /** Speakers described by what they are: "the association", "my grandmother", "its sponsors". */
    private static final Pattern BODY = Pattern.compile("(?<![\\p{L}'\u2019])(?i:the|his|her|their|its|our|my|some"
            + "|many|a|an)\\s+(?:" + DESCRIPTION_WORD + "\\s+){0,3}?(?i:spokesman|spokeswoman|spokesperson|chairman"
            + "|chairwoman|chief\\s+executive|leader|minister|mayor|critics?|supporters?|opponents?|sponsors?"
            + "|backers?|promoters?|authors?|association|council|committee|operator|company|gazette|newspaper|radio"
            + "|headlines?|posters?|banners?|placards?|officers?|officials?|councillors?|campaigners?|landlords?|party"
            + "|government|press|website|advert|advertisement|union|friends?|neighbours?|husband|wife|son|daughter"
            + "|father|mother|grandfather|grandmother|grandparents|uncle|aunt|teacher|boss|manager|foreman|steward"
            + "|board|club|vicar|priest|preacher|founder|society|trust|co-op|movement|tenants|residents|historians?|guild"
            + "|federation|institute|league|court|judge|inspector|inspectorate|church|chapel|congregation|crew|men|women"
            + "|economists?)(?![\\p{L}])");
    /** A document: "the association's letter to tenants", "the minute book", "the borough's strategy". */
    private static final Pattern DOCUMENT = Pattern.compile("(?<![\\p{L}'\u2019])(?:(?i:the|a|an|this|that|its"
            + "|their|his|her|our|my)\\s+(?:[\\p{L}'\u2019\\-]+\\s+){0,3}?(?i:" + DOC_NOUN + "|letter\\s+to|minute"
            + "\\s+book|minute-book|handbook|book|memo|memorandum|editorial|sermon|speech|records?)|(?:" + WORD
            + "\\s+){1,4}" + DOC_NOUN_CAP + ")(?![\\p{L}])");
    /** Words nobody signs, or everybody: "as they say", "the old saying". */
    private static final Pattern SAYING = Pattern.compile(
            "(?i:\\bas\\s+(?:they|people)\\s+(?:say|said|used\\s+to\\s+say)\\b|\\b" + UNSIGNED + "\\b)");
    /** The letter addresses the answered author near it: then the answered pieces are the evidence. */
    private static final Pattern ADDRESSED = Pattern.compile("(?i:\\byou\\s+(?:" + ADVERB + "\\s+)?(?:" + VERB_WORDS
            + "|write|say|argue|claim|suggest|insist|call|think)\\b|\\byour\\s+(?:own\\s+)?(?:letter|article|piece|column"
            + "|words|correspondent))");

    /** He or she, in the languages whose cues the model reads (German "er", French "il", "elle"). */
    private static final Pattern PRONOUN = Pattern.compile("(?i:\\b(?:he|she|er|il|elle)\\b)");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"\u201D\u2019')\\]]*\\s+(?=[\\p{Lu}\"\u201C])");

    private SourcesNearby() {}

    /**
     * The source named near the quotation at {@code [open, close]} in the paragraph {@code [from, to)}, with the lead
     * paragraph {@code [leadFrom, leadTo)} (empty if none), as a {@link Kind#NEARBY} attribution; empty if nothing
     * else is named, or if the letter addresses the answered author there ("as you know").
     */
    static Optional<Attribution> find(String letter, int open, int close, int from, int to, int leadFrom, int leadTo) {
        String paragraph = Sentences.withoutQuotations(letter.substring(from, to));
        int at = Math.max(0, Math.min(open - from, paragraph.length()));
        int past = Math.max(at, Math.min(close + 1 - from, paragraph.length()));
        String before = paragraph.substring(0, at);
        String sentenceBefore = Sentences.lastSentence(before);
        String earlier = before.substring(0, before.length() - sentenceBefore.length());
        String previous = Sentences.lastSentence(earlier.stripTrailing());
        String after = paragraph.substring(past);
        Matcher end = SENTENCE_END.matcher(after);
        if (end.find()) {
            after = after.substring(0, end.start() + 1);
        }
        List<String> windows = new ArrayList<>(List.of(sentenceBefore, after, previous));
        if (before.isBlank() && leadTo > leadFrom) {
            windows.add(Sentences.lastSentence(Sentences.withoutQuotations(letter.substring(leadFrom, leadTo))
                    .stripTrailing()));
        }
        for (String window : windows) {
            if (ADDRESSED.matcher(window).find()) {
                return Optional.empty();
            }
        }
        if (PRONOUN.matcher(sentenceBefore + " " + after).find()) {
            // "she accuses the committee of ...": the pronoun is the speaker, and with nobody to refer back to it is
            // the answered author, which is evidence enough.
            return Antecedents.antecedent(letter, open).map(name -> new Attribution(Kind.NEARBY, name, name));
        }
        for (String window : windows) {
            Optional<Attribution> named = named(window);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    private static Optional<Attribution> named(String window) {
        Optional<String> person = Antecedents.lastPerson(window);
        if (person.isPresent()) {
            return Optional.of(new Attribution(Kind.NEARBY, person.get(), person.get()));
        }
        for (Pattern pattern : List.of(DOCUMENT, BODY, SAYING)) {
            Matcher matcher = pattern.matcher(window);
            if (matcher.find()) {
                String named = matcher.group().strip();
                return Optional.of(new Attribution(Kind.NEARBY, named, named));
            }
        }
        return Optional.empty();
    }
}
