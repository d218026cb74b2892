package org.postbag.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.AccountAdministration;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.Role;
import org.postbag.demo.DemoDatabase;
import org.postbag.demo.DemoDatabase.Outcome;
import org.postbag.house.Site;
import org.postbag.infrastructure.Config;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/**
 * The demo accounts, whose passwords the README publishes, exist only in a database the demo
 * filled itself. Each test runs the start-up logic in a transaction of its own and rolls it
 * back, so that the shared test database (which the demo did not fill) is left as it was.
 */
@ExtendWith(ArquillianExtension.class)
class DemoModeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(DemoModeIT.class);
    }

    @Inject
    DemoDatabase demo;

    @Inject
    AccountAdministration administration;

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    @Inject
    Site site;

    @ArquillianResource
    URL url;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @BeforeEach
    void begin() throws Exception {
        transaction.begin();
    }

    @AfterEach
    void rollBack() throws Exception {
        transaction.rollback();
    }

    private Account demoAccount(String email, Role... roles) {
        return administration.ensureDemo(email, "Demo", "demo-password-of-the-test", EnumSet.copyOf(List.of(roles)));
    }

    private long issues() {
        return em.createQuery("select count(i) from Issue i", Long.class).getSingleResult();
    }

    @Test
    void aStartWithoutDemoModeDisablesEveryDemoAccountAndNoOther() {
        Account editor = demoAccount(DemoDatabase.DEMO_EDITOR, Role.EDITOR);
        Account admin = demoAccount(DemoDatabase.DEMO_ADMIN, Role.EDITOR, Role.ADMIN);
        Account real = fixtures.account("Real Editor", Role.EDITOR);

        assertThat(demo.start(false)).isEqualTo(Outcome.NORMAL);

        em.flush();
        em.clear();
        assertThat(accounts.byEmail(editor.email()).orElseThrow().isDisabled()).isTrue();
        assertThat(accounts.byEmail(admin.email()).orElseThrow().isDisabled()).isTrue();
        assertThat(accounts.byEmail(real.email()).orElseThrow().isDisabled()).isFalse();
        assertThat(em.createNativeQuery("SELECT count(*) FROM admin_event WHERE action = 'DISABLED' AND subject = ?1")
                        .setParameter(1, admin.email())
                        .getSingleResult())
                .isEqualTo(1L);
    }

    @Test
    void demoModeOnADatabaseTheDemoDidNotFillLoadsNothingAndCreatesNoDemoAccount() {
        fixtures.account("Real Editor", Role.EDITOR);
        assertThat(demo.demosOwn()).isFalse();
        long issuesBefore = issues();

        assertThat(demo.start(true)).isEqualTo(Outcome.REFUSED);

        assertThat(accounts.byEmail(DemoDatabase.DEMO_EDITOR)).isEmpty();
        assertThat(accounts.byEmail(DemoDatabase.DEMO_ADMIN)).isEmpty();
        assertThat(issues()).isEqualTo(issuesBefore);
        assertThat(demo.demosOwn()).isFalse();
    }

    @Test
    void demoModeOnADatabaseTheDemoDidNotFillDisablesDemoAccountsAlreadyThere() {
        Account admin = demoAccount(DemoDatabase.DEMO_ADMIN, Role.EDITOR, Role.ADMIN);

        assertThat(demo.start(true)).isEqualTo(Outcome.REFUSED);

        em.flush();
        em.clear();
        assertThat(accounts.byEmail(admin.email()).orElseThrow().isDisabled()).isTrue();
    }

    @Test
    void demoModeInTheDemosOwnDatabaseKeepsItsAccounts() {
        em.createNativeQuery("INSERT INTO demo_database (filled_at) VALUES (now())")
                .executeUpdate();
        Account editor = demoAccount(DemoDatabase.DEMO_EDITOR, Role.EDITOR);
        editor.disable();
        long issuesBefore = issues();

        assertThat(demo.start(true)).isEqualTo(Outcome.DEMO);

        em.flush();
        em.clear();
        Account againEditor = accounts.byEmail(DemoDatabase.DEMO_EDITOR).orElseThrow();
        Account admin = accounts.byEmail(DemoDatabase.DEMO_ADMIN).orElseThrow();
        assertThat(againEditor.isDisabled()).isFalse();
        assertThat(admin.isDemo()).isTrue();
        assertThat(admin.has(Role.ADMIN)).isTrue();
        assertThat(admin.isDisabled()).isFalse();
        assertThat(issues()).as("the demo's own database is filled once").isEqualTo(issuesBefore);
    }

    @Test
    void anAccountOfADemoAddressThatTheDemoDidNotMakeIsLeftAlone() {
        em.createNativeQuery("INSERT INTO demo_database (filled_at) VALUES (now())")
                .executeUpdate();
        Account someone =
                administration.create(DemoDatabase.DEMO_EDITOR, "Someone", Fixtures.PASSWORD, EnumSet.of(Role.EDITOR));
        String hash = someone.passwordHash();

        demo.start(true);
        demo.start(false);

        em.flush();
        em.clear();
        Account after = accounts.byEmail(DemoDatabase.DEMO_EDITOR).orElseThrow();
        assertThat(after.isDemo()).isFalse();
        assertThat(after.isDisabled()).isFalse();
        assertThat(after.passwordHash()).isEqualTo(hash);
    }

    @Test
    void demoModeOnADatabaseTheDemoDidNotFillShowsNeitherTheBannerNorTheDemoPasswords() throws Exception {
        // This server started without demo mode, so its database is not the demo's: as if an
        // admin had pointed the demo at a real database.
        // The sign-in page is a request the server's threads answer, so demo mode must reach them.
        try (var demoMode = Config.Overrides.forTheServer("POSTBAG_DEMO", "true")) {
            assertThat(site.isDemo()).isFalse();
            HttpResponse<String> signIn = Desk.get(WebForm.client(), url.toURI().resolve("/sign-in"));
            assertThat(signIn.body())
                    .doesNotContain(DemoDatabase.DEMO_ADMIN_PASSWORD)
                    .doesNotContain("demo-banner");
        }
    }
}
