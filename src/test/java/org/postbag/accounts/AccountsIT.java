package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/** Accounts in PostgreSQL, PBKDF2 passwords, the first admin from the environment, lock-out. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(AccountsIT.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    SignInGuard guard;

    @Inject
    Fixtures fixtures;

    @Test
    void theFirstAdminComesFromTheEnvironmentWithAHashedPassword() {
        Account admin = accounts.byEmail(Desk.adminEmail()).orElseThrow();

        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.ADMIN);
        assertThat(admin.displayName()).isEqualTo("Ada Admin");
        assertThat(admin.passwordHash())
                .startsWith("PBKDF2WithHmacSHA512:210000:")
                .doesNotContain(Desk.adminPassword());
        assertThat(accounts.byEmail("editor@demo.postbag.org"))
                .as("no demo accounts outside demo mode")
                .isEmpty();
    }

    @Test
    void theRightPasswordLetsAnEditorInAndAWrongOneDoesNot() {
        Account editor = fixtures.account("Eddie Tor", Role.EDITOR);

        assertThat(guard.check(editor.email(), Fixtures.PASSWORD)).contains(editor);
        assertThat(guard.check(editor.email().toUpperCase(), Fixtures.PASSWORD)).contains(editor);
        assertThat(guard.check(editor.email(), "wrong password")).isEmpty();
        assertThat(guard.check("nobody." + editor.email(), Fixtures.PASSWORD)).isEmpty();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightOne() {
        Account editor = fixtures.account("Lock Tester", Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            assertThat(guard.check(editor.email(), "guess " + i)).isEmpty();
        }

        assertThat(guard.check(editor.email(), Fixtures.PASSWORD)).isEmpty();

        Account locked = accounts.byEmail(editor.email()).orElseThrow();
        assertThat(locked.lockedUntil())
                .isCloseTo(Instant.now().plus(Duration.ofMinutes(15)), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        Account editor = fixtures.account("Gone Away", Role.EDITOR);
        fixtures.disable(editor.email());

        assertThat(guard.check(editor.email(), Fixtures.PASSWORD)).isEmpty();
    }
}
