package org.postbag.linking.quote;

import static org.postbag.linking.quote.CueGrammar.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postbag.linking.quote.Attribution.Kind;
import org.postbag.linking.quote.CueGrammar.CuePattern;

/**
 * Reads whose words a quotation is from the cues writers really use: before it in the same sentence ("To quote
 * Bakunin:", "as Lenin put it,", "Ms Natarajan writes that", "the Communist Manifesto's"), at the end of the paragraph
 * that runs into a block or a quoted paragraph ("Orwell put it well:"), after it ('-- Orwell', '(Keynes, 1936)', '",
 * wrote Orwell'), at the end of a parenthesis around it, and pronouns that refer back to a person named earlier ("As
 * he argued:"). Cues that point to the answered author ("as you wrote") or to another of their works ("in her book")
 * are kept apart, because they decide what the quotation is checked against.
 *
 * <p>When cues compete, the one nearest the quotation wins; a cue more than {@value #MAX_DISTANCE} characters before
 * it, or in an earlier sentence, attributes nothing.
 */
final class AttributionDetector {

    /** A cue and the span of the sentence it covers. */
    private record Cue(Attribution.Kind kind, String name, int start, int end) {}

    /** Capitalised words that start a sentence or a phrase without naming anyone. */
    static final Set<String> NOT_NAMES = words("the a an and but or so yet then now as when while if because"
            + " since though although this that these those here there in on at of to for with by from after before"
            + " indeed still also even perhaps what which who i we you he she they it one someone everyone nobody"
            + " people critics readers residents councillors officials experts supporters opponents some many others"
            + " most all both yes no well sic emphasis my our original italics ibid see cf his her their its"
            + " let quoting quote according today yesterday tomorrow last next every each such how why where"
            + " sir madam dear editor council government ministers minister party members everybody anyone"
            + " p pp para paragraph page chapter op cit again let's surely sadly alas meanwhile however thus"
            + " hence moreover besides instead otherwise finally first second third lastly mind nor not never"
            + " monday tuesday wednesday thursday friday saturday sunday january february march april may june"
            + " july august september october november december god lord christ jesus neither either none"
            + " whatever whoever nothing something everything anything");

    /** Words that may begin a sentence but are never a person referred back to. */
    private static final Set<String> SENTENCE_STARTERS = words("it's i'm i've i'd we're there's that's what's"
            + " nothing something everything anything nowhere somewhere trams buses cars cities towns councils"
            + " people workers unions owners tenants landlords shops libraries schools housing rents prices"
            + " money taxes co-operatives cooperatives socialism capitalism property freedom liberty history"
            + " politics nationalisation ownership transport");

    /** Last words of capitalised phrases that name a place or a body, not a person. */
    private static final Set<String> PLACE_WORDS = words("valley street road lane avenue council city borough hall park"
            + " bridge party trust company ltd plc review times guardian post herald university college school line"
            + " station square river county district ward estate centre center committee assembly parliament"
            + " commons lords office ministry department board authority union society league association club"
            + " church chapel cathedral court house town village moor dale gate market");

    private static final Pattern PRECEDING_PLACE =
            Pattern.compile("(?i:\\b(?:the|in|at|on|from|to|into|across|near|of|via|through|towards)\\s+)$");
    private static final Pattern FOLLOWING_VERB = Pattern.compile("\\s*,?\\s*(?:was|is|had|has|spent|knew|saw|lived"
            + "|died|thought|believed|wrote|said|argued|never|always|once|himself|herself|\\p{Ll}+ed|\\p{Ll}+s)\\b");

