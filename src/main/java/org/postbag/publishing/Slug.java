package org.postbag.publishing;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * The readable part of a permalink: "Trams: the last word?" becomes "trams-the-last-word".
 * Letters of any script are transliterated, not dropped: "Straße" is "strasse", "Москва"
 * "moskva", "Ελλάδα" "ellada" (ICU's Any-Latin and Latin-ASCII).
 */
public final class Slug {

    private static final int MAX = 80;

    private static final String TO_ASCII = "Any-Latin; Latin-ASCII";

    private Slug() {}

    public static String of(String title) {
        String ascii = Transliterator.getInstance(TO_ASCII)
                .transliterate(title == null ? "" : title)
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "letter" : slug;
    }
}
