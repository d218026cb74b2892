package org.postbag.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every translation has exactly the base bundle's keys, each with the same placeholders. */
class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/postbag/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    static Stream<Path> translations() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files
                    .filter(file -> file.getFileName().toString().matches("messages_[a-z]{2,3}\\.properties"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("translations")
    void aTranslationHasExactlyTheBaseBundlesKeys(Path translation) throws IOException {
        Properties base = load(BUNDLES.resolve("messages.properties"));
        Properties translated = load(translation);

        assertThat(new TreeSet<>(translated.stringPropertyNames()))
                .as(translation.getFileName().toString())
                .isEqualTo(new TreeSet<>(base.stringPropertyNames()));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void aTranslationUsesTheSamePlaceholders(Path translation) throws IOException {
        Properties base = load(BUNDLES.resolve("messages.properties"));
        Properties translated = load(translation);

        for (String key : base.stringPropertyNames()) {
            if (translated.containsKey(key)) {
                assertThat(placeholders(translated.getProperty(key)))
                        .as(translation.getFileName() + ": " + key)
                        .isEqualTo(placeholders(base.getProperty(key)));
            }
        }
    }

    /**
     * A text with placeholders is read by MessageFormat (h:outputFormat, Words), where a lone ASCII apostrophe starts a
     * quotation and swallows the placeholders after it: such texts write it twice, or use the typographic ’.
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void aTextWithPlaceholdersIsAValidPatternWithoutLoneApostrophes(Path bundle) throws IOException {
        Properties texts = load(bundle);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (!placeholders(text).isEmpty()) {
                assertThat(text.replace("''", ""))
                        .as(bundle.getFileName() + ": " + key)
                        .doesNotContain("'");
                new MessageFormat(text, Locale.ROOT);
            }
        }
    }

    static Stream<Path> bundles() throws IOException {
        return Stream.concat(Stream.of(BUNDLES.resolve("messages.properties")), translations());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
