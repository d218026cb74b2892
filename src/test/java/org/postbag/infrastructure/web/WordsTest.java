package org.postbag.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void aPhraseIsInTheLanguageAskedForWithItsValuesFilledIn() {
        assertThat(Words.in(Locale.UK, "mail.published.inIssue", "1249", "Spring"))
                .isEqualTo("in no. 1249, Spring");
        assertThat(Words.in(Locale.GERMAN, "mail.published.inIssue", "1249", "Frühling"))
                .isEqualTo("in Nr. 1249, „Frühling“");
        assertThat(Words.in(Locale.forLanguageTag("fr-CH"), "feed.thread.title", "L’été"))
                .isEqualTo("Le débat : L’été");
        assertThat(Words.in(Locale.forLanguageTag("ar"), "feed.letters.title", "المجلة"))
                .isEqualTo("رسائل القرّاء إلى المجلة");
    }

    @Test
    void englishIsTheBaseBundleWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(Words.in(Locale.UK, "mail.published.online")).isEqualTo("on our website");
        } finally {
            Locale.setDefault(before);
        }
    }
}
