package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.infrastructure.DomainException;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/** An admin invites an editor, who chooses a password from the emailed link and signs in; accounts change and end sessions. */
@ExtendWith(ArquillianExtension.class)
class InvitationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(InvitationsIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    AccountAdministration administration;

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private static final String PASSWORD = "a long and private passphrase";

    private Account admin() {
        return fixtures.account("Inviting Admin", Role.EDITOR, Role.ADMIN);
    }

    private Account reload(Account account) throws Exception {
        transaction.begin();
        try {
            return accounts.byId(account.id()).orElseThrow();
        } finally {
            transaction.commit();
        }
    }

    @Test
    void anInvitedEditorChoosesAPasswordFromTheLinkAndSignsIn() throws Exception {
        URI base = url.toURI().resolve("/");
        String email = Fixtures.uniqueEmail("Nadia Okafor");
        administration.invite(email, "Nadia Okafor", EnumSet.of(Role.EDITOR), admin().id());

        Mailbox.Mail mail = Mailbox.of(email).awaitOne();
        assertThat(mail.subject()).isEqualTo("You are invited to the Northern Review letters desk");
        String link = mail.link("/welcome/");
        HttpClient client = WebForm.client();
        assertThat(Desk.signIn(client, base, email, PASSWORD).statusCode())
                .as("no password yet, so no way in")
                .isNotEqualTo(302);

        WebForm form = WebForm.read(client, URI.create(link), "welcomeForm");
        HttpResponse<String> weak =
                form.set("password", "short").set("repeat", "short").press("choose");
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body()).contains("at least 12 characters");
        HttpResponse<String> different = WebForm.read(client, URI.create(link), "welcomeForm")
                .set("password", PASSWORD)
                .set("repeat", PASSWORD + "!")
                .press("choose");
        assertThat(different.body()).contains("The two passwords are not the same");

        HttpResponse<String> chosen = WebForm.read(client, URI.create(link), "welcomeForm")
                .set("password", PASSWORD)
                .set("repeat", PASSWORD)
                .press("choose");
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?welcome"));

        HttpClient editor = Desk.signedIn(base, email, PASSWORD);
        assertThat(Desk.get(editor, base.resolve("/editor/queue")).statusCode()).isEqualTo(200);
        assertThat(Desk.get(editor, base.resolve("/admin/users")).statusCode()).isEqualTo(403);

        HttpResponse<String> spent = Desk.get(WebForm.client(), URI.create(link));
        assertThat(spent.body()).contains("This link no longer works").doesNotContain("welcomeForm");
    }

    @Test
    void anExpiredLinkNoLongerWorksAndANewOneCanBeSent() throws Exception {
        Account admin = admin();
        String email = Fixtures.uniqueEmail("Late Starter");
        Account invited = administration.invite(email, "Late Starter", EnumSet.of(Role.EDITOR), admin.id());
        String first = Mailbox.of(email).awaitOne().link("/welcome/");
        transaction.begin();
        em.createNativeQuery("UPDATE account SET invitation_expires_at = now() - interval '1 minute' WHERE id = ?1")
                .setParameter(1, invited.id())
                .executeUpdate();
        transaction.commit();

        String token = first.substring(first.lastIndexOf('/') + 1);
        assertThat(administration.invited(token)).isEmpty();
        assertThatThrownBy(() -> administration.acceptInvitation(token, PASSWORD))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("expired");

        administration.sendNewLink(invited.id(), admin.id());
        String second =
                Mailbox.of(email).await(2, Duration.ofSeconds(20)).get(1).link("/welcome/");
        assertThat(second).isNotEqualTo(first);
        administration.acceptInvitation(second.substring(second.lastIndexOf('/') + 1), PASSWORD);
        assertThat(reload(invited).isPending()).isFalse();
    }

    @Test
    void anAddressThatHasAnAccountCannotBeInvitedTwiceAndAnInvitationNeedsARole() {
        Account admin = admin();
        Account existing = fixtures.account("Existing Editor", Role.EDITOR);
        assertThatThrownBy(() -> administration.invite(
                        existing.email().toUpperCase(), "Again", EnumSet.of(Role.EDITOR), admin.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("already an account");
        assertThatThrownBy(() -> administration.invite(
                        Fixtures.uniqueEmail("No Role"), "No Role", EnumSet.noneOf(Role.class), admin.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("at least one role");
        Account editor = fixtures.account("Plain Editor", Role.EDITOR);
        assertThatThrownBy(() -> administration.invite(
                        Fixtures.uniqueEmail("Sneaky"), "Sneaky", EnumSet.of(Role.ADMIN), editor.id()))
                .isInstanceOf(DomainException.class)
                .hasMessage("Only an admin may do this.");
    }

    @Test
    void disablingAnAccountEndsItsSessionAndARoleChangeAsksForANewSignIn() throws Exception {
        URI base = url.toURI().resolve("/");
        Account admin = admin();
        Account editor = fixtures.account("Soon Disabled", Role.EDITOR);
        HttpClient session = Desk.signedIn(base, editor.email(), Fixtures.PASSWORD);
        assertThat(Desk.get(session, base.resolve("/editor/queue")).statusCode())
                .isEqualTo(200);

        administration.changeRoles(
                editor.id(), reload(editor).version(), EnumSet.of(Role.EDITOR, Role.ADMIN), admin.id());
        HttpResponse<String> changed = Desk.get(session, base.resolve("/editor/queue"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?ended"));
        HttpClient again = Desk.signedIn(base, editor.email(), Fixtures.PASSWORD);
        assertThat(Desk.get(again, base.resolve("/admin/users")).statusCode()).isEqualTo(200);

        administration.disable(editor.id(), reload(editor).version(), admin.id());
        assertThat(Desk.get(again, base.resolve("/editor/queue")).statusCode()).isEqualTo(302);
        assertThat(Desk.signIn(WebForm.client(), base, editor.email(), Fixtures.PASSWORD)
                        .statusCode())
                .isNotEqualTo(302);

        administration.enable(editor.id(), reload(editor).version(), admin.id());
        Desk.signedIn(base, editor.email(), Fixtures.PASSWORD);
    }

    @Test
    void aNewPasswordEndsTheAccountsOtherSessionsAndTheSentLinkIsNotKept() throws Exception {
        URI base = url.toURI().resolve("/");
        Account admin = admin();
        Account editor = fixtures.account("Forgetful Editor", Role.EDITOR);
        HttpClient before = Desk.signedIn(base, editor.email(), Fixtures.PASSWORD);
        assertThat(Desk.get(before, base.resolve("/editor/queue")).statusCode()).isEqualTo(200);

        administration.sendNewLink(editor.id(), admin.id());
        String link = Mailbox.of(editor.email()).awaitOne().link("/welcome/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        HttpResponse<String> chosen = WebForm.read(WebForm.client(), URI.create(link), "welcomeForm")
                .set("password", PASSWORD)
                .set("repeat", PASSWORD)
                .press("choose");
        assertThat(chosen.statusCode()).isEqualTo(302);

        HttpResponse<String> ended = Desk.get(before, base.resolve("/editor/queue"));
        assertThat(ended.statusCode())
                .as("the session signed in with the old password")
                .isEqualTo(302);
        assertThat(ended.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?ended"));
        HttpClient after = Desk.signedIn(base, editor.email(), PASSWORD);
        assertThat(Desk.get(after, base.resolve("/editor/queue")).statusCode()).isEqualTo(200);

        // The email was sent: neither the outbox row nor the admins' outbox page holds the token.
        String kept = Awaitility.await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> sentBodies(editor.email()), body -> body != null);
        assertThat(kept).contains("/welcome/[link removed once sent]").doesNotContain(token);
        HttpClient asAdmin = Desk.signedIn(base, Desk.adminEmail(), Desk.adminPassword());
        assertThat(Desk.get(asAdmin, base.resolve("/admin/outbox")).body()).doesNotContain(token);
    }

    private String sentBodies(String recipient) throws Exception {
        transaction.begin();
        try {
            return (String) em.createNativeQuery("SELECT string_agg(body, ' ') FROM outbox_message"
                            + " WHERE recipient = ?1 AND status = 'SENT'")
                    .setParameter(1, recipient)
                    .getSingleResult();
        } finally {
            transaction.commit();
        }
    }

    @Test
    void aStaleFormCannotOverwriteAnotherAdminsChange() {
        Account admin = admin();
        Account editor = fixtures.account("Twice Changed", Role.EDITOR);
        int seen = editor.version();
        administration.changeRoles(editor.id(), seen, EnumSet.of(Role.EDITOR, Role.ADMIN), admin.id());
        assertThatThrownBy(() -> administration.disable(editor.id(), seen, admin.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("changed");
    }
}
