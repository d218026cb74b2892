package org.postbag.house;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A language Postbag can speak: its locale, its name in itself ("Deutsch") and its writing direction.
 */
public record Language(Locale locale, String ownName, boolean rightToLeft) {

    public Language {
        requireNonNull(locale, "locale");
        requireNonNull(ownName, "ownName");
    }

    /** The BCP 47 tag, for {@code lang} attributes and settings: "en", "de", "ar". */
    public String tag() {
        return locale.toLanguageTag();
    }

    /** {@code ltr} or {@code rtl}, for the {@code dir} attribute. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }
}
