package org.postbag.letter;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a letter seems to be written in, from its character n-grams, over the seventy-odd languages the
 * detector has profiles for. It answers only when the text is long enough and the guess is clear, since a flag that
 * cries wolf is worse than none: a short note, a letter full of names or one that mixes languages gives no answer.
 */
public final class LanguageGuess {

    /** Fewer words than this say too little about their language. */
    static final int MIN_WORDS = 12;

    private static final double MIN_PROBABILITY = 0.95;

    private LanguageGuess() {}

    /** The language the text is clearly written in, if it is clear. */
    public static Optional<Locale> of(String text) {
        if (LetterText.countWords(text) < MIN_WORDS) {
            return Optional.empty();
        }
        List<DetectedLanguage> found = Detector.INSTANCE.getProbabilities(text);
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
            return Optional.empty();
        }
        return Optional.of(Locale.forLanguageTag(found.get(0).getLocale().getLanguage()));
    }

    /** Whether the text is clearly in another language than {@code expected}; the language if so. */
    public static Optional<Locale> otherThan(String text, Locale expected) {
        return of(text).filter(found -> !found.getLanguage().equals(expected.getLanguage()));
    }

    /** Built once, on first use: reading the profiles takes a moment and some memory. */
    private static final class Detector {
        private static final LanguageDetector INSTANCE = build();

        private static LanguageDetector build() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("The language profiles could not be read", e);
            }
        }
    }
}
