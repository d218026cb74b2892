package org.postbag.letter;

import java.util.regex.Pattern;

/** The public reference of a letter, such as {@code L-2026-00042}: readers quote it to the desk. */
public final class LetterReference {

    private static final Pattern FORM = Pattern.compile("L-\\d{4}-\\d{5,}");

    private LetterReference() {}

    public static String format(int year, long number) {
        return String.format("L-%04d-%05d", year, number);
    }

    public static boolean isWellFormed(String reference) {
        return reference != null && FORM.matcher(reference).matches();
    }
}
