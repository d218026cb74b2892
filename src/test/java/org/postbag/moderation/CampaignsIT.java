package org.postbag.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.desk.LetterFiles;
import org.postbag.letter.FlagKind;
import org.postbag.letter.Letter;
import org.postbag.letter.Letters;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;

/** Near-identical letters signed by different names are found through the band index and linked. */
@ExtendWith(ArquillianExtension.class)
class CampaignsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(CampaignsIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Letters letters;

    @Inject
    LetterFiles files;

    @Inject
    Queue queue;

    private static final String CAMPAIGN = "I am writing as a resident of the Aire Valley to urge the Transport"
            + " Committee to keep the trams in public hands. The network was built with public money and should"
            + " be run for the public good, not for shareholders. Please publish this letter so that the committee"
            + " knows how strongly your readers feel. ";

    @Test
    void nearIdenticalLettersFromDifferentWritersAreFlaggedAndLinkedBothWays() {
        Account editor = fixtures.account("Cam Paign", Role.EDITOR);
        String marker = "zc" + Long.toString(System.nanoTime(), 36);
        Letter first = fixtures.newLetter("Alice Ackroyd", CAMPAIGN + "Yours, from Otley. " + marker);
        Letter second = fixtures.newLetter("Bob Brearley", "Dear Sir, " + CAMPAIGN + "Yours, from Ilkley. " + marker);
        Letter unrelated = fixtures.newLetter("Carol Crabtree", marker + " The crossword was too hard this month.");

        Letter flagged = letters.byReference(second.reference()).orElseThrow();
        assertThat(flagged.flags().all()).anySatisfy(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.CAMPAIGN);
            assertThat(flag.reason()).contains(first.reference()).contains("signed by other names");
        });
        assertThat(files.open(first.reference(), editor.id()).orElseThrow().similar())
                .extracting(Campaigns.Match::reference)
                .containsExactly(second.reference());
        assertThat(files.open(unrelated.reference(), editor.id()).orElseThrow().similar())
                .isEmpty();

        QueueFilter campaigns = new QueueFilter(QueueTab.ALL, marker, FlagKind.CAMPAIGN, null, null, null, false);
        assertThat(queue.page(campaigns, editor.id(), null).rows())
                .extracting(QueueRow::reference)
                .containsExactly(first.reference(), second.reference());
        assertThat(letters.byReference(first.reference())
                        .orElseThrow()
                        .provenance()
                        .minhashSketch())
                .hasSize(64);
    }

    /** Only letters whose sketch agrees enough are measured; a letter without one always is. */
    @Test
    void aLetterStoredBeforeSketchesWereKeptIsStillMeasured() {
        String marker = "zs" + Long.toString(System.nanoTime(), 36);
        String text = "As a season ticket holder at the Shay I object to the council selling the car park behind"
                + " the south stand. The club was promised it for match days, and the fans who travel from the"
                + " valleys have nowhere else to leave their cars. ";
        Letter older = fixtures.newLetter("Dora Dyson", text + "From Sowerby Bridge. " + marker);
        fixtures.withoutSketch(older.reference());
        Letter newer = fixtures.newLetter("Eric Earnshaw", "Sir, " + text + "From Elland. " + marker);

        assertThat(letters.byReference(newer.reference()).orElseThrow().flags().all())
                .anySatisfy(flag -> {
                    assertThat(flag.kind()).isEqualTo(FlagKind.CAMPAIGN);
                    assertThat(flag.reason()).contains(older.reference());
                });
    }
}
