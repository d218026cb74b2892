package org.postbag.house;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.infrastructure.Config;
import org.postbag.publishing.Piece;
import org.postbag.site.PublicSite;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;

/** Search stems in the magazine's language, and a change of language rebuilds what was indexed before it. */
@ExtendWith(ArquillianExtension.class)
class SearchLanguageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(SearchLanguageIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    SearchLanguage searchLanguage;

    @Inject
    PublicSite site;

    @AfterEach
    void backToEnglish() {
        searchLanguage.follow();
        assertThat(searchLanguage.inUse()).isEqualTo("english");
    }

    @Test
    void aGermanMagazineFindsAWordInAnotherOfItsForms() {
        String unique = "Zq" + Long.toString(System.nanoTime(), 36);
        Piece piece = fixtures.publishedLetter(
                Fixtures.uniqueIssueNumber(),
                "Die Tram " + unique,
                "Jutta Lehmann",
                "Leipzig",
                "Die Straßenbahnen fahren wieder durch die Altstadt, und die Fahrgäste freuen sich.");

        assertThat(found(unique + " Straßenbahn"))
                .as("English stems nothing of a German word")
                .isEmpty();

        try (Config.Overrides.Scope german = Config.Overrides.forTheServer("POSTBAG_LANGUAGE", "de")) {
            assertThat(searchLanguage.follow()).isEqualTo("german");
            assertThat(found(unique + " Straßenbahn")).containsExactly(piece.reference());
            assertThat(found(unique + " Fahrgast")).containsExactly(piece.reference());

            Piece later = fixtures.publishedLetter(
                    Fixtures.uniqueIssueNumber(), "Noch eine " + unique, "Ute Berg", "Halle", "Wir fahren Rad.");
            assertThat(found(unique + " fahr"))
                    .as("a piece written after the change is stemmed in German too")
                    .containsExactlyInAnyOrder(piece.reference(), later.reference());
        }
    }

    @Test
    void aLanguagePostgresqlCannotStemIsSearchedWordForWord() {
        assertThat(searchLanguage.configurationFor(Locale.forLanguageTag("ar"))).isEqualTo("arabic");
        assertThat(searchLanguage.configurationFor(Locale.forLanguageTag("fr-CH")))
                .isEqualTo("french");
        assertThat(searchLanguage.configurationFor(Locale.JAPANESE)).isEqualTo(SearchLanguage.SIMPLE);
    }

    private List<String> found(String query) {
        return site.search(query, 0).hits().stream()
                .map(hit -> hit.link().reference())
                .toList();
    }
}
