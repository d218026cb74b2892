package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexedSourceTest {

    private static IndexedSource indexed(String text) {
        return IndexedSource.of(new Source("S-1", "Title", "Priya Natarajan", text));
    }

    @Test
    void indexesEveryPositionOfAWordInOrder() {
        IndexedSource source = indexed("The floor, not the ceiling. THE end.");

        assertThat(source.positionsOf("the")).containsExactly(0, 3, 5);
        assertThat(source.positionsOf("ceiling")).containsExactly(4);
        assertThat(source.positionsOf("roof")).isEmpty();
        assertThat(source.surface(5)).isEqualTo("THE");
    }

    @Test
    void numbersParagraphsAtBlankLinesWhateverTheLineEndings() {
        IndexedSource source = indexed("One two\nthree.\r\n  \r\nFour.\n\n\n\nFive -- six.");

        assertThat(source.paragraphOf(0)).isZero();
        assertThat(source.paragraphOf(2)).isZero();
        assertThat(source.paragraphOf(3)).isEqualTo(1);
        assertThat(source.paragraphOf(4)).isEqualTo(2);
        assertThat(source.paragraphOf(5)).isEqualTo(2);
    }

    @Test
    void keepsTheAuthorsSurnameForAttributions() {
        assertThat(indexed("text").authorSurname()).isEqualTo("natarajan");
    }

    @Test
    void anEmptySourceHasNoWords() {
        assertThat(indexed("").size()).isZero();
        assertThat(indexed(" \n\n ... ").size()).isZero();
    }
}
