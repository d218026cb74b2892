package org.postbag.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = ClientAddress.parseTrusted("10.0.0.1, 10.0.0.2");

    @Test
    void withoutATrustedProxyTheConnectionIsTheClient() {
        assertThat(ClientAddress.of("203.0.113.5", "198.51.100.1", PROXIES)).isEqualTo("203.0.113.5");
    }

    @Test
    void behindATrustedProxyTheForwardedAddressIsTheClient() {
        assertThat(ClientAddress.of("10.0.0.1", "198.51.100.1", PROXIES)).isEqualTo("198.51.100.1");
    }

    @Test
    void anAddressTheClientForgedAtTheStartOfTheHeaderIsIgnored() {
        assertThat(ClientAddress.of("10.0.0.1", "1.2.3.4, 198.51.100.1, 10.0.0.2", PROXIES))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void aMalformedHeaderIsNotBelieved() {
        assertThat(ClientAddress.of("10.0.0.1", "<script>", PROXIES)).isEqualTo("10.0.0.1");
        assertThat(ClientAddress.of("10.0.0.1", "", PROXIES)).isEqualTo("10.0.0.1");
    }

    @Test
    void theTrustedListIsReadFromCommasOrSpaces() {
        assertThat(ClientAddress.parseTrusted(" 127.0.0.1 ::1,10.0.0.1 "))
                .containsExactlyInAnyOrder("127.0.0.1", "::1", "10.0.0.1");
        assertThat(ClientAddress.parseTrusted("")).isEmpty();
    }
}
