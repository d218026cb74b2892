package org.postbag.house;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A phrase of the bundle in one language, for the text that Java puts together outside a page: parts of emails that
 * depend on the letter ("in issue 12", "on our website") and the Atom feeds. Pages read the bundle through Faces.
 */
public final class Wording {

    private Wording() {}

    /** The bundle's text for {@code key} in this locale's language, its {@code {0}}... filled in. */
    public static String of(Locale locale, String key, Object... values) {
        String pattern = ResourceBundle.getBundle(
                        Languages.BUNDLE,
                        locale,
                        // Not the server's default locale: English is the base bundle itself.
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
        return values.length == 0 ? pattern : new MessageFormat(pattern, locale).format(values);
    }
}
