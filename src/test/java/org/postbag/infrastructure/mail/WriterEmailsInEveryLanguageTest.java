package org.postbag.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every email a writer receives exists in each language Postbag speaks, written in it (not the English one copied),
 * with exactly the values of the English template: a translation that forgot {{statusLink}} would send a writer no
 * way to follow their letter.
 */
class WriterEmailsInEveryLanguageTest {

    /**
     * The emails sent to writers (and to invited authors), and those sent to the staff, which follow each account's
     * own language.
     */
    static final List<String> WRITERS_EMAILS = List.of(
            "confirmation",
            "published",
            "rejection",
            "author-approval",
            "invitation",
            "digest",
            "new-letter",
            "desk-invitation",
            "new-password");

    static final List<String> LANGUAGES = List.of("de", "fr", "ar");

    static Stream<Arguments> translations() {
        return WRITERS_EMAILS.stream()
                .flatMap(name -> LANGUAGES.stream().map(language -> Arguments.of(name, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("translations")
    void aWritersEmailHasItsOwnTemplateWithTheEnglishValues(String name, String language) {
        MailTemplates.Template english = MailTemplates.template(name, Locale.ENGLISH);
        MailTemplates.Template translated = MailTemplates.template(name, Locale.forLanguageTag(language));

        assertThat(english.name()).isEqualTo(name);
        assertThat(translated.name()).isEqualTo(name + "_" + language);
        assertThat(translated.values()).as(translated.name()).isEqualTo(english.values());
        assertThat(translated.subject()).as(translated.name()).isNotBlank().isNotEqualTo(english.subject());
        assertThat(translated.body())
                .as(translated.name())
                .doesNotContain("Dear ")
                .doesNotContain("The letters desk")
                .endsWith("{{magazine}}\n");
        assertThat(translated.body().replaceAll("\\{\\{[a-zA-Z]+}}", ""))
                .as(translated.name() + ": a value written wrongly")
                .doesNotContain("{{")
                .doesNotContain("}}");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("translations")
    void aRegionOfTheLanguageGetsTheLanguagesTemplate(String name, String language) {
        assertThat(MailTemplates.template(name, Locale.forLanguageTag(language + "-CH"))
                        .name())
                .isEqualTo(name + "_" + language);
    }
}
