package org.postbag.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientRatesTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void aClientOverItsLimitWaitsForTheRestOfItsWindow() {
        ClientRates rates = new ClientRates(64);
        for (int i = 0; i < 3; i++) {
            assertThat(rates.admit("203.0.113.7", 3, MINUTE, i * SECOND)).isZero();
        }

        assertThat(rates.admit("203.0.113.7", 3, MINUTE, 20 * SECOND)).isEqualTo(Duration.ofSeconds(40));
        assertThat(rates.admit("203.0.113.8", 3, MINUTE, 20 * SECOND)).isZero();
        assertThat(rates.admit("203.0.113.7", 3, MINUTE, 60 * SECOND)).isZero();
    }

    @Test
    void aLimitOfNoneAdmitsEverythingAndHoldsNothing() {
        ClientRates rates = new ClientRates(64);
        for (int i = 0; i < 1000; i++) {
            assertThat(rates.admit("203.0.113.7", 0, MINUTE, i)).isZero();
        }
        assertThat(rates.clients()).isZero();
    }

    @Test
    void aFloodFromEveryAddressLeavesTheTableItsSize() {
        ClientRates rates = new ClientRates(4096);
        for (int i = 0; i < 1_000_000; i++) {
            rates.admit("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255), 5, MINUTE, i);
            rates.admit("2001:db8:" + Integer.toHexString(i) + "::/64", 5, MINUTE, i);
        }
        assertThat(rates.slots()).isEqualTo(4096);
        assertThat(rates.clients()).isEqualTo(4096);
    }

    @Test
    void underAFloodNoClientIsRefusedBeforeItsLimit() {
        ClientRates rates = new ClientRates(64);
        for (int i = 0; i < 10_000; i++) {
            assertThat(rates.admit("198.18.0." + (i % 500), 30, MINUTE, i)).isZero();
        }
    }
}
