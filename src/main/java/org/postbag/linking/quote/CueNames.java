package org.postbag.linking.quote;

import static org.postbag.linking.quote.CueGrammar.DOC_NOUN;
import static org.postbag.linking.quote.CueGrammar.DOC_NOUN_CAP;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Turns what a cue matched into the name of a person or a document: sentence-initial words and possessives drop out,
 * pronouns leave nothing, and a name holding a document's noun ("the Tramways Act") is a document.
 */
final class CueNames {

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

    private CueNames() {}

    /** Whether a name is a document's ("the Tramways Act", "the council's own report") rather than a person's. */
    static boolean isDocument(String name) {
        return name.matches("(?s).*\\b" + DOC_NOUN_CAP + "\\b.*")
                || name.matches("(?is)^(?:the|a|this|that|its|their)\\s+.*\\b" + DOC_NOUN + "\\b.*");
    }

    /** A named group of the match, or null if the pattern has no such group or it matched nothing. */
    static String group(Matcher matcher, String name) {
        try {
            return matcher.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /** Drops sentence-initial words such as "As" or "Then" and a possessive; pronouns leave nothing. */
    static Optional<String> clean(String name) {
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
    static Optional<String> cleanDocument(String name) {
        String cleaned = withoutClause(name).replaceFirst("['\u2019]s?$", "");
        List<String> words = new ArrayList<>(Arrays.asList(cleaned.split("\\s+")));
        while (words.size() > 1
                && NOT_NAMES.contains(words.get(0).toLowerCase(Locale.ROOT))
                && !words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** "The Manifesto you printed": the document, without the clause that says which copy. */
    static String withoutClause(String document) {
        return document.strip()
                .replaceFirst("(?i)\\s+(?:that\\s+|which\\s+)?(?:you|we|I|he|she|they)\\s+\\p{Ll}+$", "");
    }

    static Set<String> words(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
