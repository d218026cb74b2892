package org.postbag.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;

/** The reader's picker finds published pieces by title, author or issue number. */
@ExtendWith(ArquillianExtension.class)
class PieceSearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(PieceSearchIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    PieceSearch search;

    @Test
    void aPublishedLetterIsFoundByTitleAuthorAndIssue() {
        int issue = Fixtures.uniqueIssueNumber();
        String word = "Zyx" + Long.toString(System.nanoTime(), 36);
        Piece piece = fixtures.publishedLetter(issue, "Trams and " + word, "Hermione Quill", "Ilkley", "Text.");

        assertThat(references(search.search(word.toLowerCase(), 10))).containsExactly(piece.reference());
        assertThat(references(search.search("hermione quill", 10))).contains(piece.reference());
        assertThat(references(search.search("no. " + issue, 10))).containsExactly(piece.reference());
        assertThat(references(search.search(String.valueOf(issue), 10))).containsExactly(piece.reference());
        assertThat(search.search(word, 10).get(0).label())
                .isEqualTo("Trams and " + word + " — Hermione Quill, Ilkley, letter in no. " + issue + " (Issue "
                        + issue + ")");
    }

    @Test
    void wildcardsInTheQueryAreTakenLiterally() {
        // Other tests publish titles with "%" and "_" in them (the hostile corpus does): those
        // may be found, but nothing else, as it would be if they were wildcards.
        for (String wildcard : List.of("%", "_")) {
            assertThat(search.search(wildcard, 10)).allSatisfy(found -> assertThat(found.title() + " " + found.author())
                    .contains(wildcard));
        }
        assertThat(search.search("", 10)).isEmpty();
    }

    private static List<String> references(List<PieceSummary> found) {
        return found.stream().map(PieceSummary::reference).toList();
    }
}
