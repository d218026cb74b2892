package org.postbag.linking.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void aSpanMustHoldItsOwnText() {
        assertThatThrownBy(() -> new Span(3, 5, "abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(-1, 2, "abc")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Span(3, 5, "ab").gapTo(new Span(10, 12, "cd"))).isEqualTo(5);
        assertThat(new Span(10, 12, "cd").gapTo(new Span(3, 5, "ab"))).isEqualTo(5);
    }

    @Test
    void aDateRangeRunsForwards() {
        LocalDate may4 = LocalDate.of(2026, 5, 4);

        assertThatThrownBy(() -> new DateRange(may4, may4.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(DateRange.day(may4).contains(may4)).isTrue();
        assertThat(DateRange.day(may4).contains(may4.plusDays(1))).isFalse();
    }

    @Test
    void aSuggestionKeepsItsConfidenceInRangeAndItsEvidenceFixed() {
        List<String> evidence = new ArrayList<>(List.of("\"no. 118\" matches issue 118"));
        Suggestion suggestion = new Suggestion("L-118", 0.5, evidence);
        evidence.clear();

        assertThat(suggestion.evidence()).hasSize(1);
        assertThatThrownBy(() -> new Suggestion("L-118", 1.5, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCandidateNeedsAReferenceAKindAndAPublicationInstant() {
        assertThatThrownBy(() -> new Candidate(null, PieceKind.LETTER, null, null, null, null, Instant.EPOCH))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Candidate("L-1", PieceKind.LETTER, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void anAuthorsNameIsReducedToGivenNameAndSurname() {
        assertThat(PersonName.parse("Dr. María de la Cruz OBE")).isEqualTo(new PersonName("maria", "de la cruz"));
        assertThat(PersonName.parse("Osei")).isEqualTo(new PersonName(null, "osei"));
        assertThat(PersonName.parse("  ")).isNull();
    }
}
