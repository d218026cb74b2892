package org.postbag.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.AccountAdministration;
import org.postbag.accounts.Role;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAction;
import org.postbag.letter.Letters;
import org.postbag.moderation.Moderation;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;

/** The audit trail holds what admins did as well as what happened to letters, searched and paged together. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(AuditTrailIT.class);
    }

    @Inject
    AuditTrail trail;

    @Inject
    AccountAdministration administration;

    @Inject
    WriterData writerData;

    @Inject
    Moderation moderation;

    @Inject
    Letters letters;

    @Inject
    Fixtures fixtures;

    private static AuditTrail.Search by(String who) {
        return new AuditTrail.Search(who, null, null, null, null, null, null);
    }

    @Test
    void adminActionsAndLetterEventsAreOneTrail() {
        String unique = Long.toString(System.nanoTime(), 36);
        Account admin = fixtures.account("Audit Admin " + unique, Role.ADMIN, Role.EDITOR);
        Letter letter = fixtures.newLetter("Aud Writer", "A letter for the audit trail. " + unique);
        String invited = Fixtures.uniqueEmail("Invited Person");
        administration.invite(invited, "Invited Person", Set.of(Role.EDITOR), admin.id());
        writerData.export(letter.author().email(), admin.id());
        moderation.approve(letter.reference(), letters(letter), admin.id());

        List<AuditTrail.Line> lines = trail.search(by("audit admin " + unique), null);

        assertThat(lines).extracting(AuditTrail.Line::action).containsExactly("Approved", "Writer exported", "Invited");
        assertThat(lines.get(0).reference()).isEqualTo(letter.reference());
        assertThat(lines.get(2).isLetterEvent()).isFalse();
        assertThat(lines.get(2).subject()).isEqualTo(invited);
        assertThat(lines.get(2).note()).isEqualTo("Roles: editor");

        assertThat(trail.search(
                        new AuditTrail.Search(
                                "audit admin " + unique, AuditTrail.Trail.ADMIN, null, null, null, null, null),
                        null))
                .extracting(AuditTrail.Line::action)
                .containsExactly("Writer exported", "Invited");
        assertThat(trail.search(
                        new AuditTrail.Search("audit admin " + unique, null, "INVITED", null, null, null, null), null))
                .singleElement()
                .satisfies(line -> assertThat(line.subject()).isEqualTo(invited));
        assertThat(trail.search(
                        new AuditTrail.Search(
                                "audit admin " + unique, null, LetterAction.APPROVED.name(), null, null, null, null),
                        null))
                .singleElement()
                .satisfies(line -> assertThat(line.reference()).isEqualTo(letter.reference()));
        assertThat(trail.search(
                        new AuditTrail.Search(null, null, null, invited.toUpperCase(), null, null, "roles"), null))
                .as("by subject and detail")
                .extracting(AuditTrail.Line::subject)
                .containsExactly(invited);
        assertThat(trail.adminActions()).contains("INVITED", "WRITER_EXPORTED");
    }

    @Test
    void pagesFollowOnFromTheLastEventShown() {
        String unique = Long.toString(System.nanoTime(), 36);
        Account admin = fixtures.account("Pager Admin " + unique, Role.ADMIN);
        for (int i = 0; i < 3; i++) {
            administration.invite(Fixtures.uniqueEmail("Paged " + i), "Paged " + i, Set.of(Role.EDITOR), admin.id());
        }
        List<AuditTrail.Line> all = trail.search(by("pager admin " + unique), null);
        assertThat(all).hasSize(3);

        List<AuditTrail.Line> after =
                trail.search(by("pager admin " + unique), all.get(0).cursor());

        assertThat(after).containsExactlyElementsOf(all.subList(1, 3));
        assertThat(trail.search(
                        by("pager admin " + unique),
                        AuditTrail.Cursor.parse(all.get(2).cursor().token()).orElseThrow()))
                .isEmpty();
    }

    private int letters(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow().version();
    }
}
