package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInGuardTest {

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
    void failuresCountAgainstTheAddressOrItsSlash64(String address, String countedAs) {
        assertThat(SignInGuard.counted(address)).isEqualTo(countedAs);
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
        assertThat(SignInGuard.counted(address)).isEqualTo(countedAs);
    }
}
