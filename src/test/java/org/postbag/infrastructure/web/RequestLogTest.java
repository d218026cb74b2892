package org.postbag.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void aLineIsKeyValuePairsWithTheTimeInMilliseconds() {
        assertThat(RequestLog.line("GET", "/issues/121", 200, 12_345, 4))
                .isEqualTo("method=GET path=/issues/121 status=200 ms=12.3 queries=4");
    }

    @Test
    void theTimeIsRoundedToATenthOfAMillisecondHalfUp() {
        assertThat(RequestLog.line("GET", "/", 200, 0, 0)).contains(" ms=0.0 ");
        assertThat(RequestLog.line("GET", "/", 200, 49, 0)).contains(" ms=0.0 ");
        assertThat(RequestLog.line("GET", "/", 200, 50, 0)).contains(" ms=0.1 ");
        assertThat(RequestLog.line("GET", "/", 200, 1_050, 0)).contains(" ms=1.1 ");
        assertThat(RequestLog.line("GET", "/", 200, 1_249, 0)).contains(" ms=1.2 ");
        assertThat(RequestLog.line("GET", "/", 200, 999_950, 0)).contains(" ms=1000.0 ");
    }

    @Test
    void thePrivateTokenInALinkIsNotLogged() {
        assertThat(RequestLog.line("GET", "/confirm/AbC123xyz_-", 200, 1_000, 2))
                .isEqualTo("method=GET path=/confirm/- status=200 ms=1.0 queries=2");
        assertThat(RequestLog.line("POST", "/welcome/Zz9", 302, 1_000, 2)).contains("path=/welcome/- ");
        assertThat(RequestLog.line("GET", "/letters/L-2026-00001/trams", 200, 1_000, 2))
                .contains("path=/letters/L-2026-00001/trams ");
    }

    @Test
    void aPathCannotForgeAFieldOrALine() {
        assertThat(RequestLog.line("GET", "/a b\"\n status=999", 404, 1_000, 0))
                .isEqualTo("method=GET path=/a%20b%22%0A%20status=999 status=404 ms=1.0 queries=0");
        assertThat(RequestLog.line("GET", "/x\\y\u007f\t", 404, 1_000, 0)).contains("path=/x%5Cy%7F%09 ");
    }
}
