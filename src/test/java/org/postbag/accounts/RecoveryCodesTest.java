package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDifferentCodesInTwoGroupsOfFive() {
        List<String> codes = RecoveryCodes.fresh();

        assertThat(codes).hasSize(10);
        assertThat(new HashSet<>(codes)).hasSize(10);
        assertThat(codes).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(codes).noneMatch(c -> c.matches(".*[01ilo].*"));
    }

    @Test
    void typedBackInAnyCaseWithOrWithoutTheDash() {
        String code = RecoveryCodes.fresh().get(0);
        String bare = code.replace("-", "");

        assertThat(RecoveryCodes.normalise(code)).isEqualTo(bare);
        assertThat(RecoveryCodes.normalise(" " + code.toUpperCase() + " ")).isEqualTo(bare);
        assertThat(RecoveryCodes.normalise(bare.substring(0, 5) + " " + bare.substring(5)))
                .isEqualTo(bare);
    }

    @Test
    void whatCannotBeACodeIsNotOne() {
        assertThat(RecoveryCodes.normalise(null)).isNull();
        assertThat(RecoveryCodes.normalise("123456")).isNull();
        assertThat(RecoveryCodes.normalise("abcde-fghi")).isNull();
        assertThat(RecoveryCodes.normalise("abcde-fghil"))
                .as("l is not in the alphabet")
                .isNull();
    }
}
