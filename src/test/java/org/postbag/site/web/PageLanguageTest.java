package org.postbag.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a staff member's own language counts: the desk, the admin's pages and their own account page, nowhere else. */
class PageLanguageTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"/editor/queue", "/editor/letters/L-2026-00001", "/admin", "/admin/", "/admin/users", "/account"
            })
    void aStaffPageSpeaksTheAccountsLanguage(String path) {
        assertThat(PageLanguage.staffPage(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/write",
                "/issues/12",
                "/letters/L-2026-00001/trams",
                "/search",
                "/sign-in",
                "/welcome/abc",
                "/administration",
                "/accounts",
                "/editorial"
            })
    void aPublicPageSpeaksTheMagazinesLanguage(String path) {
        assertThat(PageLanguage.staffPage(path)).isFalse();
    }
}
