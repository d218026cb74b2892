package org.postbag.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.Collections;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.desk.LetterFiles;
import org.postbag.house.Settings;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.Letters;
import org.postbag.linking.Linking;
import org.postbag.linking.ReplyLinkSource;
import org.postbag.publishing.PageMakeUp;
import org.postbag.publishing.Piece;
import org.postbag.publishing.Publishing;
import org.postbag.site.PublicSite;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;

/**
 * The rules an approval answers to: no reply link left only suggested (the letter would be
 * printed without its "Replying to" and outside its debate), and a word from the editor for a
 * letter far over the limit. Making up and publishing ask the same of every letter.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(ApprovalRulesIT.class);
    }

    @Inject
    Moderation moderation;

    @Inject
    Linking linking;

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
    Settings settings;

    @Inject
    Fixtures fixtures;

    private int version(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow().version();
    }

    private LetterStatus status(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow().status();
    }

    private Piece article(String title) {
        return fixtures.article(title + " " + System.nanoTime(), null);
    }

    @Test
    void aLetterWithASuggestedLinkIsNotApprovedUntilTheLinkIsSettled() {
        Account editor = fixtures.account("Link Minder", Role.EDITOR);
        Piece trams = article("The trams");
        Piece buses = article("The buses");
        Letter letter = fixtures.newLetter("Rosa Reply", "I answer both of your pieces. " + System.nanoTime());
        fixtures.suggests(letter, trams);
        fixtures.suggests(letter, buses);

        assertThatThrownBy(() -> moderation.approve(letter.reference(), version(letter), editor.id()))
                .isInstanceOf(DomainException.class)
                .hasMessage(letter.reference() + " cannot be approved while its reply links to " + trams.reference()
                        + " “" + trams.title() + "”, " + buses.reference() + " “" + buses.title()
                        + "” are only suggested: confirm or dismiss each on the letter's page first.");
        assertThat(status(letter)).isNotEqualTo(LetterStatus.APPROVED);

        linking.link(
                letter.reference(),
                version(letter),
                editor.id(),
                trams.reference(),
                ReplyLinkSource.EDITOR,
                null,
                null);
        assertThatThrownBy(() -> moderation.approve(letter.reference(), version(letter), editor.id()))
                .hasMessageContaining(buses.reference())
                .hasMessageNotContaining(trams.reference());
        linking.unlink(letter.reference(), version(letter), editor.id(), buses.reference());

        moderation.approve(letter.reference(), version(letter), editor.id());

        assertThat(status(letter)).isEqualTo(LetterStatus.APPROVED);
        int number = fixtures.issue(Fixtures.uniqueIssueNumber()).number();
        makeUp.addToPage(number, letter.reference(), editor.id());
        publishing.publishPage(number, editor.id());
        assertThat(site.piece(letter.reference()).orElseThrow().replyingTo())
                .as("printed with its Replying to")
                .extracting(PublicSite.Link::reference)
                .containsExactly(trams.reference());
    }

    @Test
    void makingUpAndPublishingAskTheSameOfALinkSuggestedAfterApproval() {
        Account editor = fixtures.account("Page Minder", Role.EDITOR);
        Piece trams = article("Trams later");
        Letter onPage = fixtures.approvedLetter("Olu Page", "Placed before the suggestion. " + System.nanoTime());
        Letter waiting = fixtures.approvedLetter("Wes Wait", "Suggested before it is placed. " + System.nanoTime());
        int number = fixtures.issue(Fixtures.uniqueIssueNumber()).number();
        makeUp.addToPage(number, onPage.reference(), editor.id());
        fixtures.suggests(onPage, trams);
        fixtures.suggests(waiting, trams);

        assertThatThrownBy(() -> makeUp.addToPage(number, waiting.reference(), editor.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith(waiting.reference() + " cannot be put on the page while its reply link to "
                        + trams.reference());
        assertThatThrownBy(() -> publishing.publishPage(number, editor.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith(
                        onPage.reference() + " cannot be published while its reply link to " + trams.reference());
        assertThat(status(onPage)).as("nothing was published").isEqualTo(LetterStatus.SCHEDULED);
        assertThatThrownBy(() -> publishing.publishOnline(waiting.reference(), version(waiting), editor.id()))
                .hasMessageContaining("only suggested");
    }

    @Test
    void aLetterFarOverTheLimitIsApprovedOnlyWithTheEditorsWord() {
        Account editor = fixtures.account("Length Minder", Role.EDITOR);
        int limit = settings.wordLimit();
        String words = String.join(" ", Collections.nCopies(limit * 2, "tram"));
        Letter letter = fixtures.newLetter("Lena Long", words + " " + System.nanoTime());

        assertThatThrownBy(() -> moderation.approve(letter.reference(), version(letter), editor.id(), "  "))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith(letter.reference() + " has " + (limit * 2 + 1)
                        + " words, more than half as long again as the limit of " + limit + ".");
        assertThat(status(letter)).isNotEqualTo(LetterStatus.APPROVED);

        moderation.approve(
                letter.reference(),
                version(letter),
                editor.id(),
                "The whole letter is the point: runs over two columns.");

        assertThat(status(letter)).isEqualTo(LetterStatus.APPROVED);
        assertThat(files.open(letter.reference(), editor.id()).orElseThrow().history())
                .anySatisfy(line -> {
                    assertThat(line.action()).isEqualTo("Approved");
                    assertThat(line.note()).isEqualTo("The whole letter is the point: runs over two columns.");
                });
    }

    @Test
    void aLetterSomewhatOverTheLimitIsApprovedAsBefore() {
        Account editor = fixtures.account("Easy Minder", Role.EDITOR);
        int limit = settings.wordLimit();
        String words = String.join(" ", Collections.nCopies(limit + limit / 4, "bus"));
        Letter letter = fixtures.newLetter("Sam Some", words + " " + System.nanoTime());

        moderation.approve(letter.reference(), version(letter), editor.id());

        assertThat(status(letter)).isEqualTo(LetterStatus.APPROVED);
    }
}
