package org.postbag.linking.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationParserTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 10);

    private final CitationParser parser = new CitationParser("Northern Review");

    private Citations parse(String text) {
        return parser.parse(text, RECEIVED);
    }

    @Test
    void everySpanHoldsTheTextAtItsOffsets() {
        String text = "Reading Priya Natarajan's article \"Whose trams?\" (Northern Review no. 117) and Mr Aldridge's "
                + "reply (Letters, 4 May), I think NR 118 and your June issue since issue 119 say it all.";

        Citations citations = parse(text);

        assertThat(citations.cues()).hasSizeGreaterThan(8).allSatisfy(cue -> assertThat(
                        text.substring(cue.span().start(), cue.span().end()))
                .isEqualTo(cue.span().text()));
    }

    @Test
    void cuesComeInTextOrder() {
        Citations citations = parse("Mr Aldridge (no. 118) and Ms Natarajan (no. 119) disagree.");

        assertThat(citations.cues())
                .extracting(cue -> cue.span().text())
                .containsExactly("Mr Aldridge", "no. 118", "Ms Natarajan", "no. 119");
    }

    @Test
    void aLetterWithoutCitationsHasNoKeys() {
        Citations citations = parse("Could the setter of the crossword explain 14 across? We accept defeat.");

        assertThat(citations.issueNumbers()).isEmpty();
        assertThat(citations.surnames()).isEmpty();
        assertThat(citations.dateRanges()).isEmpty();
        assertThat(citations.titlePhrases()).isEmpty();
    }

    @Test
    void givesTheCallerItsLookUpKeys() {
        Citations citations = parse("Howard Miles' reply to my letter (Socialist Review no. 249) and Ms Natarajan's "
                + "article \"Whose trams?\" (Northern Review no. 117), like your June issue, \"miss the point.\"");

        assertThat(citations.issueNumbers()).containsExactly(117);
        assertThat(citations.surnames()).containsExactly("miles", "natarajan");
        assertThat(citations.dateRanges())
                .containsExactly(new DateRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)));
        assertThat(citations.titlePhrases()).containsExactly("Whose trams?");
    }

    @Test
    void sinceCountsOnlyRightBeforeACitation() {
        assertThat(parse("Since the council lends the money, it decides.").ofType(OriginCue.class))
                .isEmpty();
        assertThat(parse("the exchange since issue 117").ofType(OriginCue.class))
                .singleElement()
                .extracting(cue -> cue.span().text())
                .isEqualTo("since");
    }

    @Test
    void rejectsMissingArguments() {
        assertThatThrownBy(() -> new CitationParser(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parser.parse(null, RECEIVED)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> parser.parse("text", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void parsesEmptyText() {
        assertThat(parse("").cues()).isEmpty();
    }

    static List<String> spans(List<? extends Cue> cues) {
        return cues.stream().map(cue -> cue.span().text()).toList();
    }
}
