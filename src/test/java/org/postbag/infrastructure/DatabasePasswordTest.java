package org.postbag.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabasePasswordTest {

    @Test
    void outsideDemoModeThePublishedPasswordIsRefused() {
        assertThat(DatabasePassword.refusal(false, Optional.of("postbag")))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("POSTBAG_DB_PASSWORD")
                        .contains("published default")
                        .contains("set POSTBAG_DB_PASSWORD"));
    }

    @Test
    void outsideDemoModeNoPasswordIsRefusedBecausePostbagCliThenUsesThePublishedOne() {
        assertThat(DatabasePassword.refusal(false, Optional.empty())).hasValueSatisfying(reason -> assertThat(reason)
                .contains("POSTBAG_DB_PASSWORD is not set")
                .contains("'postbag'"));
    }

    @Test
    void aPasswordOfItsOwnIsAccepted() {
        assertThat(DatabasePassword.refusal(false, Optional.of("a long passphrase")))
                .isEmpty();
        assertThat(DatabasePassword.refusal(false, Optional.of("Postbag1"))).isEmpty();
    }

    @Test
    void demoModeRunsWithAnyPassword() {
        assertThat(DatabasePassword.refusal(true, Optional.of("postbag"))).isEmpty();
        assertThat(DatabasePassword.refusal(true, Optional.empty())).isEmpty();
    }
}
