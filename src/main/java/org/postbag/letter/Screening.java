package org.postbag.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a letter's text tells the desk before anyone reads it: too long, full of links,
 * using a watched word, written in another language than the magazine's. Pure: the caller brings
 * the house rules.
 */
public final class Screening {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    /** A word the desk watches for, and what to do with a letter that uses it. */
    public record WatchedWord(String word, Action action) {
        public enum Action {
            HOLD,
            SPAM
        }
    }

    /**
     * The rules of the house that screening applies.
     *
     * @param language the magazine's language: a letter clearly in another is flagged (never refused); null checks
     *     nothing
     */
    public record Rules(int wordLimit, int mostLinks, List<WatchedWord> watchedWords, Locale language) {

        public Rules(int wordLimit, int mostLinks, List<WatchedWord> watchedWords) {
            this(wordLimit, mostLinks, watchedWords, null);
        }
    }

    /** What screening found: the flags, and whether the letter should be held or is spam. */
    public record Result(List<Flag> flags, boolean spam, boolean hold) {}

    private Screening() {}

    public static Result screen(String text, Rules rules) {
        List<Flag> flags = new ArrayList<>();
        boolean spam = false;
        boolean hold = false;

        int words = LetterText.countWords(text);
        if (words > rules.wordLimit()) {
            flags.add(new Flag(
                    FlagKind.OVER_LENGTH,
                    words + " words, " + (words - rules.wordLimit()) + " over the limit of " + rules.wordLimit()));
        }

        int links = countLinks(text);
        if (links > 0) {
            boolean tooMany = links > rules.mostLinks();
            flags.add(new Flag(
                    FlagKind.LINKS,
                    links + (links == 1 ? " link" : " links") + (tooMany ? ", more than " + rules.mostLinks() : "")));
            spam |= tooMany;
        }

        List<String> textWords = words(text);
        for (WatchedWord watched : rules.watchedWords()) {
            int at = textWords.indexOf(watched.word().toLowerCase(Locale.ROOT));
            if (at >= 0) {
                String action = watched.action() == WatchedWord.Action.SPAM ? "spam" : "hold";
                flags.add(new Flag(
                        FlagKind.WATCHED_WORD,
                        "“" + watched.word() + "” (" + action + ") at word " + (at + 1) + ": …" + context(textWords, at)
                                + "…"));
                spam |= watched.action() == WatchedWord.Action.SPAM;
                hold |= watched.action() == WatchedWord.Action.HOLD;
            }
        }
        if (rules.language() != null) {
            LanguageGuess.otherThan(text, rules.language())
                    .ifPresent(other -> flags.add(new Flag(
                            FlagKind.LANGUAGE,
                            "Seems to be written in " + other.getDisplayLanguage(Locale.ENGLISH) + ", not in "
                                    + rules.language().getDisplayLanguage(Locale.ENGLISH))));
        }
        return new Result(List.copyOf(flags), spam, hold);
    }

    public static int countLinks(String text) {
        Matcher matcher = LINK.matcher(text);
        int links = 0;
        while (matcher.find()) {
            links++;
        }
        return links;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static String context(List<String> words, int at) {
        return String.join(" ", words.subList(Math.max(0, at - 3), Math.min(words.size(), at + 4)));
    }
}
