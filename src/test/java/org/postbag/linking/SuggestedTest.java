package org.postbag.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestedTest {

    @Test
    void theEvidenceIsWordsEachReasonOnce() {
        CitationSuggestions.Suggested suggested = new CitationSuggestions.Suggested(
                "A-2026-0117",
                "Whose trams?",
                "Priya Natarajan",
                "article",
                117,
                0.9,
                List.of(
                        "“Ms Natarajan” matches its author",
                        "no. 117 is its issue",
                        "“Ms Natarajan” matches its author"));

        assertThat(suggested.evidence()).hasSize(2);
        assertThat(suggested.evidenceInWords())
                .isEqualTo("“Ms Natarajan” matches its author; no. 117 is its issue")
                .doesNotContain("[");
    }
}
