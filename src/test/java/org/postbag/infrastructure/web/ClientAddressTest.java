package org.postbag.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @Test
    void behindNginxAddingToTheHeaderTheClientsOwnForgeryIsIgnored() {
        // proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for: what the client sent,
        // then the address nginx saw.
        assertThat(ClientAddress.of("10.0.0.1", "127.0.0.1, 10.0.0.2, 198.51.100.7", PROXIES))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void aProxyThatIsNotTrustedIsWarnedAboutOnceAndForAFewAddressesAtMost() {
        List<String> warnings = new ArrayList<>();
        Logger log = Logger.getLogger(ClientAddress.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(handler);
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(ClientAddress.of("192.0.2.10", "198.51.100.1", PROXIES))
                        .isEqualTo("192.0.2.10");
            }
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0)).contains("192.0.2.10").contains("POSTBAG_TRUSTED_PROXIES");
            for (int i = 0; i < 100; i++) {
                ClientAddress.of("192.0.2." + (100 + i), "198.51.100.1", PROXIES);
            }
            assertThat(warnings).hasSizeLessThanOrEqualTo(ClientAddress.MOST_WARNINGS);
            assertThat(ClientAddress.of("203.0.113.9", null, PROXIES)).isEqualTo("203.0.113.9");
        } finally {
            log.removeHandler(handler);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "203.0.113.7|203.0.113.7",
                "' 203.0.113.7 '|203.0.113.7",
                "2001:db8:aa:bb::1|2001:db8:aa:bb:0:0:0:0/64",
                "2001:db8:aa:bb:ffff:ffff:ffff:ffff|2001:db8:aa:bb:0:0:0:0/64",
                "2001:0DB8:00AA:00BB:0000:0000:0000:0001|2001:db8:aa:bb:0:0:0:0/64",
                "[2001:db8:aa:bb::2]|2001:db8:aa:bb:0:0:0:0/64",
                "2001:db8:aa:bb::3%eth0|2001:db8:aa:bb:0:0:0:0/64",
                "2001:db8:aa:bc::1|2001:db8:aa:bc:0:0:0:0/64",
                "::ffff:203.0.113.7|203.0.113.7",
                "::FFFF:cb00:7107|203.0.113.7",
                "0:0:0:0:0:ffff:203.0.113.7|203.0.113.7",
                "::1|0:0:0:0:0:0:0:0/64",
                "2001:db8:aa:bb:1:2:203.0.113.7|2001:db8:aa:bb:0:0:0:0/64"
            })
    void aClientIsCountedByItsAddressOrItsSlash64(String address, String countedAs) {
        assertThat(ClientAddress.network(address)).isEqualTo(countedAs);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "not an address|not an address",
                "2001:db8::zz|2001:db8::zz",
                "1:2:3:4:5:6:7:8:9|1:2:3:4:5:6:7:8:9",
                "DEAD.BEEF|dead.beef",
                "010.1.1.1|010.1.1.1",
                "256.1.1.1|256.1.1.1"
            })
    void anythingElseCountsAsItCameWithoutBeingLookedUp(String address, String countedAs) {
        assertThat(ClientAddress.network(address)).isEqualTo(countedAs);
    }
}
