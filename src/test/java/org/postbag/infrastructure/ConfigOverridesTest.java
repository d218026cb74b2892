package org.postbag.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The tests' settings overrides: seen where they are meant to be, and gone once closed. */
class ConfigOverridesTest {

    private final Config config = new Config();

    @Test
    void anOverrideForThisThreadIsSeenByNoOtherThreadAndIsUndoneOnClose() throws Exception {
        try (var low = Config.Overrides.forThisThread("POSTBAG_TEST_LIMIT", "3")) {
            assertThat(config.integer("POSTBAG_TEST_LIMIT", 20)).isEqualTo(3);
            assertThat(CompletableFuture.supplyAsync(() -> config.integer("POSTBAG_TEST_LIMIT", 20))
                            .get())
                    .isEqualTo(20);
        }
        assertThat(config.integer("POSTBAG_TEST_LIMIT", 20)).isEqualTo(20);
    }

    @Test
    void anOverrideForTheServerIsSeenByEveryThreadAndPutsBackWhatWasThere() throws Exception {
        try (var outer = Config.Overrides.forTheServer("POSTBAG_TEST_PORT", "25")) {
            try (var inner = Config.Overrides.forTheServer("POSTBAG_TEST_PORT", "9")) {
                assertThat(CompletableFuture.supplyAsync(() -> config.string("POSTBAG_TEST_PORT", "none"))
                                .get())
                        .isEqualTo("9");
            }
            assertThat(config.string("POSTBAG_TEST_PORT", "none")).isEqualTo("25");
        }
        assertThat(config.string("POSTBAG_TEST_PORT", "none")).isEqualTo("none");
    }

    @Test
    void anOverrideWinsOverTheSystemProperty() {
        System.setProperty("postbag.test.flag", "false");
        try (var on = Config.Overrides.forThisThread("POSTBAG_TEST_FLAG", "true")) {
            assertThat(config.flag("POSTBAG_TEST_FLAG", false)).isTrue();
        } finally {
            System.clearProperty("postbag.test.flag");
        }
    }
}
