package org.postbag.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.editing.Cuts;
import org.postbag.house.AdminEvent;
import org.postbag.infrastructure.Config;
import org.postbag.letter.Letter;
import org.postbag.letter.Letters;
import org.postbag.letter.Revision;
import org.postbag.linking.Linking;
import org.postbag.linking.LinkingPurge;
import org.postbag.linking.ReplyLinkSource;
import org.postbag.moderation.Moderation;
import org.postbag.moderation.RejectionTemplates;
import org.postbag.publishing.PageMakeUp;
import org.postbag.publishing.Publishing;
import org.postbag.site.PublicSite;
import org.postbag.submission.LetterDraft;
import org.postbag.submission.SubmissionOutcome;
import org.postbag.submission.Submissions;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/** A writer's data: exported whole, erased on request, and contact details purged after the retention period. */
@ExtendWith(ArquillianExtension.class)
class WriterDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(WriterDataIT.class);
    }

    @Inject
    WriterData writerData;

    @Inject
    Fixtures fixtures;

    @Inject
    Letters letters;

    @Inject
    Moderation moderation;

    @Inject
    RejectionTemplates templates;

    @Inject
    Cuts cuts;

    @Inject
    PageMakeUp makeUp;

    @Inject
    Publishing publishing;

    @Inject
    PublicSite site;

    @Inject
    Linking linking;

    @Inject
    Submissions submissions;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private int version(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow().version();
    }

    /** Three letters from one writer: one published after a cut, one rejected, one waiting with a note. */
    private record Writer(String email, Letter published, Letter rejected, Letter waiting, Account editor) {}

    private Writer writerWithHistory(String name) {
        Account editor = fixtures.account("Privacy Editor", Role.EDITOR);
        String email = Fixtures.uniqueEmail(name);
        Letter published = fixtures.newLetterFrom(
                name, email, "The trams were better. My neighbour, who is ill, agrees. More words here to cut away.");
        cuts.revise(
                published.reference(),
                version(published),
                editor.id(),
                new Revision.Text("Trams were better", "The trams were better.", name + ", Leeds"),
                "Cut the neighbour");
        moderation.approve(published.reference(), version(published), editor.id());
        cuts.approveLatestVersion(published.reference(), version(published), editor.id());
        int issue = fixtures.issue(Fixtures.uniqueIssueNumber()).number();
        makeUp.addToPage(issue, published.reference(), editor.id());
        publishing.publishPage(issue, editor.id());

        Letter rejected = fixtures.newLetterFrom(name, email, "A second letter, not for print. " + System.nanoTime());
        // The rejection's email goes at once: this test counts it among the writer's emails.
        try (var now = Config.Overrides.forThisThread("POSTBAG_DECISION_EMAIL_GRACE_SECONDS", "0")) {
            moderation.reject(
                    rejected.reference(),
                    version(rejected),
                    editor.id(),
                    templates.all().get(0).id(),
                    true);
        }
        Letter waiting = fixtures.newLetterFrom(name, email, "A third letter, still waiting. " + System.nanoTime());
        moderation.addNote(waiting.reference(), editor.id(), "Writes every week; check the facts.");
        return new Writer(email, published, rejected, waiting, editor);
    }

    @Test
    void anExportHoldsEveryLetterItsHistoryNotesRevisionsAndEmails() throws Exception {
        Writer writer = writerWithHistory("Export Writer");
        Account admin = fixtures.account("Privacy Admin", Role.EDITOR, Role.ADMIN);
        Mailbox.of(writer.email()).await(4, Duration.ofSeconds(20));

        WriterData.Summary summary = writerData.summary(writer.email().toUpperCase());
        assertThat(summary.letters()).isEqualTo(3);
        assertThat(summary.published()).isEqualTo(1);
        assertThat(summary.emails()).isGreaterThanOrEqualTo(4);

        JsonObject export = Json.createReader(new ByteArrayInputStream(writerData.export(writer.email(), admin.id())))
                .readObject();
        assertThat(export.getString("about")).isEqualTo(writer.email());
        assertThat(export.getJsonArray("letters")).hasSize(3);
        JsonObject first = export.getJsonArray("letters").getJsonObject(0);
        assertThat(first.getString("reference")).isEqualTo(writer.published().reference());
        assertThat(first.getString("text")).contains("My neighbour, who is ill");
        assertThat(first.getJsonArray("revisions").getJsonObject(0).getString("reason"))
                .isEqualTo("Cut the neighbour");
        assertThat(first.getJsonArray("published").getJsonObject(0).getString("text"))
                .isEqualTo("The trams were better.");
        assertThat(first.getJsonArray("history")).isNotEmpty();
        JsonObject third = export.getJsonArray("letters").getJsonObject(2);
        assertThat(third.getJsonArray("editorsNotes").getJsonObject(0).getString("text"))
                .isEqualTo("Writes every week; check the facts.");
        assertThat(export.getJsonArray("emails").size()).isEqualTo((int) summary.emails());
        assertThat(lastAdminEvent().action()).isEqualTo("WRITER_EXPORTED");
        assertThat(lastAdminEvent().subject()).doesNotContain(writer.email());
    }

    @Test
    void erasingKeepsOnlyThePrintedLetterAndItsSignOff() throws Exception {
        Writer writer = writerWithHistory("Erased Writer");
        Writer bystander = writerWithHistory("Other Writer");
        Account admin = fixtures.account("Erasing Admin", Role.EDITOR, Role.ADMIN);
        PublicSite.View before = site.piece(writer.published().reference()).orElseThrow();
        String messageId = "<erase-" + System.nanoTime() + "@mail.example.org>";
        transaction.begin();
        // What the letters mailbox kept: the email as received with the printed letter, and its log line.
        em.createNativeQuery("INSERT INTO letter_document (letter_id, kind, file_name, content_type, size_bytes,"
                        + " content, created_at) SELECT id, 'ORIGINAL_EMAIL', 'letter.eml', 'message/rfc822', 5,"
                        + " CAST('From:' AS bytea), now() FROM letter WHERE reference = ?1")
                .setParameter(1, writer.published().reference())
                .executeUpdate();
        em.createNativeQuery("INSERT INTO mailbox_message (message_id, outcome, sender, subject, size_bytes, taken_at)"
                        + " VALUES (?1, 'UNREADABLE', ?2, 'My letter', 10, now())")
                .setParameter(1, messageId)
                .setParameter(2, writer.email())
                .executeUpdate();
        transaction.commit();

        WriterData.Erasure erased = writerData.erase(writer.email(), admin.id());

        assertThat(((Number) em.createNativeQuery("SELECT count(*) FROM letter_document d JOIN letter l"
                                        + " ON l.id = d.letter_id WHERE l.reference = ?1")
                                .setParameter(1, writer.published().reference())
                                .getSingleResult())
                        .longValue())
                .as("the kept email of the printed letter")
                .isZero();
        assertThat(em.createNativeQuery("SELECT coalesce(sender, '') || coalesce(subject, '') FROM mailbox_message"
                                + " WHERE message_id = ?1")
                        .setParameter(1, messageId)
                        .getSingleResult())
                .isEqualTo("");

        assertThat(erased.deleted()).isEqualTo(2);
        assertThat(erased.anonymised()).isEqualTo(1);
        assertThat(writerData.summary(writer.email()).isEmpty()).isTrue();
        assertThat(letters.byReference(writer.rejected().reference())).isEmpty();
        assertThat(letters.byReference(writer.waiting().reference())).isEmpty();

        PublicSite.View after = site.piece(writer.published().reference()).orElseThrow();
        assertThat(after.body()).isEqualTo(before.body()).isEqualTo("The trams were better.");
        assertThat(after.signOff()).isEqualTo(before.signOff()).isEqualTo("Erased Writer, Leeds");
        @SuppressWarnings("unchecked")
        List<Object[]> kept = em.createNativeQuery("SELECT author_email, contact_details, original_body, erased_at,"
                        + " (SELECT count(*) FROM letter_revision r WHERE r.letter_id = l.id),"
                        + " (SELECT count(*) FROM letter_note n WHERE n.letter_id = l.id)"
                        + " FROM letter l WHERE reference = ?1")
                .setParameter(1, writer.published().reference())
                .getResultList();
        assertThat(kept).singleElement().satisfies(row -> {
            assertThat(row[0]).isNull();
            assertThat(row[1]).isNull();
            assertThat(row[2]).isEqualTo("The trams were better.");
            assertThat(row[3]).isNotNull();
            assertThat(((Number) row[4]).longValue()).isZero();
            assertThat(((Number) row[5]).longValue()).isZero();
        });
        assertThat(lastAdminEvent().action()).isEqualTo("WRITER_ERASED");
        assertThat(lastAdminEvent().subject()).doesNotContain(writer.email());

        WriterData.Summary untouched = writerData.summary(bystander.email());
        assertThat(untouched.letters()).isEqualTo(3);
        assertThat(letters.byReference(bystander.waiting().reference())).isPresent();
    }

    @Test
    void anExportHoldsWhatScreeningNoticedAndTheSubmitterHash() throws Exception {
        String email = Fixtures.uniqueEmail("Flagged Writer");
        Letter letter = fixtures.newLetterFrom("Flagged Writer", email, "word ".repeat(400) + System.nanoTime());
        Account admin = fixtures.account("Export Admin", Role.EDITOR, Role.ADMIN);
        String submitterHash = (String) em.createNativeQuery("SELECT submitter_hash FROM letter WHERE reference = ?1")
                .setParameter(1, letter.reference())
                .getSingleResult();
        assertThat(submitterHash).as("the fixture's sender has an address").isNotBlank();

        JsonObject export = Json.createReader(new ByteArrayInputStream(writerData.export(email, admin.id())))
                .readObject();

        JsonObject exported = export.getJsonArray("letters").getJsonObject(0);
        assertThat(exported.getString("submitterHash")).isEqualTo(submitterHash);
        assertThat(exported.getJsonArray("flags")).anySatisfy(flag -> {
            assertThat(flag.asJsonObject().getString("kind")).isEqualTo("OVER_LENGTH");
            assertThat(flag.asJsonObject().getString("reason")).startsWith("401 words");
        });
    }

    @Test
    void erasingAPublishedLetterClearsItsSubjectItsLinksEvidenceAndTheInvitationsQuote() throws Exception {
        // A piece of its own to answer: the sample debate's threads are shared by other tests.
        String article = fixtures.publishedLetter(
                        Fixtures.uniqueIssueNumber(),
                        "The winter of 1963",
                        "Answered " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q"),
                        "Leeds",
                        "Nobody remembers the winter of 1963 as I do.")
                .reference();
        Account editor = fixtures.account("Invite Editor", Role.EDITOR);
        Account admin = fixtures.account("Quote Admin", Role.EDITOR, Role.ADMIN);
        String name = "Quoted Writer " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String email = Fixtures.uniqueEmail("Quoted Writer");
        String opening = "Zephyrine trams " + Long.toString(System.nanoTime(), 36) + " ran on time in my day.";
        Letter letter = ((SubmissionOutcome.Accepted) submissions.submit(
                        new LetterDraft(
                                name,
                                "Otley",
                                email,
                                null,
                                "My private subject line",
                                opening + " The last letter forgets the winter of 1963.",
                                false,
                                List.of(),
                                null,
                                null),
                        Fixtures.person()))
                .letter();
        fixtures.confirm(letter.reference());
        linking.link(
                letter.reference(),
                version(letter),
                editor.id(),
                article,
                ReplyLinkSource.CITATION,
                "mentions " + name + "'s memory of the winter",
                0.9);
        linking.invite(letter.reference(), version(letter), editor.id(), article);
        moderation.approve(letter.reference(), version(letter), editor.id());
        int issue = fixtures.issue(Fixtures.uniqueIssueNumber()).number();
        makeUp.addToPage(issue, letter.reference(), editor.id());
        publishing.publishPage(issue, editor.id());
        assertThat(invitationBody(letter))
                .as("the invitation quotes the letter")
                .contains(opening, name);

        writerData.erase(email, admin.id());

        assertThat(em.createNativeQuery("SELECT count(*) FROM letter WHERE reference = ?1 AND subject IS NULL")
                        .setParameter(1, letter.reference())
                        .getSingleResult())
                .isEqualTo(1L);
        assertThat(em.createNativeQuery("SELECT r.evidence FROM reply_link r JOIN letter l ON l.id = r.letter_id"
                                + " WHERE l.reference = ?1")
                        .setParameter(1, letter.reference())
                        .getResultList())
                .singleElement()
                .isNull();
        assertThat(invitationBody(letter))
                .doesNotContain("Zephyrine", name)
                .contains(LinkingPurge.UNQUOTED)
                .contains("/write?invitation=");
    }

    private String invitationBody(Letter letter) {
        return (String) em.createNativeQuery(
                        "SELECT body FROM outbox_message WHERE kind = 'invitation' AND letter_reference = ?1")
                .setParameter(1, letter.reference())
                .getSingleResult();
    }

    @Test
    void contactDetailsOfClosedLettersGoAfterTheRetentionPeriodAndNoSooner() throws Exception {
        Writer old = writerWithHistory("Old Writer");
        Writer recent = writerWithHistory("Recent Writer");
        transaction.begin();
        for (Letter letter : List.of(old.published(), old.rejected(), old.waiting())) {
            em.createNativeQuery(
                            "UPDATE letter SET received_at = received_at - interval '200 days' WHERE reference = ?1")
                    .setParameter(1, letter.reference())
                    .executeUpdate();
            em.createNativeQuery("UPDATE letter_event SET at = at - interval '200 days'"
                            + " WHERE letter_id = (SELECT id FROM letter WHERE reference = ?1)")
                    .setParameter(1, letter.reference())
                    .executeUpdate();
        }
        transaction.commit();

        assertThat(writerData.purgeContactDetails()).isGreaterThanOrEqualTo(2);

        assertThat(email(old.published())).isNull();
        assertThat(email(old.rejected())).isNull();
        assertThat(email(old.waiting()))
                .as("still open: the desk may need to write")
                .isEqualTo(old.email());
        assertThat(email(recent.published())).isEqualTo(recent.email());
        assertThat(email(recent.rejected())).isEqualTo(recent.email());
        assertThat(site.piece(old.published().reference()).orElseThrow().signOff())
                .isEqualTo("Old Writer, Leeds");
    }

    private String email(Letter letter) {
        return (String) em.createNativeQuery("SELECT author_email FROM letter WHERE reference = ?1")
                .setParameter(1, letter.reference())
                .getSingleResult();
    }

    private AdminEvent lastAdminEvent() {
        return em.createQuery("select e from AdminEvent e order by e.at desc, e.id desc", AdminEvent.class)
                .setMaxResults(1)
                .getSingleResult();
    }
}
