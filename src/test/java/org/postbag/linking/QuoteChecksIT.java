package org.postbag.linking;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.letter.FlagKind;
import org.postbag.letter.Letter;
import org.postbag.letter.Letters;
import org.postbag.submission.LetterDraft;
import org.postbag.submission.SubmissionOutcome;
import org.postbag.submission.Submissions;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;

/** Quotations checked against the thread in the database, and the queue flag kept up to date. */
@ExtendWith(ArquillianExtension.class)
class QuoteChecksIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(QuoteChecksIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    QuoteChecks quoteChecks;

    @Inject
    Linking linking;

    @Inject
    Letters letters;

    @Inject
    Submissions submissions;

    @Resource
    UserTransaction transaction;

    @Test
    void aldridgesQuotationsAreVerifiedThroughTheThreadAndTheInventedOneIsNotFound() throws Exception {
        Map<String, String> sample = fixtures.tramDebate();
        transaction.begin();
        try {
            Letter letter = letters.byReference(sample.get("L-120-aldridge")).orElseThrow();
            QuoteChecks.Result result = quoteChecks.check(letter);

            assertThat(result.sources())
                    .startsWith(sample.get("L-119-natarajan"))
                    .contains(sample.get("A-117-natarajan"));
            assertThat(result.lines())
                    .filteredOn(line -> line.quotation().contains("councils always know best"))
                    .singleElement()
                    .satisfies(line -> assertThat(line.verdict()).isEqualTo("not found"));
            assertThat(result.lines())
                    .filteredOn(line -> !line.quotation().contains("councils always know best"))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line.verdict()).isIn("verified", "too short"));
            assertThat(result.lines())
                    .filteredOn(line -> line.quotation().contains(". . ."))
                    .singleElement()
                    .satisfies(line -> {
                        assertThat(line.verdict()).isEqualTo("verified");
                        assertThat(line.sourceReference()).isEqualTo(sample.get("A-117-natarajan"));
                        assertThat(line.paragraph()).isEqualTo(3);
                    });
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theFlagFollowsTheLinks() {
        Map<String, String> sample = fixtures.tramDebate();
        Account editor = fixtures.account("Quote Checker", Role.EDITOR);
        Letter letter = fixtures.newLetter(
                "Misquoter",
                "Ms Natarajan says a council \"always knows where the trams"
                        + " should run\" and that \"public ownership is the floor, not the ceiling.\"");
        assertThat(flags(letter)).as("nothing to check against yet").isEmpty();

        linking.link(
                letter.reference(),
                letters.byReference(letter.reference()).orElseThrow().version(),
                editor.id(),
                sample.get("A-117-natarajan"),
                ReplyLinkSource.EDITOR,
                null,
                null);

        assertThat(flags(letter)).containsExactly("1 quotation not found");
    }

    @Test
    void quotationsOfHistoricalFiguresAndSlogansAreNeverCountedAsNotFound() {
        Map<String, String> sample = fixtures.tramDebate();
        Account editor = fixtures.account("Attribution Checker", Role.EDITOR);
        Letter letter = fixtures.newLetter(
                "Historian",
                "To quote Kropotkin:\n\n> Competition is the law of the jungle, but co-operation is the law of"
                        + " civilisation.\n\nAs he argued, mutual aid is older than any market. \"Property is theft\""
                        + " (Proudhon). \"All animals are equal, but some are more equal\" -- Orwell. We were"
                        + " promised \"value for money\".\n\nMs Natarajan says a council \"always knows where the"
                        + " trams should run\".");
        linking.link(
                letter.reference(),
                letters.byReference(letter.reference()).orElseThrow().version(),
                editor.id(),
                sample.get("A-117-natarajan"),
                ReplyLinkSource.EDITOR,
                null,
                null);

        assertThat(flags(letter)).containsExactly("1 quotation not found");
        QuoteChecks.Result result = checkedInTransaction(letter);
        assertThat(result.lines())
                .filteredOn(line -> line.quotation().startsWith("Competition"))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.verdict()).isEqualTo("attributed");
                    assertThat(line.attributedTo()).isEqualTo("Kropotkin");
                    assertThat(line.cue()).isEqualTo("To quote Kropotkin:");
                });
        assertThat(result.lines())
                .filteredOn(line -> line.quotation().startsWith("value for money"))
                .singleElement()
                .satisfies(line -> assertThat(line.verdict()).isEqualTo("too short"));
    }

    /**
     * Issue 21: when the person a quotation is attributed to has pieces in the archive that the letter does not answer,
     * the checks look those up in the database and check the words against them.
     */
    @Test
    void aQuotationOfAnAuthorOnFileIsCheckedAgainstTheirPiecesThoughTheLetterDoesNotAnswerThem() {
        Map<String, String> sample = fixtures.tramDebate();
        Account editor = fixtures.account("Archive Checker", Role.EDITOR);
        Letter letter = fixtures.newLetter(
                "Archivist",
                "Margaret Osei wrote that \"four of the eleven stations on the Shipley line still have no step-free"
                        + " access.\" Tom Aldridge, for his part, wrote that \"the first call on any new money should"
                        + " be brand new trams and level boarding\".");
        linking.link(
                letter.reference(),
                letters.byReference(letter.reference()).orElseThrow().version(),
                editor.id(),
                sample.get("A-117-natarajan"),
                ReplyLinkSource.EDITOR,
                null,
                null);

        QuoteChecks.Result result = checkedInTransaction(letter);
        assertThat(result.lines())
                .filteredOn(line -> line.quotation().startsWith("four of the eleven"))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.verdict()).isEqualTo("verified");
                    assertThat(line.attributedTo()).isEqualTo("Margaret Osei");
                    assertThat(line.sourceReference()).isEqualTo(sample.get("L-120-osei"));
                });
        // Mr Aldridge's pieces on file do not hold it, and they need not be all he wrote: attributed, not flagged.
        assertThat(result.lines())
                .filteredOn(line -> line.quotation().startsWith("the first call"))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.verdict()).isEqualTo("attributed");
                    assertThat(line.checkedAgainst()).contains(sample.get("L-118-aldridge"));
                });
        assertThat(flags(letter)).isEmpty();
    }

    private QuoteChecks.Result checkedInTransaction(Letter letter) {
        try {
            transaction.begin();
            try {
                return quoteChecks.check(letters.byReference(letter.reference()).orElseThrow());
            } finally {
                transaction.rollback();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReplySentThroughTheFormIsCheckedOnArrivalAndALetterAnsweringNothingIsNot() {
        Map<String, String> sample = fixtures.tramDebate();
        String misquote = "Ms Natarajan says a council \"always knows where the trams should run\".";
        Letter reply = ((SubmissionOutcome.Accepted) submissions.submit(
                        new LetterDraft(
                                "Misquoter",
                                "Leeds",
                                Fixtures.uniqueEmail("Misquoter"),
                                null,
                                null,
                                misquote,
                                false,
                                List.of(sample.get("A-117-natarajan")),
                                null,
                                null),
                        Fixtures.person()))
                .letter();
        Letter unanswered = ((SubmissionOutcome.Accepted) submissions.submit(
                        LetterDraft.of("Misquoter", "Leeds", Fixtures.uniqueEmail("Misquoter"), misquote + " Again."),
                        Fixtures.person()))
                .letter();

        assertThat(flags(reply)).containsExactly("1 quotation not found");
        assertThat(flags(unanswered)).as("nothing to check against").isEmpty();
    }

    private List<String> flags(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow().flags().all().stream()
                .filter(flag -> flag.kind() == FlagKind.QUOTATION)
                .map(flag -> flag.reason())
                .toList();
    }
}
