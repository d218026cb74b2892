package org.postbag.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void everyTemplateHasASubjectABodyAndNamedValues() throws Exception {
        List<String> names = templates();
        assertThat(names)
                .contains(
                        "confirmation",
                        "author-approval",
                        "rejection",
                        "invitation",
                        "published",
                        "new-password",
                        "desk-invitation");
        for (String name : names) {
            MailTemplates.Template template = MailTemplates.template(name, Locale.ROOT);
            assertThat(template.subject()).as(name).isNotBlank().doesNotContain("\n");
            assertThat(template.body())
                    .as(name)
                    .startsWith("Dear {{name}},\n\n")
                    .endsWith("\n");
            assertThat(template.values()).as(name).contains("name", "magazine");
            assertThat(template.body().replaceAll("\\{\\{[a-zA-Z]+}}", ""))
                    .as(name + ": a value written wrongly")
                    .doesNotContain("{{")
                    .doesNotContain("}}");
        }
    }

    @Test
    void theValuesAreFilledInAsTheyAreAndNothingIsLeftOut() {
        Email email = MailTemplates.render(
                "rejection",
                "writer@example.org",
                "L-2026-00001",
                Map.of(
                        "name", "Ann $1 O'Brien",
                        "magazine", "Northern Review",
                        "reference", "L-2026-00001",
                        "reason", "We had many letters on this \\ and chose others."));

        assertThat(email.kind()).isEqualTo("rejection");
        assertThat(email.to()).isEqualTo("writer@example.org");
        assertThat(email.subject()).isEqualTo("Your letter to Northern Review (L-2026-00001)");
        assertThat(email.body())
                .isEqualTo("Dear Ann $1 O'Brien,\n\nThank you for your letter to Northern Review (reference"
                        + " L-2026-00001).\n\nWe had many letters on this \\ and chose others.\n\n"
                        + "The letters desk, Northern Review\n");
    }

    @Test
    void aValueMissingOrOneTooManyIsAMistakeNotAnEmail() {
        assertThatThrownBy(() -> MailTemplates.render(
                        "rejection", "w@example.org", null, Map.of("name", "Ann", "magazine", "M", "reference", "L")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> MailTemplates.render(
                        "rejection",
                        "w@example.org",
                        null,
                        Map.of("name", "Ann", "magazine", "M", "reference", "L", "reason", "R", "extra", "E")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extra");
        assertThatThrownBy(() -> MailTemplates.render("no-such-email", "w@example.org", null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mail/no-such-email.txt");
    }

    @Test
    void aLanguageWithoutItsOwnTemplateGetsThePlainOne() {
        // Japanese has no templates of its own (nor bundles): the English ones are sent.
        assertThat(MailTemplates.template("digest", Locale.JAPANESE))
                .isEqualTo(MailTemplates.template("digest", Locale.ROOT));
    }

    private static List<String> templates() throws URISyntaxException, java.io.IOException {
        Path folder =
                Path.of(MailTemplates.class.getClassLoader().getResource("mail").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".txt") && !f.contains("_"))
                    .map(f -> f.substring(0, f.length() - 4))
                    .sorted()
                    .toList();
        }
    }
}
