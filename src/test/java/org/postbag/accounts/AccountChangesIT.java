package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.house.AdminEvent;
import org.postbag.house.AdminEvents;
import org.postbag.house.Section;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/**
 * Every change to an account (roles, sections, disabled and enabled, second factor set up and
 * reset, password) goes into the admins' trail, and a change of credentials ends the account's
 * other sessions, on the next request they make, whichever server they are on (the time of the
 * change is in the database): the session that made the change goes on, and nobody else's ends.
 */
@ExtendWith(ArquillianExtension.class)
class AccountChangesIT {

    private static final String NEW_PASSWORD = "a much longer password for the trail";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(AccountChangesIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    SectionAdministration sections;

    @Inject
    SecondFactors secondFactors;

    @Inject
    AdminEvents events;

    private final Totp totp = new Totp();

    private URI base() throws Exception {
        return url.toURI().resolve("/");
    }

    private Account admin() {
        return accounts.byEmail(Desk.adminEmail()).orElseThrow();
    }

    private int version(Account account) {
        return accounts.byId(account.id()).orElseThrow().version();
    }

    private List<AdminEvent> trailFor(Account account) {
        List<AdminEvent> trail = new ArrayList<>(events.latest(1_000).stream()
                .filter(event -> event.subject().equals(account.email()))
                .toList());
        Collections.reverse(trail);
        return trail;
    }

    @Test
    void everyChangeToAnAccountIsInTheAdminsTrail() throws Exception {
        Account admin = admin();
        Account editor = fixtures.account("Trail Editor", Role.EDITOR);
        Section city = sections.define("Trail city " + System.nanoTime(), null, admin.id());

        administration.changeRoles(editor.id(), version(editor), EnumSet.of(Role.EDITOR, Role.ADMIN), admin.id());
        administration.changeRoles(editor.id(), version(editor), EnumSet.of(Role.EDITOR), admin.id());
        sections.limit(editor.id(), version(editor), Set.of(city.id()), admin.id());
        sections.limit(editor.id(), version(editor), Set.of(), admin.id());
        administration.disable(editor.id(), version(editor), admin.id());
        administration.enable(editor.id(), version(editor), admin.id());
        SecondFactors.Enrolment enrolment = secondFactors.newEnrolment(editor);
        secondFactors.enrol(editor.id(), enrolment.secret(), totp.code(enrolment.secret(), Instant.now()));
        secondFactors.reset(editor.id(), admin.id());
        administration.sendNewLink(editor.id(), admin.id());
        String link = Mailbox.of(editor.email()).awaitOne().link("/welcome/");
        administration.acceptInvitation(link.substring(link.lastIndexOf('/') + 1), NEW_PASSWORD);

        List<AdminEvent> trail = trailFor(editor);
        assertThat(trail)
                .extracting(AdminEvent::action)
                .containsExactly(
                        "ROLES_CHANGED",
                        "ROLES_CHANGED",
                        "SECTIONS_CHANGED",
                        "SECTIONS_CHANGED",
                        "DISABLED",
                        "ENABLED",
                        "SECOND_FACTOR_ENROLLED",
                        "SECOND_FACTOR_REMOVED",
                        "LINK_SENT",
                        "PASSWORD_SET");
        assertThat(trail)
                .extracting(AdminEvent::detail)
                .contains(
                        "editor → admin, editor",
                        "every section → " + city.name(),
                        city.name() + " → every section",
                        "reset by an admin");
        assertThat(trail.get(2).actor()).isEqualTo(admin.displayName());
        assertThat(trail.get(6).actor()).as("set up by the holder").isEqualTo(editor.displayName());
        assertThat(events.latest(1_000))
                .anyMatch(event -> event.action().equals("SECTION_DEFINED")
                        && event.subject().equals(city.name()));
    }

    @Test
    void anAdminsResetOfASecondFactorEndsEverySessionOfThatAccountAndNoOtherOne() throws Exception {
        Account editor = fixtures.account("Reset Holder", Role.EDITOR);
        SecondFactors.Enrolment enrolment = secondFactors.newEnrolment(editor);
        List<String> codes = secondFactors
                .enrol(editor.id(), enrolment.secret(), totp.code(enrolment.secret(), Instant.now()))
                .recoveryCodes();
        HttpClient first = signedInWithCode(editor, codes.get(0));
        HttpClient second = signedInWithCode(editor, codes.get(1));
        HttpClient adminSession = Desk.signedIn(base(), Desk.adminEmail(), Desk.adminPassword());
        Account bystander = fixtures.account("Reset Bystander", Role.EDITOR);
        HttpClient bystanderSession = Desk.signedIn(base(), bystander.email(), Fixtures.PASSWORD);

        secondFactors.reset(editor.id(), admin().id());

        for (HttpClient session : List.of(first, second)) {
            assertEnded(Desk.get(session, base().resolve("/editor/queue")));
        }
        assertThat(Desk.get(adminSession, base().resolve("/admin/users")).statusCode())
                .as("the admin who reset it")
                .isEqualTo(200);
        assertThat(Desk.get(bystanderSession, base().resolve("/editor/queue")).statusCode())
                .as("another account")
                .isEqualTo(200);
        assertThat(Desk.signIn(WebForm.client(), base(), editor.email(), Fixtures.PASSWORD)
                        .statusCode())
                .as("the password alone, now that the factor is gone")
                .isEqualTo(302);
    }

    @Test
    void newRecoveryCodesEndTheOtherSessionsAndKeepTheOneThatAskedForThem() throws Exception {
        Account editor = fixtures.account("Code Renewer", Role.EDITOR);
        SecondFactors.Enrolment enrolment = secondFactors.newEnrolment(editor);
        List<String> codes = secondFactors
                .enrol(editor.id(), enrolment.secret(), totp.code(enrolment.secret(), Instant.now()))
                .recoveryCodes();
        HttpClient here = signedInWithCode(editor, codes.get(0));
        HttpClient elsewhere = signedInWithCode(editor, codes.get(1));

        HttpResponse<String> renewed = WebForm.read(here, base().resolve("/account"), "secondFactorForm")
                .set("currentCode", codes.get(2))
                .press("newRecoveryCodes");
        assertThat(renewed.statusCode()).isEqualTo(302);

        assertThat(Desk.get(here, base().resolve("/editor/queue")).statusCode())
                .as("the session that made the change")
                .isEqualTo(200);
        assertEnded(Desk.get(elsewhere, base().resolve("/editor/queue")));
        assertThat(trailFor(editor)).extracting(AdminEvent::action).contains("RECOVERY_CODES_REPLACED");
    }

    @Test
    void aChangeOfRolesOrSectionsTakesEffectAtTheNextRequest() throws Exception {
        Account admin = admin();
        Account editor = fixtures.account("Next Request", Role.EDITOR);
        Section section = sections.define("Next request " + System.nanoTime(), null, admin.id());
        HttpClient session = Desk.signedIn(base(), editor.email(), Fixtures.PASSWORD);
        assertThat(Desk.get(session, base().resolve("/editor/queue")).statusCode())
                .isEqualTo(200);

        // A section limit is read on every query: the session goes on, with fewer letters.
        sections.limit(editor.id(), version(editor), Set.of(section.id()), admin.id());
        HttpResponse<String> queue = Desk.get(session, base().resolve("/editor/queue?tab=all"));
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("No letters here.");

        administration.changeRoles(editor.id(), version(editor), EnumSet.of(Role.EDITOR, Role.ADMIN), admin.id());
        assertEnded(Desk.get(session, base().resolve("/editor/queue")));
    }

    private HttpClient signedInWithCode(Account account, String code) throws Exception {
        HttpClient client = WebForm.client();
        HttpResponse<String> password = Desk.signIn(client, base(), account.email(), Fixtures.PASSWORD);
        assertThat(password.statusCode()).isEqualTo(200);
        HttpResponse<String> signedIn = WebForm.of(client, base().resolve("/sign-in"), password.body(), "codeForm")
                .set("code", code)
                .press("confirmCode");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return client;
    }

    private static void assertEnded(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?ended");
    }
}
