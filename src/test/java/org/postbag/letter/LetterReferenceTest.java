package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LetterReferenceTest {

    @Test
    void isTheYearAndAtLeastFiveDigits() {
        assertThat(LetterReference.of(2026, 42).value()).isEqualTo("L-2026-00042");
        assertThat(LetterReference.of(2026, 1_234_567).value()).isEqualTo("L-2026-1234567");
        assertThat(LetterReference.of(2026, 42)).hasToString("L-2026-00042");
    }

    @Test
    void onlyAWellFormedReferenceIsOne() {
        assertThatThrownBy(() -> new LetterReference("L-2026-42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LetterReference("l-2026-00042")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LetterReference(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void parsingSaysWhenTextIsNotAReference() {
        assertThat(LetterReference.parse("L-2026-00042")).contains(new LetterReference("L-2026-00042"));
        assertThat(LetterReference.parse(" L-2026-00042"))
                .as("exactly, as links carry it")
                .isEmpty();
        assertThat(LetterReference.parse("L-2026-00042'; drop table letter")).isEmpty();
        assertThat(LetterReference.parse("")).isEmpty();
        assertThat(LetterReference.parse(null)).isEmpty();
    }

    @Test
    void equalReferencesAreOneLetter() {
        assertThat(new LetterReference("L-2026-00042"))
                .isEqualTo(LetterReference.of(2026, 42))
                .hasSameHashCodeAs(LetterReference.of(2026, 42))
                .isNotEqualTo(LetterReference.of(2026, 43));
        assertThat(LetterTest.letter().letterReference()).isEqualTo(new LetterReference("L-2026-00042"));
    }

    @Test
    void isStoredAsItsText() {
        LetterReferenceConverter converter = new LetterReferenceConverter();

        assertThat(converter.convertToDatabaseColumn(LetterReference.of(2026, 42)))
                .isEqualTo("L-2026-00042");
        assertThat(converter.convertToEntityAttribute("L-2026-00042")).isEqualTo(LetterReference.of(2026, 42));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThatThrownBy(() -> converter.convertToEntityAttribute("not a reference"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
