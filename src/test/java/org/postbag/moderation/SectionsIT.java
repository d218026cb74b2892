package org.postbag.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.AccountAdministration;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.Role;
import org.postbag.accounts.SectionAdministration;
import org.postbag.desk.LetterFiles;
import org.postbag.editing.Cuts;
import org.postbag.house.Section;
import org.postbag.infrastructure.DomainException;
import org.postbag.intake.Digest;
import org.postbag.intake.Digests;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterEvents;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.Letters;
import org.postbag.letter.Revision;
import org.postbag.linking.Linking;
import org.postbag.linking.ReplyLinkSource;
import org.postbag.publishing.Archive;
import org.postbag.publishing.PageMakeUp;
import org.postbag.publishing.Piece;
import org.postbag.publishing.Publishing;
import org.postbag.submission.LetterDraft;
import org.postbag.submission.SubmissionOutcome;
import org.postbag.submission.Submissions;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/**
 * Sections through the services, as every page uses them: an editor limited to a section has
 * only its letters in every tab, count, search and digest, and every action on another
 * section's letter (or a letter in no section) is refused as if the letter did not exist; an
 * unlimited editor and an admin see them all. Each test makes sections and a search word of
 * its own.
 */
@ExtendWith(ArquillianExtension.class)
class SectionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(SectionsIT.class);
    }

    @Inject
    Queue queue;

    @Inject
    Moderation moderation;

    @Inject
    Cuts cuts;

    @Inject
    Linking linking;

    @Inject
    LetterFiles files;

    @Inject
    PageMakeUp makeUp;

    @Inject
    Publishing publishing;

    @Inject
    SectionAdministration sections;

    @Inject
    AccountAdministration administration;

    @Inject
    Accounts accounts;

    @Inject
    Letters letters;

    @Inject
    LetterEvents events;

    @Inject
    Digests digests;

    @Inject
    Archive archive;

    @Inject
    Submissions submissions;

    @Inject
    Fixtures fixtures;

    /** Two sections, a letter in each and one in none, all with the test's own word. */
    private record Desk3(
            String word, Section politics, Section culture, Letter inPolitics, Letter inCulture, Letter inNone) {}

    private Desk3 desk() {
        String word = "sx" + Long.toString(System.nanoTime(), 36);
        Section politics = sections.define("Politics " + word, null, admin().id());
        Section culture = sections.define("Culture " + word, null, admin().id());
        Letter inPolitics = placed(fixtures.newLetter("Polly Tick", "On the council and " + word + "."), politics);
        Letter inCulture = placed(fixtures.newLetter("Art Gallery", "On the theatre and " + word + "."), culture);
        Letter inNone = fixtures.newLetter("Nobody Placed", "On nothing in particular and " + word + ".");
        return new Desk3(word, politics, culture, inPolitics, inCulture, inNone);
    }

    private Letter placed(Letter letter, Section section) {
        moderation.moveToSection(letter.reference(), current(letter).version(), admin().id(), section.id());
        return current(letter);
    }

    private Account admin() {
        return accounts.byEmail(Desk.adminEmail()).orElseThrow();
    }

    private Letter current(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow();
    }

    private Account limitedTo(String name, Section... only) {
        Account editor = fixtures.account(name, Role.EDITOR);
        Set<Long> ids = Set.of(java.util.Arrays.stream(only).map(Section::id).toArray(Long[]::new));
        sections.limit(editor.id(), accounts.byId(editor.id()).orElseThrow().version(), ids, admin().id());
        return editor;
    }

    private List<String> tab(QueueTab tab, String word, long editorId) {
        List<String> seen = new ArrayList<>();
        queue.page(new QueueFilter(tab, word, null, null, null, null, false), editorId, null)
                .rows()
                .forEach(row -> seen.add(row.reference()));
        return seen;
    }

    @Test
    void aSectionEditorsQueueHoldsTheirSectionsLettersInEveryTabAndCount() {
        Desk3 desk = desk();
        Account politics = limitedTo("Pat Politics", desk.politics());
        Account everything = fixtures.account("Eve Everything", Role.EDITOR);

        for (QueueTab tab : List.of(QueueTab.NEW, QueueTab.ALL)) {
            assertThat(tab(tab, desk.word(), politics.id()))
                    .as(tab + " for the section editor")
                    .containsExactly(desk.inPolitics().reference());
            assertThat(tab(tab, desk.word(), everything.id()))
                    .as(tab + " for an editor without limits")
                    .containsExactlyInAnyOrder(
                            desk.inPolitics().reference(),
                            desk.inCulture().reference(),
                            desk.inNone().reference());
            assertThat(tab(tab, desk.word(), admin().id()))
                    .as(tab + " for an admin")
                    .hasSize(3);
        }
        QueueRow row = queue.page(
                        new QueueFilter(QueueTab.NEW, desk.word(), null, null, null, null, false), politics.id(), null)
                .rows()
                .get(0);
        assertThat(row.section()).isEqualTo(desk.politics().name());

        // The counts: the section editor's New tab counts none of the others' letters.
        long before = queue.counts(politics.id()).get(QueueTab.NEW);
        fixtures.newLetter("Unplaced Again", "Another letter in no section, " + desk.word() + ".");
        placed(fixtures.newLetter("Cult Ure", "Another on culture, " + desk.word() + "."), desk.culture());
        assertThat(queue.page(QueueFilter.tab(QueueTab.NEW), politics.id(), null)
                        .counts()
                        .get(QueueTab.NEW))
                .isEqualTo(before);
        placed(fixtures.newLetter("Poli Tics", "Another on politics, " + desk.word() + "."), desk.politics());
        assertThat(queue.page(QueueFilter.tab(QueueTab.NEW), politics.id(), null)
                        .counts()
                        .get(QueueTab.NEW))
                .isEqualTo(before + 1);

        // Held by the section editor and then moved out of their section: gone from Mine too.
        moderation.claim(
                desk.inPolitics().reference(), current(desk.inPolitics()).version(), politics.id());
        assertThat(tab(QueueTab.MINE, desk.word(), politics.id()))
                .containsExactly(desk.inPolitics().reference());
        moderation.moveToSection(
                desk.inPolitics().reference(),
                current(desk.inPolitics()).version(),
                admin().id(),
                desk.culture().id());
        assertThat(tab(QueueTab.MINE, desk.word(), politics.id())).isEmpty();
    }

    @Test
    void everyActionOnAnotherSectionsLetterIsRefusedAsIfItDidNotExist() {
        Desk3 desk = desk();
        Account politics = limitedTo("Pam Politics", desk.politics());
        long editor = politics.id();
        int issue = Fixtures.uniqueIssueNumber();
        fixtures.issue(issue);
        for (Letter other : List.of(desk.inCulture(), desk.inNone())) {
            String ref = other.reference();
            int version = current(other).version();
            String missing = "There is no letter " + ref + ".";
            assertThat(files.open(ref, editor)).as("the letter page of " + ref).isEmpty();
            List<Runnable> actions = List.of(
                    () -> moderation.claim(ref, version, editor),
                    () -> moderation.takeOver(ref, version, editor),
                    () -> moderation.approve(ref, version, editor),
                    () -> moderation.reject(ref, version, editor, 1, false),
                    () -> moderation.hold(ref, version, editor, "Waiting"),
                    () -> moderation.markSpam(ref, version, editor),
                    () -> moderation.undo(ref, version, editor),
                    () -> moderation.addNote(ref, editor, "A note"),
                    () -> moderation.moveToSection(
                            ref, version, editor, desk.politics().id()),
                    () -> cuts.revise(ref, version, editor, new Revision.Text(null, "Cut.", "P. P."), null),
                    () -> cuts.askWriter(ref, version, editor, "Is this all right?"),
                    () -> linking.link(ref, version, editor, "A-2026-00001", ReplyLinkSource.EDITOR, null, null),
                    () -> makeUp.addToPage(issue, ref, editor));
            for (Runnable action : actions) {
                assertThatThrownBy(action::run)
                        .isInstanceOf(DomainException.class)
                        .hasMessage(missing);
            }
            assertThat(current(other).version()).as("nothing changed on " + ref).isEqualTo(version);
            assertThat(events.of(current(other)))
                    .noneMatch(event -> event.actorName().equals(politics.displayName()));
        }
        // Their own section's letter works as always.
        moderation.claim(
                desk.inPolitics().reference(), current(desk.inPolitics()).version(), editor);
        assertThat(files.open(desk.inPolitics().reference(), editor)).isPresent();
    }

    @Test
    void aSectionEditorCannotPublishOrScheduleAPageThatHoldsAnotherSectionsLetters() {
        Desk3 desk = desk();
        Account politics = limitedTo("Pia Page", desk.politics());
        int issue = Fixtures.uniqueIssueNumber();
        fixtures.issue(issue);
        Letter culture = desk.inCulture();
        moderation.approve(culture.reference(), current(culture).version(), admin().id());
        makeUp.addToPage(issue, culture.reference(), admin().id());

        assertThatThrownBy(() -> publishing.publishPage(issue, politics.id(), true))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("1 letter of sections you do not edit, so you cannot publish it");
        assertThatThrownBy(() -> makeUp.schedule(issue, Instant.now().plusSeconds(3600), politics.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("so you cannot schedule it");
        assertThat(current(culture).status()).isEqualTo(LetterStatus.SCHEDULED);

        makeUp.schedule(issue, Instant.now().plusSeconds(3600), admin().id());
        makeUp.schedule(issue, null, admin().id());
    }

    @Test
    void aSectionEditorMovesLettersBetweenTheirOwnSectionsOnly() {
        Desk3 desk = desk();
        Section city = sections.define("City " + desk.word(), "city-" + desk.word(), admin().id());
        Account both = limitedTo("Bo Both", desk.politics(), city);
        Letter letter = desk.inPolitics();

        assertThatThrownBy(() -> moderation.moveToSection(
                        letter.reference(),
                        current(letter).version(),
                        both.id(),
                        desk.culture().id()))
                .isInstanceOf(DomainException.class)
                .hasMessage("You may move letters only to your own sections.");
        assertThatThrownBy(() -> moderation.moveToSection(
                        letter.reference(), current(letter).version(), both.id(), null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Only an editor who sees every section");
        assertThat(moderation.sectionChoices(both.id()))
                .containsOnlyKeys(desk.politics().id(), city.id());

        moderation.moveToSection(letter.reference(), current(letter).version(), both.id(), city.id());
        assertThat(current(letter).sectionId()).isEqualTo(city.id());
        assertThat(events.of(current(letter)))
                .anyMatch(event -> event.actorName().equals(both.displayName())
                        && event.note().equals(desk.politics().name() + " → " + city.name()));
    }

    @Test
    void aNewLetterTakesTheSectionOfThePieceItAnswers() {
        Desk3 desk = desk();
        Piece article = fixtures.article("The bypass " + desk.word(), null);
        archive.placeArticle(article.reference(), desk.politics().id(), admin().id());
        Piece unplaced = fixtures.article("The weather " + desk.word(), null);

        Letter reply = submit(List.of(unplaced.reference(), article.reference()), desk.word());
        Letter loose = submit(List.of(unplaced.reference()), desk.word());

        assertThat(reply.sectionId()).isEqualTo(desk.politics().id());
        assertThat(loose.sectionId()).isNull();

        Account culture = limitedTo("Cy Culture", desk.culture());
        assertThatThrownBy(() -> archive.placeArticle(
                        article.reference(), desk.politics().id(), culture.id()))
                .isInstanceOf(DomainException.class)
                .hasMessage("You may put articles only in your own sections.");
    }

    private Letter submit(List<String> answers, String word) {
        String email = Fixtures.uniqueEmail("Rhea Reply");
        SubmissionOutcome outcome = submissions.submit(
                new LetterDraft(
                        "Rhea Reply", "Leeds", email, null, null, "A reply, " + word + ".", false, answers, null, null),
                Fixtures.person());
        return current(((SubmissionOutcome.Accepted) outcome).letter());
    }

    @Test
    void aSectionEditorsDigestListsTheirSectionsNewLettersOnly() {
        Instant since = Instant.now().minusSeconds(1);
        Desk3 desk = desk();
        Account politics = limitedTo("Dee Digest", desk.politics());
        Account everything = fixtures.account("Dan Digest", Role.EDITOR);
        Instant now = Instant.now().plusSeconds(1);

        Digest limited = digests.digestFor(accounts.byId(politics.id()).orElseThrow(), since, now);
        assertThat(limited.newLetters())
                .extracting(Digest.Line::reference)
                .contains(desk.inPolitics().reference())
                .doesNotContain(desk.inCulture().reference(), desk.inNone().reference());
        assertThat(digests.digestFor(everything, since, now).newLetters())
                .extracting(Digest.Line::reference)
                .contains(
                        desk.inPolitics().reference(),
                        desk.inCulture().reference(),
                        desk.inNone().reference());
    }

    @Test
    void adminsAreNeverLimited() {
        Desk3 desk = desk();
        Account limited = limitedTo("Ada Admin-to-be", desk.culture());
        assertThat(tab(QueueTab.ALL, desk.word(), limited.id()))
                .containsExactly(desk.inCulture().reference());

        administration.changeRoles(
                limited.id(),
                accounts.byId(limited.id()).orElseThrow().version(),
                EnumSet.of(Role.EDITOR, Role.ADMIN),
                admin().id());
        assertThat(tab(QueueTab.ALL, desk.word(), limited.id()))
                .as("an admin sees every section, whatever was set before")
                .hasSize(3);
        assertThatThrownBy(() -> sections.limit(
                        limited.id(),
                        accounts.byId(limited.id()).orElseThrow().version(),
                        Set.of(desk.politics().id()),
                        admin().id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("is an admin, and admins see every section");
        Account editor = fixtures.account("Ed Nonadmin", Role.EDITOR);
        assertThatThrownBy(() -> sections.limit(
                        editor.id(),
                        accounts.byId(editor.id()).orElseThrow().version(),
                        Set.of(desk.politics().id()),
                        editor.id()))
                .isInstanceOf(DomainException.class)
                .hasMessage("Only an admin may do this.");
    }
}
