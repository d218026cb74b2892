package org.postbag.house;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void everyBundleOnTheClassPathIsALanguageNamedInItself() {
        Map<String, Language> languages = Languages.discover();

        assertThat(languages).containsKeys("en", "de", "fr", "ar");
        assertThat(languages.get("de").ownName()).isEqualTo("Deutsch");
        assertThat(languages.get("fr").ownName()).isEqualTo("Français");
    }

    @Test
    void arabicIsWrittenRightToLeftAndTheOthersLeftToRight() {
        Map<String, Language> languages = Languages.discover();

        assertThat(languages.get("ar").direction()).isEqualTo("rtl");
        assertThat(languages.get("en").direction()).isEqualTo("ltr");
        assertThat(languages.get("de").direction()).isEqualTo("ltr");
    }
}
