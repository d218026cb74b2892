package org.postbag.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Trams: the last word?|trams-the-last-word",
                "Whose trams? The case for a municipal operator|whose-trams-the-case-for-a-municipal-operator",
                "Café culture — über alles|cafe-culture-uber-alles",
                "<script>alert(1)</script>|script-alert-1-script",
                "Die Straße gehört allen|die-strasse-gehort-allen",
                "Œuvres complètes, Ærø, Łódź|oeuvres-completes-aero-lodz",
                "Москва|moskva",
                "Ελλάδα|ellada",
                "!!!|letter",
                "🚋|letter"
            })
    void titlesBecomeReadableSlugs(String title, String slug) {
        assertThat(Slug.of(title)).isEqualTo(slug);
    }
}
