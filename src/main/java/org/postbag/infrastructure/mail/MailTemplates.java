package org.postbag.infrastructure.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emails Postbag writes, one plain-text template each in {@code mail/<name>.txt} on the
 * class path: a {@code Subject:} line, a blank line, then the body. Values are named
 * ({@code {{magazine}}}); a template that names a value the caller did not give, or a caller
 * that gives a value the template does not use, is a mistake and fails at once rather than
 * sending "{{name}}" to a writer. A template for a language sits beside it as
 * {@code <name>_<language>.txt} and is chosen for that locale, the plain one otherwise.
 */
public final class MailTemplates {

    private static final Pattern VALUE = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    private static final Map<String, Template> LOADED = new ConcurrentHashMap<>();

    private MailTemplates() {}

    /** A template read from the class path. */
    public record Template(String name, String subject, String body) {

        /** The names of the values the template uses. */
        public Set<String> values() {
            Set<String> names = new LinkedHashSet<>();
            for (String text : new String[] {subject, body}) {
                Matcher matcher = VALUE.matcher(text);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
            return names;
        }
    }

    /** The subject and body of {@code name} with the values filled in. */
    public static Email render(String name, Locale locale, String to, String letterReference, Map<String, ?> values) {
        Template template = template(name, locale);
        Set<String> used = template.values();
        if (!used.equals(values.keySet())) {
            throw new IllegalArgumentException(
                    "Email template " + template.name() + " uses " + used + " but was given " + values.keySet());
        }
        return new Email(name, to, fill(template.subject(), values), fill(template.body(), values), letterReference);
    }

    public static Email render(String name, String to, String letterReference, Map<String, ?> values) {
        return render(name, Locale.ROOT, to, letterReference, values);
    }

    /** The template for this locale's language, or the plain one. */
    public static Template template(String name, Locale locale) {
        if (!locale.getLanguage().isEmpty()) {
            Template localised = LOADED.computeIfAbsent(name + "_" + locale.getLanguage(), MailTemplates::load);
            if (localised != null) {
                return localised;
            }
        }
        Template plain = LOADED.computeIfAbsent(name, MailTemplates::load);
        if (plain == null) {
            throw new IllegalArgumentException("No email template mail/" + name + ".txt");
        }
        return plain;
    }

    private static String fill(String text, Map<String, ?> values) {
        return VALUE.matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(String.valueOf(values.get(match.group(1)))));
    }

    private static Template load(String file) {
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream("mail/" + file + ".txt")) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (!text.startsWith("Subject: ") || !text.contains("\n\n")) {
                throw new IllegalStateException(
                        "mail/" + file + ".txt must start with a Subject: line and a blank line");
            }
            int end = text.indexOf('\n');
            return new Template(file, text.substring("Subject: ".length(), end), text.substring(end + 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
