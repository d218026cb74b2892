package org.postbag.house;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.postbag.infrastructure.DomainException;

class SectionTest {

    @Test
    void aSectionWithoutAShortNameTakesOneFromItsName() {
        Section section = new Section("  The City & Region ", null, Instant.now());
        assertThat(section.name()).isEqualTo("The City & Region");
        assertThat(section.slug()).isEqualTo("the-city-region");
    }

    @Test
    void aNameIsRequiredAndAShortNameIsLowerCaseWordsAndHyphens() {
        assertThatThrownBy(() -> new Section(" ", null, Instant.now()))
                .isInstanceOf(DomainException.class)
                .hasMessage("Give the section a name.");
        assertThatThrownBy(() -> new Section("Politics", "Politics Now", Instant.now()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("lower-case letters, digits and hyphens");
        assertThatThrownBy(() -> new Section("£££", null, Instant.now()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("lower-case letters");
        assertThatThrownBy(() -> new Section("x".repeat(81), null, Instant.now()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("80 characters or fewer");
    }
}
