package org.postbag.linking.quote;

import java.util.Locale;

/** Attributed names are compared with sources' authors the way editors would: by surname, ignoring case and titles. */
final class Names {

    private Names() {}

    /** The last word of a name, lower-cased, without a possessive: "Ms Natarajan's" gives "natarajan". */
    static String surname(String name) {
        String trimmed = name.strip().replaceFirst("['\u2019]s?$", "");
        String[] words = trimmed.split("\\s+");
        String last = words[words.length - 1].replaceAll("[^\\p{L}\\p{N}'\u2019\\-]", "");
        return last.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
