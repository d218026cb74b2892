package org.postbag.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postbag.infrastructure.Wording;
import org.postbag.letter.Flag;
import org.postbag.letter.FlagKind;
import org.postbag.letter.LetterStatus;
import org.postbag.linking.QuoteChecks;

/** What the desk says about a letter, from the letter as it stands now. */
class LetterFileTest {

    private static LetterFile file(int wordsSent, int wordsNow, int limit, String headline, List<Flag> flags) {
        var editing = new LetterFile.Editing(headline, "text", "Ann, Leeds", wordsNow, List.of(), null, List.of());
        var conversation =
                new LetterFile.Conversation(List.of(), null, new QuoteChecks.Result(List.of(), List.of()), List.of());
        return new LetterFile(
                "L-2026-00042",
                1,
                LetterStatus.NEW,
                "My subject",
                "The trams were better.",
                wordsSent,
                limit,
                "Ann",
                "Leeds",
                "ann@example.org",
                null,
                false,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                null,
                false,
                flags,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                editing,
                conversation,
                null);
    }

    @Test
    void afterACutTheLengthFlagCountsTheTextAsItStands() {
        Flag arrival = new Flag(FlagKind.OVER_LENGTH, "553 words, 203 over the limit of 350");

        LetterFile cut = file(553, 340, 350, null, List.of(arrival));

        assertThat(english(cut.flagLines()))
                .containsExactly("Was over length: Sent with 553 words; now 340, within the limit of 350");
        assertThat(cut.isOverLimit()).isFalse();
        assertThat(cut.length().english()).isEqualTo("Sent with 553 words; now 340, within the limit of 350");
    }

    @Test
    void flagsAndLengthUseTheLimitOfNowNotTheOneAtArrival() {
        Flag arrival = new Flag(FlagKind.OVER_LENGTH, "553 words, 203 over the limit of 350");

        LetterFile lowered = file(553, 553, 300, null, List.of(arrival));

        assertThat(english(lowered.flagLines())).containsExactly("Over length: 553 words, 253 over the limit of 300");
        assertThat(lowered.length().english()).isEqualTo("553 words, 253 over the limit of 300");
    }

    @Test
    void duplicatesAreOneLineWithTheirCopiesInReferenceOrder() {
        List<Flag> flags = List.of(
                new Flag(FlagKind.DUPLICATE, "Same text as L-2026-00031, from another writer"),
                new Flag(FlagKind.LINKS, "1 link"),
                new Flag(FlagKind.DUPLICATE, "Same text as L-2026-00007, from another writer"),
                new Flag(FlagKind.DUPLICATE, "Same text as L-2026-00031, from another writer"));

        assertThat(english(file(100, 100, 350, null, flags).flagLines()))
                .containsExactly(
                        "Links: 1 link", "Duplicate: Same text as L-2026-00007, L-2026-00031, from other writers");
    }

    /** The flags as the page says them in English: "Links: 1 link". */
    private static List<String> english(List<LetterFile.FlagLine> lines) {
        return lines.stream()
                .map(line -> line.kind().english() + ": "
                        + (line.reason() instanceof Wording wording ? wording.english() : line.reason()))
                .toList();
    }

    @Test
    void theHeadingFollowsTheHeadlineOnceThereIsOne() {
        assertThat(file(5, 5, 350, null, List.of()).heading()).isEqualTo("My subject");
        assertThat(file(5, 5, 350, "Trams were better", List.of()).heading()).isEqualTo("Trams were better");
    }

    @Test
    void aLinksReasonsAreWordsOneALineWhateverWayTheyWereKept() {
        assertThat(LetterFile.reasons("\"Ms Natarajan\" matches the author; \"no. 118\" matches issue 118"))
                .containsExactly("\"Ms Natarajan\" matches the author", "\"no. 118\" matches issue 118");
        assertThat(LetterFile.reasons("[\"Ms Natarajan\" matches the author]"))
                .containsExactly("\"Ms Natarajan\" matches the author");
        assertThat(LetterFile.reasons(null)).isEmpty();
    }

    @Test
    void twoCuesThatSayTheSameOfThePieceAreOneReason() {
        assertThat(LetterFile.distinct(List.of(
                        "\"Ms Natarajan\" matches the author Priya Natarajan",
                        "\"no. 118\" matches issue 118",
                        "\"Natarajan\" matches the author Priya Natarajan")))
                .containsExactly(
                        "\"Ms Natarajan\" matches the author Priya Natarajan", "\"no. 118\" matches issue 118");
    }
}
