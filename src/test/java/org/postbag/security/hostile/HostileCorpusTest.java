package org.postbag.security.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The corpus itself: big enough, no input twice, and every script it holds tells the browser test it ran. */
class HostileCorpusTest {

    private static final Pattern COULD_RUN = Pattern.compile("<script|\\bon[a-z]+\\s*=|javascript:|expression\\(");
    private static final Pattern SETS_A_FLAG = Pattern.compile("_xss|'xss'|xss\\)|alert");

    @Test
    void theCorpusHoldsMoreThanFiveHundredDistinctInputs() {
        List<String> inputs = HostileCorpus.base();

        assertThat(inputs).hasSizeGreaterThanOrEqualTo(520).doesNotHaveDuplicates();
        assertThat(HostileCorpus.combined()).hasSize(inputs.size() * 5);
    }

    @Test
    void everyPayloadThatCouldRunScriptSetsTheFlagTheBrowserTestReads() {
        List<String> silent = HostileCorpus.base().stream()
                .filter(input -> {
                    String lower = input.toLowerCase(Locale.ROOT);
                    // Script from elsewhere cannot set our flag; the checks of the markup catch it.
                    return COULD_RUN.matcher(lower).find()
                            && !SETS_A_FLAG.matcher(lower).find()
                            && !lower.contains("attacker.example");
                })
                .toList();

        assertThat(silent).isEmpty();
    }

    @Test
    void aSplitPayloadIsCutInTwoAndIsAnInputAsAWhole() {
        List<HostileCorpus.Split> splits = HostileCorpus.splits();

        assertThat(splits).hasSizeGreaterThanOrEqualTo(25);
        assertThat(splits).allSatisfy(split -> {
            assertThat(split.first()).isNotEmpty();
            assertThat(split.second()).isNotEmpty();
            assertThat(HostileCorpus.base()).contains(split.whole());
        });
        assertThat(HostileCorpus.unescape("<scr\\|ipt>a\\|b")).isEqualTo("<script>ab");
        assertThat(HostileCorpus.unescape("\\\\|")).isEqualTo("\\|");
    }

    @Test
    void packingKeepsEveryInputInOrderAndUnderTheLimit() {
        List<String> inputs = HostileCorpus.base();

        List<String> packed = HostileCorpus.packed(inputs, 200);

        assertThat(String.join(" ", packed)).isEqualTo(String.join(" ", inputs));
        assertThat(packed).allSatisfy(value -> assertThat(value.length() <= 200 || inputs.contains(value))
                .isTrue());
        assertThat(packed.size()).isLessThan(inputs.size() / 2);
        assertThat(HostileCorpus.groups(inputs, 6).stream().mapToInt(List::size).sum())
                .isEqualTo(inputs.size());
    }
}
