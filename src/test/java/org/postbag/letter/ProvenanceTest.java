package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.postbag.infrastructure.DomainException;

class ProvenanceTest {

    @Test
    void theTextAsSentIsFingerprintedFromTheStart() {
        Provenance provenance = Provenance.ofText("The ceiling is where the passengers live.");

        assertThat(provenance.bodyHash())
                .isEqualTo(LetterText.fingerprint("The ceiling is where the passengers live."))
                .isNotEqualTo(
                        Provenance.ofText("The floor is where they stand.").bodyHash());
        assertThat(provenance.submissionKey()).isNull();
        assertThat(provenance.minhashBands()).isEmpty();
        assertThat(provenance.minhashSketch()).isNull();
    }

    @Test
    void theSketchIsCopiedInAndOut() {
        Provenance provenance = Provenance.ofText("text");
        long[] bands = {1L, 2L, 3L};
        byte[] sketch = {4, 5, 6};

        provenance.fingerprint(new MinHash.Summary(bands, sketch));
        bands[0] = 99L;
        provenance.minhashSketch()[0] = 99;

        assertThat(provenance.minhashBands()).containsExactly(1L, 2L, 3L);
        assertThat(provenance.minhashSketch()).containsExactly(4, 5, 6);
    }

    @Test
    void anEmptySketchIsKeptAsNone() {
        Provenance provenance = Provenance.ofText("text");

        provenance.fingerprint(new MinHash.Summary(new long[] {1L}, new byte[0]));

        assertThat(provenance.minhashSketch()).isNull();
    }

    @Test
    void aLetterKeepsHowItArrivedAndWhatCameWithIt() {
        Letter letter = LetterTest.letter();

        letter.provenance().arrivedThrough("form-1", "token-hash", "sender-hash", " ", "your article on trams");

        assertThat(letter.provenance().arrivedBy())
                .as("the form, unless said otherwise")
                .isEqualTo(Arrival.FORM);
        assertThat(letter.provenance().submissionKey()).isEqualTo("form-1");
        assertThat(letter.provenance().accessTokenHash()).isEqualTo("token-hash");
        assertThat(letter.provenance().submitterHash()).isEqualTo("sender-hash");
        assertThat(letter.provenance().contactDetails()).isNull();
        assertThat(letter.provenance().citation()).isEqualTo("your article on trams");
        assertThatThrownBy(() -> Provenance.ofText(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void onlyAPostalLetterIsVerifiedByTheDeskAndTheVerifierIsRequired() {
        Letter byForm = LetterTest.letter();
        assertThatThrownBy(() -> byForm.receivedByPost("Phoned the writer", Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);

        Letter byPost = LetterTest.letter();
        byPost.provenance().arrivedBy(Arrival.POST);
        assertThatThrownBy(() -> byPost.receivedByPost(" ", Instant.EPOCH))
                .isInstanceOf(DomainException.class)
                .hasMessage("Say who verified the writer, and how.");

        byPost.receivedByPost("  Phoned the writer, R. Patel ", Instant.EPOCH);

        assertThat(byPost.provenance().verifiedBy()).isEqualTo("Phoned the writer, R. Patel");
        assertThat(byPost.status()).isEqualTo(LetterStatus.NEW);
    }
}
