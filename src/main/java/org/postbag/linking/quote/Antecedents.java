package org.postbag.linking.quote;

import static org.postbag.linking.quote.CueGrammar.MENTION;
import static org.postbag.linking.quote.CueGrammar.TITLE;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postbag.linking.quote.Attribution.Kind;

/**
 * Follows a pronoun ("As he argued:", "she says", "his claim that") back to the person it refers to: the last person
 * named before it in the same paragraph, and with nobody to follow back, the answered author, as a reply means it.
 */
final class Antecedents {

    /** Words that may begin a sentence but are never a person referred back to. */
    private static final Set<String> SENTENCE_STARTERS = CueNames.words("it's i'm i've i'd we're there's that's what's"
            + " nothing something everything anything nowhere somewhere trams buses cars cities towns councils"
            + " people workers unions owners tenants landlords shops libraries schools housing rents prices"
            + " money taxes co-operatives cooperatives socialism capitalism property freedom liberty history"
            + " politics nationalisation ownership transport");

    /** Last words of capitalised phrases that name a place or a body, not a person. */
    private static final Set<String> PLACE_WORDS = CueNames.words("valley street road lane avenue council city borough"
            + " hall park bridge party trust company ltd plc review times guardian post herald university college school"
            + " line station square river county district ward estate centre center committee assembly parliament"
            + " commons lords office ministry department board authority union society league association club"
            + " church chapel cathedral court house town village moor dale gate market");

    private static final Pattern PRECEDING_PLACE =
            Pattern.compile("(?i:\\b(?:the|in|at|on|from|to|into|across|near|of|via|through|towards)\\s+)$");
    private static final Pattern FOLLOWING_VERB = Pattern.compile("\\s*,?\\s*(?:was|is|had|has|spent|knew|saw|lived"
            + "|died|thought|believed|wrote|said|argued|never|always|once|himself|herself|\\p{Ll}+ed|\\p{Ll}+s)\\b");
    private static final Pattern THEY = Pattern.compile("(?is).*\\b(?:they|them|their)\\b.*");
    private static final Pattern THEY_SAY =
            Pattern.compile("(?is).*\\bthey\\s+(?:\\p{L}+\\s+)?(?:say|said|like\\s+to\\s+say|used\\s+to\\s+say)\\b.*");
    private static final int REACH = 600;
    /** One person described by a role, whom "he" or "she" may refer back to. */
    private static final Pattern DESCRIBED =
            Pattern.compile("(?<![\\p{L}'\u2019])(?i:the|my|our|his|her|their|your|a|an)"
                    + "\\s+(?:[\\p{L}\\-]+\\s+){0,2}?(?i:grandmother|grandfather|mother|father|uncle|aunt|teacher|boss"
                    + "|manager|foreman|forewoman|steward|vicar|priest|preacher|minister|rabbi|imam|founder|chairman|chairwoman"
                    + "|mayor|husband|wife|son|daughter|neighbour|landlord|landlady|inspector|judge|headmaster|headmistress"
                    + "|doctor|nurse|lecturer|professor|tutor|sergeant|captain|skipper)(?![\\p{L}])");

    private Antecedents() {}

    /**
     * The attribution of a cue of this kind whose name is a pronoun, read at {@code cueStart} in the letter: the person
     * it refers back to, or a presumption if there is none.
     */
    static Attribution resolve(Kind kind, String cueText, String letter, int cueStart) {
        Optional<String> antecedent = antecedent(letter, cueStart);
        if (kind == Kind.OTHER_WORK) {
            return new Attribution(Kind.OTHER_WORK, antecedent.orElse(""), cueText);
        }
        boolean asTheySay = THEY_SAY.matcher(cueText).matches()
                && (cueText.matches("(?is)^[\\s,]*as\\s.*")
                        || (cueStart >= 3 && letter.regionMatches(true, cueStart - 3, "as ", 0, 3)));
        if (antecedent.isEmpty() && !THEY.matcher(cueText).matches()) {
            // "My economics teacher ... -- that is how he ended every lesson": a person described, not named.
            antecedent = described(letter, cueStart);
        }
        if (antecedent.isEmpty() && asTheySay) {
            // "As they say": a saying, which is nobody's words in particular, and no claim about the answered piece.
            return new Attribution(Kind.PERSON, "a saying", cueText);
        }
        if (antecedent.isEmpty() && THEY.matcher(cueText).matches()) {
            // "They wrote" with nobody named before: no source named at all.
            return Attribution.presumed();
        }
        return antecedent
                .map(name -> new Attribution(Kind.PERSON, name, cueText, true))
                // "she argues" with nobody named before: the answered author, as a reply would mean it.
                .orElseGet(() -> new Attribution(Kind.PRESUMED, "", cueText));
    }

    /** The last person described before {@code position} in its paragraph ("my economics teacher", "the vicar"). */
    private static Optional<String> described(String letter, int position) {
        int paragraphStart = Math.max(letter.lastIndexOf("\n\n", Math.max(0, position - 1)), 0);
        int from = Math.max(paragraphStart, position - REACH);
        Matcher matcher = DESCRIBED.matcher(Sentences.withoutQuotations(letter.substring(from, position)));
        String last = null;
        while (matcher.find()) {
            last = matcher.group().strip();
        }
        return Optional.ofNullable(last);
    }

    /**
     * The last person named before {@code position}, in the same paragraph and within a few sentences. Only mentions
     * that read as a person count: with a title ("Ms Natarajan"), or a capitalised name not after "the" or a
     * preposition (which would make it a place or a body: "in the Aire Valley"), and at a sentence start only when a
     * verb follows ("Kropotkin spent his life").
     */
    static Optional<String> antecedent(String letter, int position) {
        // A pronoun refers back within its own paragraph: a reply's "she says" after a break means the answered author.
        int paragraphStart = Math.max(letter.lastIndexOf("\n\n", Math.max(0, position - 1)), 0);
        int from = Math.max(paragraphStart, position - REACH);
        return lastPerson(letter.substring(from, position));
    }

    /** The last mention in {@code text} that reads as a person (see {@link #antecedent}). */
    static Optional<String> lastPerson(String text) {
        Matcher matcher = MENTION.matcher(text);
        String last = null;
        while (matcher.find()) {
            Optional<String> cleaned = CueNames.clean(matcher.group("name"));
            if (cleaned.isEmpty() || CueNames.isDocument(cleaned.get())) {
                continue;
            }
            String name = cleaned.get();
            boolean titled = name.matches(TITLE + "\\.?\\s+.*");
            int start = matcher.start() + matcher.group("name").indexOf(name);
            if (titled || isPerson(text, start, start + name.length(), name)) {
                last = name;
            }
        }
        return Optional.ofNullable(last);
    }

    private static boolean isPerson(String text, int start, int end, String name) {
        String lastWord = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (PLACE_WORDS.contains(lastWord)
                || PRECEDING_PLACE
                        .matcher(text.substring(Math.max(0, start - 12), start))
                        .find()) {
            return false;
        }
        boolean possessive = text.startsWith("'", end) || text.startsWith("\u2019", end);
        if (!Sentences.atSentenceStart(text, start) || possessive) {
            return true;
        }
        String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return !SENTENCE_STARTERS.contains(first)
                && FOLLOWING_VERB.matcher(text.substring(end)).lookingAt();
    }
}
