package org.postbag.linking.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated but realistic workload: 50 sources of about 2,000 words each, and a 2,000-word letter quoting them 12
 * times (verbatim, across an ellipsis, altered, invented, a scare quote, and one attributed to a third party).
 *
 * <p>The words follow a rough Zipf distribution over an essay vocabulary, so that common words ("the", "of") have
 * hundreds of positions per source, as in real prose; a fixed seed makes every run see the same text.
 */
final class LettersPageScenario {

    static final int SOURCES = 50;
    static final int WORDS_PER_TEXT = 2_000;

    private static final String[] VOCABULARY = ("the of and to a in that is it for as on was with be by not this are"
                    + " but from or have an they which one you were all we her she there would their will when who"
                    + " him been has more if no out so said what up its about into than them can only other new some"
                    + " could time these two may then do first any my now such like our over man me even most made"
                    + " after also did many before must through back years where much your way well down should"
                    + " because each just those people how too little state good very make world still own see men"
                    + " work long get here between both life being under never day same another know while last might"
                    + " us great old year off come since against go came right used take three council city trams"
                    + " network operator franchise public ownership co-operative members voters shareholders fares"
                    + " passengers drivers riders board money borrow rates interest rolling stock track lines station"
                    + " timetable service committee transport spring municipal accountability question decide whole"
                    + " valley routes buses depot managers evening morning budget subsidy capital wages energy"
                    + " maintenance ballot election turnout democracy consultation livery lifts boarding access"
                    + " wheelchair platform journey extension renewal contract habit common admirable appeal choice"
                    + " floor ceiling purse risk debt guarantee shape argument answer reply letter article issue"
                    + " editor magazine readers history decades promise record figures complaints crews rota cab")
            .split(" ");

    private final Random random;
    private final List<Source> sources = new ArrayList<>();
    private final String letter;

    LettersPageScenario(long seed) {
        random = new Random(seed);
        for (int i = 0; i < SOURCES; i++) {
            sources.add(new Source("A-" + i, "Piece " + i, "Author" + i + " Writer" + i, prose(WORDS_PER_TEXT)));
        }
        letter = composeLetter();
    }

    List<Source> sources() {
        return sources;
    }

    String letter() {
        return letter;
    }

    private String composeLetter() {
        List<String> quotations = new ArrayList<>();
        for (int source : new int[] {0, 3, 17, 31, 49}) {
            quotations.add("As the piece says, \"" + excerpt(source, 12) + "\" and that is that.");
        }
        quotations.add("The argument ran:\n\n> \"" + bridged(8) + "\"\n\nQuite.");
        quotations.add("Yet it claimed \"" + alter(excerpt(22, 16), true) + "\" at the time.");
        quotations.add("And \"" + alter(excerpt(41, 14), false) + "\" is not what I read.");
        quotations.add("They say \"" + sentenceWords(11) + "\" but nobody wrote that.");
        quotations.add("Worse, \"" + sentenceWords(15) + "\" appears nowhere.");
        quotations.add("The so-called \"public ownership\" again.");
        quotations.add("As Keynes put it, \"" + sentenceWords(10) + "\".");
        StringBuilder text = new StringBuilder();
        int filler = (WORDS_PER_TEXT - 150) / quotations.size();
        for (String quotation : quotations) {
            text.append(prose(filler)).append("\n\n").append(quotation).append("\n\n");
        }
        return text.toString().strip();
    }

    /** Consecutive words of a source, as a letter writer would copy them. */
    private String excerpt(int source, int words) {
        String[] all = sources.get(source).text().split("\\s+");
        return wordsAt(all, random.nextInt(all.length - words), words);
    }

    /** Two stretches of a source joined by an ellipsis that skips a few hundred words. */
    private String bridged(int source) {
        String[] all = sources.get(source).text().split("\\s+");
        int first = random.nextInt(all.length / 2);
        int second = first + 14 + 100 + random.nextInt(all.length / 3);
        return wordsAt(all, first, 14) + " . . . " + wordsAt(all, second, 10);
    }

    private static String wordsAt(String[] words, int start, int count) {
        return String.join(" ", List.of(words).subList(start, start + count)).replaceAll("[.,;]$", "");
    }

    /** Swaps one word for another, or drops one, in the middle of the excerpt. */
    private String alter(String excerpt, boolean swap) {
        List<String> words = new ArrayList<>(List.of(excerpt.split(" ")));
        int middle = words.size() / 2;
        if (swap) {
            words.set(middle, "xylophone");
        } else {
            words.remove(middle);
        }
        return String.join(" ", words);
    }

    private String prose(int words) {
        StringBuilder text = new StringBuilder();
        int written = 0;
        int sentencesInParagraph = 0;
        while (written < words) {
            int length = Math.min(words - written, 8 + random.nextInt(18));
            String sentence = sentenceWords(length);
            text.append(Character.toUpperCase(sentence.charAt(0)))
                    .append(sentence.substring(1))
                    .append('.');
            written += length;
            if (++sentencesInParagraph == 5) {
                text.append("\n\n");
                sentencesInParagraph = 0;
            } else {
                text.append(' ');
            }
        }
        return text.toString().strip();
    }

    private String sentenceWords(int count) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sentence.append(i % 9 == 0 ? ", " : " ");
            }
            sentence.append(zipfWord());
        }
        return sentence.toString();
    }

    /** Rank r is drawn with probability roughly proportional to 1 / r. */
    private String zipfWord() {
        double u = random.nextDouble();
        int rank = (int) Math.floor(Math.pow(VOCABULARY.length + 1.0, u)) - 1;
        return VOCABULARY[Math.min(rank, VOCABULARY.length - 1)];
    }
}
