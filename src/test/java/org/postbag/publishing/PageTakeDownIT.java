package org.postbag.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.desk.LetterFiles;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.mail.Outbox;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.Letters;
import org.postbag.site.PublicSite;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;

/** A page over its budget asks before it goes out; a page just published can come down with its reason. */
@ExtendWith(ArquillianExtension.class)
class PageTakeDownIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(PageTakeDownIT.class);
    }

    @Inject
    PageMakeUp makeUp;

    @Inject
    Publishing publishing;

    @Inject
    PublicSite site;

    @Inject
    Letters letters;

    @Inject
    LetterFiles files;

    @Inject
    Outbox outbox;

    @Inject
    Fixtures fixtures;

    private LetterStatus status(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow().status();
    }

    private Letter approved(String name) {
        return fixtures.approvedLetter(name, name + " writes about the trams. " + System.nanoTime());
    }

    @Test
    void aPageOverItsBudgetIsPublishedOnlyOnceTheEditorGoesOn() {
        Account editor = fixtures.account("Budget Keeper", Role.EDITOR);
        int number = fixtures.issue(Fixtures.uniqueIssueNumber()).number();
        Letter letter = fixtures.approvedLetter(
                "Bea Budget", String.join(" ", Collections.nCopies(30, "word")) + " " + System.nanoTime());
        makeUp.addToPage(number, letter.reference(), editor.id());
        makeUp.setBudget(number, 20);

        assertThatThrownBy(() -> publishing.publishPage(number, editor.id(), false))
                .isInstanceOf(DomainException.class)
                .hasMessage(
                        "The page holds 31 words, 11 over its budget of 20. Publish it anyway, or take a letter off.");
        assertThat(status(letter)).isEqualTo(LetterStatus.SCHEDULED);

        assertThat(publishing.publishPage(number, editor.id(), true)).isEqualTo(1);
        assertThat(status(letter)).isEqualTo(LetterStatus.PUBLISHED);
    }

    @Test
    void aPageOverItsBudgetIsScheduledOnlyOnceTheEditorGoesOn() {
        Account editor = fixtures.account("Budget Scheduler", Role.EDITOR);
        int number = fixtures.issue(Fixtures.uniqueIssueNumber()).number();
        Letter letter = fixtures.approvedLetter(
                "Sol Schedule", String.join(" ", Collections.nCopies(30, "word")) + " " + System.nanoTime());
        makeUp.addToPage(number, letter.reference(), editor.id());
        makeUp.setBudget(number, 20);
        Instant at = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);

        assertThatThrownBy(() -> makeUp.schedule(number, at, false))
                .isInstanceOf(DomainException.class)
                .hasMessage(
                        "The page holds 31 words, 11 over its budget of 20. Schedule it anyway, or take a letter off.");
        assertThat(makeUp.issue(number).scheduledFor()).isNull();

        makeUp.schedule(number, at, true);
        assertThat(makeUp.issue(number).scheduledFor()).isEqualTo(at);
        // Cancelling asks nothing, over budget or not.
        makeUp.schedule(number, null, false);
        assertThat(makeUp.issue(number).scheduledFor()).isNull();
    }

    @Test
    void aPageJustPublishedComesDownWithItsReasonAndGoesOutAgainWithoutWritingTwice() {
        Account editor = fixtures.account("Page Retractor", Role.EDITOR);
        int number = fixtures.issue(Fixtures.uniqueIssueNumber()).number();
        Letter first = approved("Tia Take");
        Letter second = approved("Dan Down");
        makeUp.addToPage(number, first.reference(), editor.id());
        makeUp.addToPage(number, second.reference(), editor.id());
        publishing.publishPage(number, editor.id());

        assertThatThrownBy(() -> publishing.takeDownPage(number, editor.id(), " "))
                .hasMessage("Say why the page is taken down: readers of the issue will read it.");
        assertThat(publishing.takeDownPage(number, editor.id(), "A letter on it was sent in someone else's name."))
                .isEqualTo(2);

        assertThat(List.of(status(first), status(second))).containsOnly(LetterStatus.SCHEDULED);
        assertThat(site.piece(first.reference())).as("no longer public").isEmpty();
        PublicSite.IssuePage notice = site.issuePage(number).orElseThrow();
        assertThat(notice.letters()).isEmpty();
        assertThat(notice.takenDownReason()).isEqualTo("A letter on it was sent in someone else's name.");
        assertThat(files.open(first.reference(), editor.id()).orElseThrow().history())
                .anySatisfy(line -> {
                    assertThat(line.action()).isEqualTo("Unpublished");
                    assertThat(line.from()).isEqualTo("published");
                    assertThat(line.to()).isEqualTo("scheduled");
                    assertThat(line.note()).endsWith("was taken down: A letter on it was sent in someone else's name.");
                });
        assertThat(makeUp.page(makeUp.issue(number)))
                .extracting(Letter::reference)
                .containsExactly(first.reference(), second.reference());

        makeUp.removeFromPage(number, second.reference(), editor.id());
        assertThat(publishing.publishPage(number, editor.id())).isEqualTo(1);

        PublicSite.IssuePage again = site.issuePage(number).orElseThrow();
        assertThat(again.letters()).extracting(PublicSite.View::reference).containsExactly(first.reference());
        assertThat(again.takenDownReason())
                .as("readers still read what happened")
                .isNotNull();
        // The outbox is written in the publishing transaction, so what it holds now is all there will be.
        assertThat(outbox.latest(1_000))
                .as("one email about publication, not two")
                .filteredOn(mail -> mail.recipient().equals(first.author().email()))
                .filteredOn(mail -> mail.subject().contains("published"))
                .hasSize(1);
    }

    @Test
    void aPageOutLongerThanTheWindowIsNotTakenDownWhole() {
        Account editor = fixtures.account("Late Retractor", Role.EDITOR);
        int number = fixtures.issue(Fixtures.uniqueIssueNumber()).number();
        Letter letter = approved("Len Late");
        makeUp.addToPage(number, letter.reference(), editor.id());
        publishing.publishPage(number, editor.id());

        try (var noWindow = Config.Overrides.forThisThread("POSTBAG_PAGE_TAKE_DOWN_HOURS", "0")) {
            assertThatThrownBy(() -> publishing.takeDownPage(number, editor.id(), "Second thoughts"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("no longer taken down as a whole");
        }
        assertThat(status(letter)).isEqualTo(LetterStatus.PUBLISHED);
        assertThat(site.piece(letter.reference())).isPresent();
    }
}
