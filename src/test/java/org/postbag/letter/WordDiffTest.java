package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.postbag.letter.WordDiff.Change;
import org.postbag.letter.WordDiff.Piece;

class WordDiffTest {

    @Test
    void identicalTextsAreOneUnchangedRun() {
        assertThat(WordDiff.between("The same words.", "The same words."))
                .containsExactly(new Piece(Change.SAME, "The same words."));
    }

    @Test
    void aCutWordIsDeletedAndAnAddedOneInserted() {
        List<Piece> pieces = WordDiff.between("a council that lends the money", "a council which lends money");

        assertThat(pieces)
                .containsExactly(
                        new Piece(Change.SAME, "a council "),
                        new Piece(Change.DELETED, "that"),
                        new Piece(Change.INSERTED, "which"),
                        new Piece(Change.SAME, " lends "),
                        new Piece(Change.DELETED, "the "),
                        new Piece(Change.SAME, "money"));
    }

    @Test
    void paragraphBreaksSurvive() {
        List<Piece> pieces = WordDiff.between("One.\n\nTwo.\n\nThree.", "One.\n\nThree.");

        assertThat(String.join(
                        "",
                        pieces.stream()
                                .filter(p -> p.change() != Change.DELETED)
                                .map(Piece::text)
                                .toList()))
                .isEqualTo("One.\n\nThree.");
    }

    @Test
    void theHtmlStrikesCutsMarksAdditionsAndSaysSoInWords() {
        String html = WordDiff.html("keep the lines", "keep all lines");

        assertThat(html)
                .isEqualTo(
                        "keep <del><span class=\"visually-hidden\">[deleted: </span>the<span class=\"visually-hidden\">]</span></del>"
                                + "<ins><span class=\"visually-hidden\">[added: </span>all<span class=\"visually-hidden\">]</span></ins>"
                                + " lines");
    }

    @Test
    void theHtmlEscapesEverything() {
        String html = WordDiff.html("<b>bold</b>", "<script>alert(1)</script>");

        assertThat(html).doesNotContain("<b>").doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void wordsCutAndAddedAreCounted() {
        int[] counts = WordDiff.counts(WordDiff.between("one two three four", "one five four"));

        assertThat(counts).containsExactly(2, 1);
    }
}
