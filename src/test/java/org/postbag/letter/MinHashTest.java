package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String TEXT = "I am writing as a resident of the Aire Valley to urge the Transport Committee"
            + " to keep the trams in public hands. The network was built with public money and should be run for"
            + " the public good, not for shareholders.";

    @Test
    void theSameTextHasTheSameBands() {
        assertThat(MinHash.bands(TEXT)).containsExactly(MinHash.bands(TEXT));
        assertThat(MinHash.bands(TEXT)).hasSize(8);
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        assertThat(MinHash.bands(TEXT.toUpperCase().replace(",", ""))).containsExactly(MinHash.bands(TEXT));
    }

    @Test
    void aLightlyEditedCopySharesABandAndMeasuresAsNearIdentical() {
        String edited = "Dear Sir, " + TEXT + " Yours, from Otley.";

        assertThat(MinHash.similarity(TEXT, edited)).isGreaterThan(0.7);
        assertThat(Arrays.stream(MinHash.bands(edited))
                        .anyMatch(band -> Arrays.stream(MinHash.bands(TEXT)).anyMatch(other -> other == band)))
                .isTrue();
    }

    @Test
    void anUnrelatedTextIsNotSimilar() {
        String other = "Could the setter of the September crossword explain 14 across? My household has argued"
                + " about it for a fortnight and the answer printed in October has settled nothing.";

        assertThat(MinHash.similarity(TEXT, other)).isLessThan(0.1);
        assertThat(Arrays.stream(MinHash.bands(other))
                        .anyMatch(band -> Arrays.stream(MinHash.bands(TEXT)).anyMatch(mine -> mine == band)))
                .isFalse();
    }

    @Test
    void shortAndEmptyTextsAreHandled() {
        assertThat(MinHash.bands("")).isEmpty();
        assertThat(MinHash.bands("Hi")).hasSize(8);
        assertThat(MinHash.similarity("", "")).isEqualTo(1.0);
    }
}
