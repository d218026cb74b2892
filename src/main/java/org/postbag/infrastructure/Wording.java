package org.postbag.infrastructure;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a service wants to say, as a key of the bundle and its values, so that the page that shows it chooses the
 * language ({@code infrastructure.web.Words}). A value may be a wording itself (a letter's status, a verb), written
 * in the same language, or a day ({@link LocalDate}), written as that language writes dates. A service never writes a person's words in English deep inside itself.
 */
public record Wording(String key, Object... values) implements Serializable {

    /** The bundle of every word a person reads: the pages' {@code msg}, the beans' and the emails' words. */
    public static final String BUNDLE = "org.postbag.i18n.messages";

    public Wording {
        values = values.clone();
    }

    public static Wording of(String key, Object... values) {
        return new Wording(key, values);
    }

    /**
     * The text in {@code locale}, its values filled in (a {@code MessageFormat} pattern, so a literal apostrophe is
     * written twice); the base bundle (English) where the language has none, never the server's default locale.
     */
    public String in(Locale locale) {
        String text = ResourceBundle.getBundle(
                        BUNDLE,
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
        if (values.length == 0) {
            return text;
        }
        Object[] filled = Arrays.stream(values)
                .map(value -> value instanceof Wording inner
                        ? inner.in(locale)
                        : value instanceof LocalDate day
                                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(locale)
                                        .format(day)
                                : value)
                .toArray();
        return new MessageFormat(text, locale).format(filled);
    }

    /** In the base bundle's English: for logs and tests. */
    public String english() {
        return in(Locale.UK);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Wording that && key.equals(that.key) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return english();
    }
}
