package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String TEXT = "I am writing as a resident of the Aire Valley to urge the Transport Committee"
            + " to keep the trams in public hands. The network was built with public money and should be run for"
            + " the public good, not for shareholders.";
    private static final String UNICODE =
            "İstanbul’s naïve café: 2½ ⅷ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 words—and ÆSIR ﬁnally, ΣΊΣΥΦΟΣ said 42.";

    @Test
    void theSameTextHasTheSameBands() {
        assertThat(MinHash.bands(TEXT)).containsExactly(MinHash.bands(TEXT));
        assertThat(MinHash.bands(TEXT)).hasSize(8);
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        assertThat(MinHash.bands(TEXT.toUpperCase().replace(",", ""))).containsExactly(MinHash.bands(TEXT));
    }

    @Test
    void aLightlyEditedCopySharesABandAndMeasuresAsNearIdentical() {
        String edited = "Dear Sir, " + TEXT + " Yours, from Otley.";

        assertThat(MinHash.similarity(TEXT, edited)).isGreaterThan(0.7);
        assertThat(Arrays.stream(MinHash.bands(edited))
                        .anyMatch(band -> Arrays.stream(MinHash.bands(TEXT)).anyMatch(other -> other == band)))
                .isTrue();
    }

    @Test
    void anUnrelatedTextIsNotSimilar() {
        String other = "Could the setter of the September crossword explain 14 across? My household has argued"
                + " about it for a fortnight and the answer printed in October has settled nothing.";

        assertThat(MinHash.similarity(TEXT, other)).isLessThan(0.1);
        assertThat(Arrays.stream(MinHash.bands(other))
                        .anyMatch(band -> Arrays.stream(MinHash.bands(TEXT)).anyMatch(mine -> mine == band)))
                .isFalse();
    }

    /** Stored letters keep their band hashes: a change to how they are made would hide old campaigns. */
    @Test
    void theBandsOfAKnownTextNeverChange() {
        assertThat(MinHash.bands(TEXT))
                .containsExactly(
                        -171708178873223992L,
                        7050600856805279818L,
                        8174077554101022672L,
                        7096451044287450786L,
                        8734502814973395247L,
                        -1984071522544267123L,
                        5816408441211891652L,
                        4909055524445153263L);
        assertThat(MinHash.bands(UNICODE))
                .containsExactly(
                        -5636264109697153100L,
                        4043107617238227181L,
                        242792055778069402L,
                        1693779914666270833L,
                        -6344988449942991778L,
                        -882583857806668471L,
                        4654204866443129963L,
                        2452810375455799656L);
        assertThat(MinHash.bands("Hi"))
                .containsExactly(
                        782431252855904827L,
                        -1483051301278865821L,
                        8800583575043904787L,
                        476983854856140676L,
                        -6024101952855128606L,
                        -2722829031522850494L,
                        2123980785115600762L,
                        5405488399491634744L);
    }

    /** The shingles are made from the characters directly; they must be what the plain definition gives. */
    @Test
    void theShinglesAreThoseOfThreeWordRunsAsWordsAreDefined() throws IOException {
        List<String> texts = new ArrayList<>(List.of(TEXT, UNICODE, "", "Hi", "two words", "  a  b  c  ", "x2 ½ 3"));
        try (InputStream demo = MinHashTest.class.getResourceAsStream("/demo/tram-debate.json")) {
            texts.add(new String(demo.readAllBytes(), StandardCharsets.UTF_8));
        }
        for (String text : texts) {
            assertThat(MinHash.shingles(text)).as(text).containsExactly(byDefinition(text));
        }
    }

    private static long[] byDefinition(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        List<String> shingles = new ArrayList<>();
        if (words.size() < 3) {
            shingles.addAll(words);
        } else {
            for (int i = 0; i + 3 <= words.size(); i++) {
                shingles.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
            }
        }
        return shingles.stream()
                .mapToLong(shingle -> {
                    long hash = 0xCBF29CE484222325L;
                    for (int i = 0; i < shingle.length(); i++) {
                        hash = (hash ^ shingle.charAt(i)) * 0x100000001B3L;
                    }
                    hash = (hash ^ (hash >>> 30)) * 0xBF58476D1CE4E5B9L;
                    hash = (hash ^ (hash >>> 27)) * 0x94D049BB133111EBL;
                    return hash ^ (hash >>> 31);
                })
                .distinct()
                .sorted()
                .toArray();
    }

    @Test
    void theSketchEstimatesTheLikenessWithoutTheTexts() {
        String edited = "Dear Sir, " + TEXT + " Yours, from Otley.";
        String other = "Could the setter of the September crossword explain 14 across? My household has argued"
                + " about it for a fortnight and the answer printed in October has settled nothing.";
        byte[] sketch = MinHash.summarise(TEXT).sketch();

        assertThat(sketch).hasSize(64).containsExactly(MinHash.summarise(TEXT).sketch());
        assertThat(MinHash.estimate(sketch, sketch)).isEqualTo(1.0);
        assertThat(MinHash.estimate(sketch, MinHash.summarise(edited).sketch())).isGreaterThan(0.5);
        assertThat(MinHash.estimate(sketch, MinHash.summarise(other).sketch())).isLessThan(0.2);
        assertThat(MinHash.summarise(TEXT).bands()).containsExactly(MinHash.bands(TEXT));
    }

    /** Stored letters keep their sketch too: a change to how it is made would hide old campaigns. */
    @Test
    void theSketchOfAKnownTextNeverChanges() {
        assertThat(HexFormat.of().formatHex(MinHash.summarise(TEXT).sketch()))
                .isEqualTo("1337b6840fe21ad04045002b1c20be86e2e9c1e2748c70bc9b12d00d29cc4da1"
                        + "d98fe4a0bd33eb37991cb27803df8ab193a22759f22d7a64b1b8e58c92e044ef");
    }

    /** Over many pairs of letters the estimate stays near the exact measure, as the binomial says. */
    @Test
    void theEstimateFollowsTheExactMeasure() throws IOException {
        String debate;
        try (InputStream demo = MinHashTest.class.getResourceAsStream("/demo/tram-debate.json")) {
            debate = new String(demo.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] words = debate.split("\\s+");
        int pairs = 0;
        for (int cut = 0; cut <= 60; cut += 4) {
            // A text of 80 words against the same text with the last `cut` words swapped for others.
            String a = String.join(" ", Arrays.copyOfRange(words, 100, 180));
            String b = String.join(" ", Arrays.copyOfRange(words, 100, 180 - cut)) + " "
                    + String.join(" ", Arrays.copyOfRange(words, 400, 400 + cut));
            double exact = MinHash.similarity(a, b);
            double estimate = MinHash.estimate(
                    MinHash.summarise(a).sketch(), MinHash.summarise(b).sketch());
            // Four standard deviations of 32 trials at the worst (s = 0.5) is 0.35.
            assertThat(estimate).as("cut %d, exact %.2f", cut, exact).isCloseTo(exact, within(0.35));
            pairs++;
        }
        assertThat(pairs).isEqualTo(16);
    }

    @Test
    void aMissingOrForeignSketchEstimatesNothing() {
        byte[] sketch = MinHash.summarise(TEXT).sketch();

        assertThat(MinHash.estimate(null, sketch)).isNaN();
        assertThat(MinHash.estimate(sketch, new byte[3])).isNaN();
        assertThat(MinHash.summarise("").sketch()).isEmpty();
    }

    @Test
    void shortAndEmptyTextsAreHandled() {
        assertThat(MinHash.bands("")).isEmpty();
        assertThat(MinHash.bands("Hi")).hasSize(8);
        assertThat(MinHash.similarity("", "")).isEqualTo(1.0);
    }
}
