package org.postbag.publishing;

import java.text.Normalizer;
import java.util.Locale;

/** The readable part of a permalink: "Trams: the last word?" becomes "trams-the-last-word". */
public final class Slug {

    private static final int MAX = 80;

    private Slug() {}

    public static String of(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "letter" : slug;
    }
}
