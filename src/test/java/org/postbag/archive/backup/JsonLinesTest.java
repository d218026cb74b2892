package org.postbag.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    @Test
    void aRowReadsBackAsItWasWritten() {
        List<String> row =
                Arrays.asList("1", null, "quote \" back\\slash", "line\nbreak\ttab", "\u0001", "naïve “curly” \u2028");
        String line = JsonLines.row(row);
        assertThat(line).doesNotContain("\n").doesNotContain("\u2028");
        assertThat(JsonLines.parseRow(line)).isEqualTo(row);
    }

    @Test
    void aDamagedRowIsRefusedNotGuessedAt() {
        assertThatThrownBy(() -> JsonLines.parseRow("[\"cut")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLines.parseRow("[1, 2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLines.parseRow("{\"a\":\"b\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLines.parseRow("[\"a\"] trailing")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theManifestsObjectsNumbersAndFlagsAreRead() {
        Object parsed = JsonLines.parse("{\"formatVersion\":1,\"contactDetails\":false,\"sequences\":{\"s\":null}}");
        assertThat(parsed).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) parsed;
        assertThat(map.get("formatVersion")).isEqualTo(1L);
        assertThat(map.get("contactDetails")).isEqualTo(false);
        assertThat(((Map<?, ?>) map.get("sequences")).containsKey("s")).isTrue();
    }

    @Test
    void tablesAreInsertedAfterWhatTheyPointAtAndAnUnknownCycleIsRefused() {
        List<Catalog.ForeignKey> keys = List.of(
                new Catalog.ForeignKey("letter_revision", "letter_id", "letter"),
                new Catalog.ForeignKey("letter", "approved_revision_id", "letter_revision"),
                new Catalog.ForeignKey("piece", "letter_id", "letter"));
        assertThat(Catalog.insertionOrder(
                        new java.util.LinkedHashSet<>(List.of("piece", "letter_revision", "letter")), keys))
                .containsExactly("letter", "piece", "letter_revision");

        List<Catalog.ForeignKey> cycle =
                List.of(new Catalog.ForeignKey("a", "b_id", "b"), new Catalog.ForeignKey("b", "a_id", "a"));
        assertThatThrownBy(() -> Catalog.insertionOrder(Set.of("a", "b"), cycle))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cycle");
    }
}
