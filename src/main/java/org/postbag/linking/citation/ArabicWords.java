package org.postbag.linking.citation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Arabic words as the Arabic finders compare them. Arabic writes "and", "in", "to", "as" and "the" onto the word
 * ("وبالعدد", "للدكتورة"), so a word is looked up in a vocabulary with and without those prefixes; and the same word
 * is written with or without hamza, vowel marks and tatweel, so both sides are normalised first.
 */
final class ArabicWords {

    private static final List<String> CONJUNCTIONS = List.of("", "و", "ف");
    private static final List<String> PREPOSITIONS = List.of("", "ب", "ك", "ل");

    private ArabicWords() {}

    /**
     * A word stripped of its prefixes, if what is left is in the vocabulary.
     *
     * @param normalized the word after {@link PersonName#normalize}
     * @param vocabulary normalised words without prefixes or article
     * @return the bare word and whether the article was written, or null when the word is none of them
     */
    static Bare bare(String normalized, Set<String> vocabulary) {
        for (String conjunction : CONJUNCTIONS) {
            for (String preposition : PREPOSITIONS) {
                for (boolean article : new boolean[] {false, true}) {
                    String prefix = conjunction + prefix(preposition, article);
                    if (normalized.length() > prefix.length()
                            && normalized.startsWith(prefix)
                            && vocabulary.contains(normalized.substring(prefix.length()))) {
                        return new Bare(normalized.substring(prefix.length()), article, prefix);
                    }
                }
            }
        }
        return null;
    }

    /** "ل" and "ال" make "لل": the alef of the article is not written after that preposition. */
    private static String prefix(String preposition, boolean article) {
        if (!article) {
            return preposition;
        }
        return preposition.equals("ل") ? "لل" : preposition + "ال";
    }

    /** A vocabulary written as space-separated lines, normalised as the words it is compared with. */
    static Set<String> set(String... lines) {
        Set<String> words = new HashSet<>();
        for (String word : TextScan.wordSet(lines)) {
            words.add(PersonName.normalize(word));
        }
        return Set.copyOf(words);
    }

    /** Ends in tanween fath ("كثيرًا", "شخصًا"): an adverb or a counted noun, never a name or an issue's word. */
    static boolean accusative(String word) {
        return word.endsWith("\u064b\u0627") || word.endsWith("\u0627\u064b");
    }

    static boolean isArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.ARABIC
                    && Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Digits in any script ("249", "٢٤٩", "۲۴۹"); -1 when the word is not a number alone. */
    static int number(String word) {
        if (word.isEmpty() || word.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < word.length(); i++) {
            int digit = Character.digit(word.charAt(i), 10);
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** Whether only spaces stand between two positions (and at least one). */
    static boolean spaced(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0' && c != '\u200f') {
                return false;
            }
        }
        return true;
    }

    /** The normalised forms of the words, computed once per letter. */
    static List<String> normalized(List<Words.Word> words) {
        List<String> forms = new ArrayList<>(words.size());
        for (Words.Word word : words) {
            forms.add(PersonName.normalize(word.text()));
        }
        return forms;
    }

    /**
     * @param word the vocabulary word found
     * @param article whether "ال" was written on it
     * @param prefix everything written before the vocabulary word
     */
    record Bare(String word, boolean article, String prefix) {}
}
