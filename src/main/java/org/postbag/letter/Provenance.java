package org.postbag.letter;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Where a letter came from, kept as hashes and sketches rather than as what they stand for: the
 * key of the form it was sent from, the hash of the writer's private token, the keyed hash of
 * the sender's address, the fingerprint of the text as sent, and {@link MinHash}'s bands and
 * sketch for finding near-identical letters. All are written before the letter is first stored
 * and never updated; erasing a writer clears them in the database.
 */
@Embeddable
public class Provenance {

    @Column(name = "submission_key", unique = true, updatable = false)
    private String submissionKey;

    @Column(name = "access_token_hash", unique = true, updatable = false)
    private String accessTokenHash;

    @Column(name = "submitter_hash", updatable = false)
    private String submitterHash;

    @Column(name = "body_hash", updatable = false)
    private String bodyHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "minhash_bands", updatable = false)
    private long[] minhashBands;

    /** {@link MinHash}'s sketch of the text, to estimate its likeness to another without the text. */
    @Column(name = "minhash_sketch", updatable = false)
    private byte[] minhashSketch;

    protected Provenance() {}

    /** What is left of an erased writer's letter: nothing. */
    static Provenance erased() {
        return new Provenance();
    }

    /** The provenance of a text as sent, before anything is known about how it arrived. */
    static Provenance ofText(String body) {
        Provenance provenance = new Provenance();
        provenance.bodyHash = LetterText.fingerprint(requireNonNull(body, "body"));
        return provenance;
    }

    void arrivedThrough(String submissionKey, String accessTokenHash, String submitterHash) {
        this.submissionKey = submissionKey;
        this.accessTokenHash = accessTokenHash;
        this.submitterHash = submitterHash;
    }

    void fingerprint(MinHash.Summary summary) {
        this.minhashBands = summary.bands().clone();
        this.minhashSketch =
                summary.sketch().length == 0 ? null : summary.sketch().clone();
    }

    public String submissionKey() {
        return submissionKey;
    }

    public String accessTokenHash() {
        return accessTokenHash;
    }

    public String submitterHash() {
        return submitterHash;
    }

    public String bodyHash() {
        return bodyHash;
    }

    public long[] minhashBands() {
        return minhashBands == null ? new long[0] : minhashBands.clone();
    }

    /** Null for a letter stored before sketches were kept. */
    public byte[] minhashSketch() {
        return minhashSketch == null ? null : minhashSketch.clone();
    }
}
