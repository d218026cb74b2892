package org.postbag.letter;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.postbag.infrastructure.DomainException;

/**
 * Where a letter came from and what came with it: the way in ({@link Arrival}), who verified a
 * postal writer, the contact details and the citation the writer added, and, kept as hashes and
 * sketches rather than as what they stand for, the key of the form it was sent from, the hash
 * of the writer's private token, the keyed hash of the sender's address, the fingerprint of the
 * text as sent, and {@link MinHash}'s bands and sketch for finding near-identical letters.
 *
 * <p>All are written as the letter arrives, before it is first stored, and the mapping never
 * updates them; erasing a writer clears them in the database.
 */
@Embeddable
public class Provenance {

    public static final int MAX_CONTACT_DETAILS = 500;
    public static final int MAX_CITATION = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "arrived_by", nullable = false, updatable = false)
    private Arrival arrivedBy = Arrival.FORM;

    /** For a postal letter: who verified the writer, and how ("phoned the writer, R. Patel"). */
    @Column(name = "verified_by", updatable = false)
    private String verifiedBy;

    /** Postal address or telephone, for the desk to verify the writer; never published. */
    @Column(name = "contact_details", updatable = false)
    private String contactDetails;

    /** What the reader says the letter answers, in their own words: "your article on trams, no. 117". */
    @Column(updatable = false)
    private String citation;

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

    /** The provenance of a text as sent, before anything is known about how it arrived. */
    static Provenance ofText(String body) {
        Provenance provenance = new Provenance();
        provenance.bodyHash = LetterText.fingerprint(requireNonNull(body, "body"));
        return provenance;
    }

    /**
     * How the letter reached the desk: the key of the form it came from, the hash of the
     * writer's private token, the hashed sender address, and what the writer added.
     */
    public void arrivedThrough(
            String submissionKey,
            String accessTokenHash,
            String submitterHash,
            String contactDetails,
            String citation) {
        this.submissionKey = submissionKey;
        this.accessTokenHash = accessTokenHash;
        this.submitterHash = submitterHash;
        this.contactDetails = blankToNull(contactDetails);
        this.citation = blankToNull(citation);
    }

    /** The way in, when it is not the form. */
    public void arrivedBy(Arrival arrival) {
        this.arrivedBy = requireNonNull(arrival);
    }

    /** Who verified a postal letter's writer, and how: required, and only for a postal letter. */
    void verifiedBy(String verifiedBy) {
        if (arrivedBy != Arrival.POST) {
            throw new IllegalStateException("only a postal letter is verified by the desk");
        }
        if (verifiedBy == null || verifiedBy.isBlank()) {
            throw DomainException.of("post.verifiedBy.missing");
        }
        this.verifiedBy = verifiedBy.strip();
    }

    /** The writing's fingerprint for finding near-identical letters. */
    public void fingerprint(MinHash.Summary summary) {
        this.minhashBands = summary.bands().clone();
        this.minhashSketch =
                summary.sketch().length == 0 ? null : summary.sketch().clone();
    }

    public Arrival arrivedBy() {
        return arrivedBy;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public String contactDetails() {
        return contactDetails;
    }

    public String citation() {
        return citation;
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