    private static final Set<String> ABBREVIATIONS = words("mr mrs ms dr st prof rev sr jr no nos vol cf vs cllr");
    private static final String CLOSERS = "\"\u201D\u2019')]";
    private static final int MAX_DISTANCE = 100;
    private static final int ANTECEDENT_REACH = 600;

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
        Attribution after = after(letter, open, close, from, to, quoted);
        if (after != null) {
            return after;
        }
        String sameParagraph = withoutQuotations(letter.substring(from, open));
        if (sameParagraph.isBlank() && leadTo > leadFrom) {
            return lead(letter, leadFrom, leadTo);
        }
        return before(letter, sameParagraph, from, false, MAX_DISTANCE);
    }

    /**
     * A paragraph that runs into the quotation: "To quote Kropotkin:", "As he argued,", or a short sentence that ends
     * on its cue ("Orwell put it better.").
     */
    private Attribution lead(String letter, int from, int to) {
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

    /** The text with earlier quotations blanked out, so that words inside them are never read as a cue. */
    private static String withoutQuotations(String text) {
        StringBuilder blanked = new StringBuilder(text);
        int open = -1;
        for (int i = 0; i < blanked.length(); i++) {
            if (!QuoteMark.isDoubleMark(blanked.charAt(i))) {
                continue;
            }
            if (open < 0) {
                open = i;
            } else {
                for (int j = open + 1; j < i; j++) {
                    // Letters go, punctuation stays, so that a sentence ending inside a quotation still ends.
                    if (Character.isLetterOrDigit(blanked.charAt(j))) {
                        blanked.setCharAt(j, ' ');
                    }
                }
                open = -1;
            }
        }
        return blanked.toString();
    }

    /** The cue at the end of {@code text}, which starts at {@code offset} in the letter. */
    private Attribution before(String letter, String text, int offset, boolean lead, int maxTail) {
        String sentence = lastSentence(text);
        int sentenceOffset = offset + text.length() - sentence.length();
        Cue best = null;
        Cue otherWork = null;
        Cue named = null;
        for (CuePattern pattern : BEFORE) {
            Matcher matcher = pattern.regex().matcher(sentence);
            while (matcher.find()) {
                Cue cue = cue(pattern.kind(), matcher);
                if (cue != null && (best == null || cue.end() > best.end())) {
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
        if (otherWork != null
                && best != null
                && best.kind() == Kind.PERSON
                && otherWork.start() >= best.start()
                && otherWork.end() <= best.end()) {
            // "Engels, in The Condition of the Working Class, wrote": his, but another work than the one answered.
            best = new Cue(Kind.OTHER_WORK, best.name(), best.start(), best.end());
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

    private static int tail(String sentence, int end) {
        return sentence.substring(end).strip().length();
    }

    private static Cue cue(Kind kind, Matcher matcher) {
        String name = group(matcher, "name");
        if (name != null) {
            boolean role = kind == Kind.PERSON && ROLE_START.matcher(name).lookingAt();
            if (role && ANSWERED_NOUN.matcher(name.strip()).matches()) {
                return new Cue(Kind.ANSWERED, "", matcher.start(), matcher.end());
            }
            Optional<String> cleaned = role
                    ? Optional.of(name.strip().replaceFirst("['\u2019]s?$", ""))
                    : kind == Kind.DOCUMENT ? cleanDocument(name) : clean(name);
            if (cleaned.isEmpty()) {
                return null;
            }
            Kind resolved = kind == Kind.PERSON && isDocument(cleaned.get()) ? Kind.DOCUMENT : kind;
            return new Cue(resolved, cleaned.get(), matcher.start(), matcher.end());
        }
        String owner = group(matcher, "owner");
        if (owner != null) {
            String lower = owner.toLowerCase(Locale.ROOT);
            return new Cue(Kind.OTHER_WORK, lower.equals("your") ? "" : "?", matcher.start(), matcher.end());
        }
        String pronoun = group(matcher, "pronoun") != null
                ? group(matcher, "pronoun")
                : group(matcher, "pronoun2") != null ? group(matcher, "pronoun2") : group(matcher, "pronoun3");
        if (pronoun != null) {
            return new Cue(Kind.PERSON, "?", matcher.start(), matcher.end());
        }
        return new Cue(kind, kind == Kind.OTHER_WORK ? "?" : "", matcher.start(), matcher.end());
    }

    /** Turns a pronoun ("?") into the person it refers back to, or into a presumption if there is none. */
    private Attribution resolve(Cue cue, String cueText, String letter, int cueStart) {
        if (!"?".equals(cue.name())) {
            return new Attribution(cue.kind(), cue.name(), cueText);
        }
        Optional<String> antecedent = antecedent(letter, cueStart);
        if (cue.kind() == Kind.OTHER_WORK) {
            return new Attribution(Kind.OTHER_WORK, antecedent.orElse(""), cueText);
        }
        if (antecedent.isEmpty() && cueText.matches("(?is).*\\b(?:they|them|their)\\b.*")) {
            // "As they say": a saying, which names no source at all.
            return Attribution.presumed();
        }
        return antecedent
                .map(name -> new Attribution(Kind.PERSON, name, cueText, true))
                // "she argues" with nobody named before: the answered author, as a reply would mean it.
                .orElseGet(() -> new Attribution(Kind.PRESUMED, "", cueText));
    }

    /**
     * The last person named before {@code position}, in the same paragraph and within a few sentences. Only mentions that read as a person
     * count: with a title ("Ms Natarajan"), or a capitalised name not after "the" or a preposition (which would make
     * it a place or a body: "in the Aire Valley"), and at a sentence start only when a verb follows ("Kropotkin
     * spent his life").
     */
    Optional<String> antecedent(String letter, int position) {
        // A pronoun refers back within its own paragraph: a reply's "she says" after a break means the answered author.
        int paragraphStart = Math.max(letter.lastIndexOf("\n\n", Math.max(0, position - 1)), 0);
        int from = Math.max(paragraphStart, position - ANTECEDENT_REACH);
        String text = letter.substring(from, position);
        Matcher matcher = MENTION.matcher(text);
        String last = null;
        while (matcher.find()) {
            Optional<String> cleaned = clean(matcher.group("name"));
            if (cleaned.isEmpty() || isDocument(cleaned.get())) {
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
        if (!atSentenceStart(text, start) || possessive) {
            return true;
        }
        String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return !SENTENCE_STARTERS.contains(first)
                && FOLLOWING_VERB.matcher(text.substring(end)).lookingAt();
    }

    private static boolean atSentenceStart(String text, int index) {
        int i = index - 1;
        while (i >= 0
                && (Character.isWhitespace(text.charAt(i))
                        || CLOSERS.indexOf(text.charAt(i)) >= 0
                        || QuoteMark.isDoubleMark(text.charAt(i))
                        || text.charAt(i) == '>')) {
            i--;
        }
        return i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0;
    }

    /** A line that signs a block quotation: "-- Kropotkin, Mutual Aid". */
    Optional<Attribution> signature(String line) {
        Matcher matcher = AFTER_DASH.matcher(line);
        return Optional.ofNullable(named(matcher, line)).map(a -> new Attribution(a.kind(), a.name(), line));
    }

    /** A cue right after the quotation, or at the end of a parenthesis around it. */
    private Attribution after(String letter, int open, int close, int from, int to, String quoted) {
        String rest = letter.substring(Math.min(close + 1, to), to);
        String after = rest.length() > 160 ? rest.substring(0, 160) : rest;
        boolean endsSentence = quoted.strip().matches("(?s).*[.!?]$");
        for (Pattern pattern : List.of(AFTER_DASH, AFTER_BRACKET, AFTER_PHRASE)) {
            Attribution named = named(pattern.matcher(after), after);
            if (named != null) {
                return named;
            }
        }
        Matcher otherWork = AFTER_OTHER_WORK.matcher(after);
        if (otherWork.find()) {
            return new Attribution(Kind.OTHER_WORK, antecedent(letter, open).orElse(""), otherWork.group());
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
            return resolve(new Cue(Kind.PERSON, "?", 0, 0), possessive.group(), letter, open);
        }
        Matcher pronoun = AFTER_PRONOUN.matcher(after);
        if (pronoun.find() && !(endsSentence && group(pronoun, "pronoun") != null)) {
            Cue cue = new Cue(Kind.PERSON, "?", 0, 0);
            return resolve(cue, pronoun.group(), letter, open);
        }
        return inParenthesis(letter, open, close, from, to);
    }

    private static Attribution named(Matcher matcher, String after) {
        if (!matcher.find()) {
            return null;
        }
        Optional<String> name = clean(matcher.group("name"));
        if (name.isEmpty()) {
            return null;
        }
        Kind kind = isDocument(name.get()) ? Kind.DOCUMENT : Kind.PERSON;
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
        Optional<String> name = clean(matcher.group("name"));
        return name.map(n -> new Attribution(
                        isDocument(n) ? Kind.DOCUMENT : Kind.PERSON,
                        n,
                        matcher.group().strip()))
                .orElse(null);
    }

    private static boolean isDocument(String name) {
        return name.matches("(?s).*\\b" + DOC_NOUN_CAP + "\\b.*")
                || name.matches("(?is)^(?:the|a|this|that|its|their)\\s+.*\\b" + DOC_NOUN + "\\b.*");
    }

    private static String group(Matcher matcher, String name) {
        try {
            return matcher.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
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
        cleaned = cleaned.replaceFirst("['\u2019]s?$", "");
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }

    /** A document's name as the letter gives it, without a trailing possessive. */
    private static Optional<String> cleanDocument(String name) {
        String cleaned = name.strip().replaceFirst("['\u2019]s?$", "");
        List<String> words = new ArrayList<>(Arrays.asList(cleaned.split("\\s+")));
        while (words.size() > 1
                && NOT_NAMES.contains(words.get(0).toLowerCase(Locale.ROOT))
                && !words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
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
        return Arrays.stream(spaceSeparated.split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
