package org.postbag.letter;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public reference of a letter, such as {@code L-2026-00042}: readers quote it to the desk,
 * and it is the letter's identity. A value of this type is always well formed; text from a
 * link or a form becomes one through {@link #parse}, which says when it is not a reference.
 * Stored through {@link LetterReferenceConverter}.
 */
public record LetterReference(String value) {

    private static final Pattern FORM = Pattern.compile("L-\\d{4}-\\d{5,}");

    public LetterReference {
        requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a letter reference: " + value);
        }
    }

    /** The reference of the {@code number}th letter, received in {@code year}. */
    public static LetterReference of(int year, long number) {
        return new LetterReference(format(year, number));
    }

    /** The reference this text is, exactly; empty for any other text (and for null). */
    public static Optional<LetterReference> parse(String text) {
        return isWellFormed(text) ? Optional.of(new LetterReference(text)) : Optional.empty();
    }

    public static String format(int year, long number) {
        return String.format("L-%04d-%05d", year, number);
    }

    public static boolean isWellFormed(String reference) {
        return reference != null && FORM.matcher(reference).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
