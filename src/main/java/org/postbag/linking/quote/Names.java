package org.postbag.linking.quote;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Attributed names are compared with sources' authors the way editors would: by surname, ignoring case and titles. */
final class Names {

    private static final Set<String> NOT_SIGNIFICANT =
            Set.of("the", "a", "an", "of", "its", "their", "this", "that", "own", "and", "new", "old", "famous", "our");

    private Names() {}

    /** The last word of a name, lower-cased, without a possessive: "Ms Natarajan's" gives "natarajan". */
    static String surname(String name) {
        String trimmed = name.strip().replaceFirst("['\u2019]s?$", "");
        String[] words = trimmed.split("\\s+");
        String last = words[words.length - 1].replaceAll("[^\\p{L}\\p{N}'\u2019\\-]", "");
        return last.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a piece signed {@code authorName} may be by the person named: the surname is one of the signature's
     * words, so "Marx" finds "Karl Marx and Friedrich Engels".
     */
    static boolean wrote(String authorName, String named) {
        String surname = surname(named);
        return !surname.isEmpty() && words(authorName).contains(surname);
    }

    /**
     * Whether a name is a description ("the leader of the council", "my old shop steward") rather than a person's
     * name, so that its last word is no surname to look up.
     */
    static boolean isDescription(String named) {
        String name = named.strip();
        return name.matches("(?is)^(?:the|my|his|her|our|their|your|a|an|one\\s+of)\\s+.*")
                && !name.substring(name.indexOf(' ')).matches("(?s).*\\p{Lu}.*");
    }

    /** Whether a document named "the council's own report" may be the piece with this title and signature. */
    static boolean isDocument(String title, String authorName, String document) {
        Set<String> wanted = words(document);
        wanted.removeAll(NOT_SIGNIFICANT);
        if (wanted.isEmpty()) {
            return false;
        }
        Set<String> have = words(title + " " + authorName);
        return have.containsAll(wanted);
    }

    /** The significant words of a document's name, for looking it up. */
    static Set<String> significantWords(String document) {
        Set<String> wanted = words(document);
        wanted.removeAll(NOT_SIGNIFICANT);
        return wanted;
    }

    static Set<String> words(String text) {
        return Arrays.stream(
                        text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}'\\-]+"))
                .map(word -> word.replaceFirst("'s?$", ""))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
