package org.postbag.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.editing.Cuts;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.Letters;
import org.postbag.letter.Revision;
import org.postbag.moderation.Moderation;
import org.postbag.site.PublicSite;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/** Making up a page and publishing it, all or nothing, now or later, online first, taken down, corrected. */
@ExtendWith(ArquillianExtension.class)
class PublishingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(PublishingIT.class);
    }

    @Inject
    PageMakeUp makeUp;

    @Inject
    Publishing publishing;

    @Inject
    ScheduledPublishing scheduled;

    @Inject
    PublicSite site;

    @Inject
    Letters letters;

    @Inject
    Cuts cuts;

    @Inject
    Fixtures fixtures;

    @Inject
    UserTransaction transaction;

    private int issue() {
        return fixtures.issue(Fixtures.uniqueIssueNumber()).number();
    }

    private Letter approved(String name) {
        return fixtures.approvedLetter(name, name + " writes about the trams. " + System.nanoTime());
    }

    private LetterStatus status(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow().status();
    }

    @Test
    void aPageIsMadeUpInOrderAndPublishedAllAtOnce() {
        Account editor = fixtures.account("Page Maker", Role.EDITOR);
        int number = issue();
        Letter first = approved("Ann First");
        Letter second = approved("Bob Second");
        Letter third = approved("Cy Third");
        for (Letter letter : List.of(first, second, third)) {
            makeUp.addToPage(number, letter.reference(), editor.id());
        }
        makeUp.move(number, third.reference(), -1, editor.id());
        assertThat(status(first)).isEqualTo(LetterStatus.SCHEDULED);
        assertThat(site.issuePage(number))
                .as("nothing public before publication")
                .isEmpty();

        assertThat(publishing.publishPage(number, editor.id())).isEqualTo(3);

        assertThat(List.of(status(first), status(second), status(third))).containsOnly(LetterStatus.PUBLISHED);
        PublicSite.IssuePage page = site.issuePage(number).orElseThrow();
        assertThat(page.letters())
                .extracting(PublicSite.View::reference)
                .containsExactly(first.reference(), third.reference(), second.reference());
        assertThat(page.letters().get(0).signOff()).isEqualTo("Ann First, Leeds");
        assertThat(Mailbox.of(first.author().email()).await(2, Duration.ofSeconds(20)))
                .filteredOn(mail -> mail.subject().contains("published"))
                .singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("/letters/" + first.reference() + "/"));
    }

    @Test
    void aHeadlineSetOnThePageIsAnApprovedRevisionAndPrints() throws Exception {
        Account editor = fixtures.account("Headline Writer", Role.EDITOR);
        int number = issue();
        Letter letter = approved("Hetty Head");
        makeUp.addToPage(number, letter.reference(), editor.id());

        assertThatThrownBy(() -> makeUp.setHeadline(number, letter.reference(), editor.id(), "  "))
                .hasMessageContaining("Write a headline");
        assertThatThrownBy(() -> makeUp.setHeadline(number, letter.reference(), editor.id(), "x".repeat(201)))
                .hasMessageContaining("200 characters");
        makeUp.setHeadline(number, letter.reference(), editor.id(), "  Trams,\n  again  ");

        transaction.begin();
        try {
            Letter saved = letters.byReference(letter.reference()).orElseThrow();
            assertThat(saved.revisions().all()).hasSize(1);
            assertThat(saved.revisions().approved()).isSameAs(saved.revisions().latest());
            assertThat(saved.textForPrint().headline()).isEqualTo("Trams, again");
            assertThat(saved.textForPrint().body()).isEqualTo(letter.originalBody());
            assertThat(saved.status()).isEqualTo(LetterStatus.SCHEDULED);
        } finally {
            transaction.rollback();
        }

        publishing.publishPage(number, editor.id());
        assertThat(site.piece(letter.reference()).orElseThrow().title()).isEqualTo("Trams, again");
        assertThat(Mailbox.of(letter.author().email()).await(2, Duration.ofSeconds(20)))
                .filteredOn(mail -> mail.subject().contains("published"))
                .singleElement()
                .satisfies(mail -> assertThat(mail.body()).doesNotContain("We edited it"));
    }

    @Test
    void aHeadlineCannotOvertakeAnEditNotYetApproved() throws Exception {
        Account editor = fixtures.account("Patient Maker", Role.EDITOR);
        int number = issue();
        Letter letter = approved("Pending Edit");
        makeUp.addToPage(number, letter.reference(), editor.id());
        cuts.revise(
                letter.reference(),
                letters.byReference(letter.reference()).orElseThrow().version(),
                editor.id(),
                new Revision.Text("Cut", "Shorter.", "P. Edit, Leeds"),
                "Cut");

        assertThatThrownBy(() -> makeUp.setHeadline(number, letter.reference(), editor.id(), "New"))
                .hasMessageContaining("not approved yet");
        transaction.begin();
        try {
            assertThat(letters.byReference(letter.reference())
                            .orElseThrow()
                            .revisions()
                            .all())
                    .hasSize(1);
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void whenOneLetterCannotBePublishedNoneIs() {
        Account editor = fixtures.account("Careful Maker", Role.EDITOR);
        int number = issue();
        Letter kept = approved("Kept Writer");
        Letter withdrawn = approved("Gone Writer");
        makeUp.addToPage(number, kept.reference(), editor.id());
        makeUp.addToPage(number, withdrawn.reference(), editor.id());
        fixtures.withdraw(withdrawn.reference());

        assertThatThrownBy(() -> publishing.publishPage(number, editor.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(withdrawn.reference() + " is withdrawn")
                .hasMessageContaining("Nothing was published");

        assertThat(status(kept)).isEqualTo(LetterStatus.SCHEDULED);
        assertThat(site.piece(kept.reference())).isEmpty();
        assertThat(site.issuePage(number)).isEmpty();
    }

    @Test
    void aScheduledPageGoesOutByItselfWhenItsTimeComes() throws Exception {
        Account editor = fixtures.account("Night Editor", Role.EDITOR);
        int number = issue();
        Letter letter = approved("Late Writer");
        makeUp.addToPage(number, letter.reference(), editor.id());
        makeUp.schedule(number, Instant.now().plusSeconds(1));
        assertThat(status(letter)).isEqualTo(LetterStatus.SCHEDULED);

        // The scheduler's own run, as often as it likes, until the time has come.
        Awaitility.await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    scheduled.publishDue();
                    return status(letter) == LetterStatus.PUBLISHED;
                });
        assertThat(site.issuePage(number)).isPresent();
    }

    @Test
    void aLetterPublishedOnlineFirstStillAppearsInPrintAndItsWriterGetsOneEmail() {
        Account editor = fixtures.account("Web Editor", Role.EDITOR);
        Letter letter = approved("Early Bird");

        publishing.publishOnline(
                letter.reference(),
                letters.byReference(letter.reference()).orElseThrow().version(),
                editor.id());
        PublicSite.View online = site.piece(letter.reference()).orElseThrow();
        assertThat(online.issue()).isNull();

        int number = issue();
        makeUp.addToPage(number, letter.reference(), editor.id());
        publishing.publishPage(number, editor.id());

        assertThat(site.piece(letter.reference()).orElseThrow().issue()).isEqualTo(number);
        assertThat(Mailbox.of(letter.author().email()).await(2, Duration.ofSeconds(20)))
                .filteredOn(mail -> mail.subject().contains("published"))
                .hasSize(1);
    }

    @Test
    void aCutLetterPrintsTheApprovedRevisionAndItsWriterIsToldItWasEdited() {
        Account editor = fixtures.account("Cut Printer", Role.EDITOR);
        Letter letter = fixtures.newLetter("Long Writer", "A very long letter about trams. " + "Words. ".repeat(50));
        cuts.revise(
                letter.reference(),
                letters.byReference(letter.reference()).orElseThrow().version(),
                editor.id(),
                new Revision.Text("Trams, briefly", "A short letter about trams.", "L. Writer, Leeds"),
                "Cut");
        Moderation moderation = jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(Moderation.class)
                .get();
        moderation.approve(
                letter.reference(),
                letters.byReference(letter.reference()).orElseThrow().version(),
                editor.id());
        int number = issue();
        makeUp.addToPage(number, letter.reference(), editor.id());

        publishing.publishPage(number, editor.id());

        PublicSite.View view = site.piece(letter.reference()).orElseThrow();
        assertThat(view.title()).isEqualTo("Trams, briefly");
        assertThat(view.body()).isEqualTo("A short letter about trams.");
        assertThat(view.signOff()).isEqualTo("L. Writer, Leeds");
        assertThat(Mailbox.of(letter.author().email()).await(2, Duration.ofSeconds(20)))
                .anySatisfy(mail -> assertThat(mail.body()).contains("We edited it for length"));
    }

    @Test
    void aSignOffChangedToNameAndAddressSuppliedLeadsToNoPageUnderTheWritersName() {
        Account editor = fixtures.account("Privacy Printer", Role.EDITOR);
        String name = "Priya Withheld" + System.nanoTime() % 100_000;
        Letter letter = fixtures.newLetter(name, "A letter about the council's tram depot and who pays for it.");
        cuts.revise(
                letter.reference(),
                letters.byReference(letter.reference()).orElseThrow().version(),
                editor.id(),
                new Revision.Text(
                        "Who pays",
                        "A letter about the council's tram depot and who pays for it.",
                        "Name and address supplied"),
                "Writer asked by phone for her name to be withheld");
        jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(Moderation.class)
                .get()
                .approve(
                        letter.reference(),
                        letters.byReference(letter.reference()).orElseThrow().version(),
                        editor.id());
        int number = issue();
        makeUp.addToPage(number, letter.reference(), editor.id());

        publishing.publishPage(number, editor.id());

        PublicSite.View view = site.piece(letter.reference()).orElseThrow();
        assertThat(view.signOff()).isEqualTo("Name and address supplied");
        assertThat(view.authorSlug()).isNull();
        assertThat(site.byWriter(Slug.of(name)))
                .noneMatch(other -> other.reference().equals(letter.reference()));
    }

    @Test
    void aPublishedLetterIsCorrectedInPublicAndCanBeTakenDown() {
        Account editor = fixtures.account("Fixer", Role.EDITOR);
        Letter letter = approved("Wrong Facts");
        publishing.publishOnline(letter.reference(), version(letter), editor.id());
        cuts.revise(
                letter.reference(),
                version(letter),
                editor.id(),
                new Revision.Text("Trams: a correction", "The line opened in 1995, not 1985.", "Wrong Facts, Leeds"),
                "Fact");

        publishing.correct(letter.reference(), version(letter), editor.id(), "An earlier version gave the wrong year.");

        PublicSite.View corrected = site.piece(letter.reference()).orElseThrow();
        assertThat(corrected.correction()).isEqualTo("An earlier version gave the wrong year.");
        assertThat(corrected.body()).isEqualTo("The line opened in 1995, not 1985.");

        publishing.unpublish(letter.reference(), version(letter), editor.id(), "Legal advice");

        assertThat(site.piece(letter.reference())).isEmpty();
        assertThat(status(letter)).isEqualTo(LetterStatus.APPROVED);
    }

    private int version(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow().version();
    }
}
