package org.postbag.letter;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.postbag.accounts.Account;
import org.postbag.infrastructure.DomainException;

/**
 * A letter to the editor, from the moment a reader sends it.
 *
 * <p>Its life: {@link LetterStatus#UNCONFIRMED} until the writer confirms the email address,
 * then {@link LetterStatus#NEW} in the editors' queue, where editors hold, approve, reject or
 * mark it as spam; approved letters are scheduled on an issue's letters page and published.
 * The writer may withdraw it until it is public. Every change of status goes through a verb
 * here, which refuses a transition {@link LetterStatus#mayMoveTo} does not allow.
 *
 * <p>The text as submitted is kept forever: {@code originalBody} is written once and never
 * updated. Its identity is the public reference (e.g. {@code L-2026-00042}), not the id.
 */
@Entity
@Table(name = "letter")
@NamedQuery(name = "Letter.byReference", query = "select l from Letter l where l.reference = :reference")
@NamedQuery(name = "Letter.bySubmissionKey", query = "select l from Letter l where l.submissionKey = :key")
@NamedQuery(name = "Letter.byAccessTokenHash", query = "select l from Letter l where l.accessTokenHash = :hash")
@NamedQuery(
        name = "Letter.countFromAddressSince",
        query = "select count(l) from Letter l where lower(l.author.email) = lower(:email) and l.receivedAt >= :since")
@NamedQuery(
        name = "Letter.sameTextSince",
        query = "select l from Letter l where l.bodyHash = :bodyHash and l.receivedAt >= :since order by l.receivedAt")
public class Letter {

    public static final int MAX_BODY = 20_000;
    public static final int MAX_CONTACT_DETAILS = 500;
    public static final int MAX_CITATION = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_id")
    @SequenceGenerator(name = "letter_id", sequenceName = "letter_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LetterStatus status;

    @Embedded
    private Author author;

    @Column(name = "name_withheld", nullable = false)
    private boolean nameWithheld;

    private String subject;

    @Column(name = "original_body", nullable = false, updatable = false)
    private String originalBody;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** Postal address or telephone, for the desk to verify the writer; never published. */
    @Column(name = "contact_details")
    private String contactDetails;

    /** What the reader says the letter answers, in their own words: "your article on trams, no. 117". */
    private String citation;

    @Column(name = "submission_key", unique = true, updatable = false)
    private String submissionKey;

    @Column(name = "access_token_hash", unique = true, updatable = false)
    private String accessTokenHash;

    @Column(name = "body_hash", updatable = false)
    private String bodyHash;

    @Column(name = "submitter_hash", updatable = false)
    private String submitterHash;

    /** The editor working on the letter now, if any: others may look, but must take it over to act. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claimed_by")
    private Account claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "minhash_bands", updatable = false)
    private long[] minhashBands;

    /** {@link MinHash}'s sketch of the text, to estimate its likeness to another without the text. */
    @Column(name = "minhash_sketch", updatable = false)
    private byte[] minhashSketch;

    /** The editor's headline, as in the latest revision (kept here for the queue). */
    private String headline;

    @OneToMany(mappedBy = "letter", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<Revision> revisions = new ArrayList<>();

    /** The revision approved for print; null while the text as sent is what an editor approved. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_revision_id")
    private Revision approvedRevision;

    /** The issue whose letters page this letter is on, and its place there. */
    @Column(name = "page_issue_id")
    private Long pageIssueId;

    @Column(name = "page_position")
    private Integer pagePosition;

    @Enumerated(EnumType.STRING)
    @Column(name = "arrived_by", nullable = false, updatable = false)
    private Arrival arrivedBy = Arrival.FORM;

    /** For a postal letter: who verified the writer, and how ("phoned the writer, R. Patel"). */
    @Column(name = "verified_by")
    private String verifiedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "letter_flag", joinColumns = @JoinColumn(name = "letter_id"))
    private Set<Flag> flags = new LinkedHashSet<>();

    @Version
    private int version;

    protected Letter() {}

    /**
     * A letter as the reader sent it. The body must already be normalised ({@link LetterText#normalise}).
     */
    public Letter(
            String reference, Author author, boolean nameWithheld, String subject, String body, Instant receivedAt) {
        this.reference = requireNonNull(reference, "reference");
        this.author = requireNonNull(author, "author");
        this.nameWithheld = nameWithheld;
        this.subject = subject == null || subject.isBlank() ? null : subject;
        requireNonNull(body, "body");
        if (body.isBlank() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("body must hold 1 to " + MAX_BODY + " characters");
        }
        this.originalBody = body;
        this.wordCount = LetterText.countWords(body);
        this.receivedAt = requireNonNull(receivedAt, "receivedAt");
        this.bodyHash = LetterText.fingerprint(body);
        this.status = LetterStatus.UNCONFIRMED;
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
        if (this.id != null) {
            throw new IllegalStateException("a stored letter's arrival cannot change");
        }
        this.submissionKey = submissionKey;
        this.accessTokenHash = accessTokenHash;
        this.submitterHash = submitterHash;
        this.contactDetails = blankToNull(contactDetails);
        this.citation = blankToNull(citation);
    }

    /** The way in, when it is not the form: set once, before the letter is stored. */
    public void arrivedBy(Arrival arrival) {
        if (this.id != null) {
            throw new IllegalStateException("a stored letter's arrival cannot change");
        }
        this.arrivedBy = requireNonNull(arrival);
    }

    /**
     * A postal letter typed in by an editor enters the queue at once: there is no address to
     * confirm, and the note says who checked that the writer is real.
     */
    public Transition receivedByPost(String verifiedBy, Instant at) {
        if (arrivedBy != Arrival.POST) {
            throw new IllegalStateException("only a postal letter is verified by the desk");
        }
        if (verifiedBy == null || verifiedBy.isBlank()) {
            throw new DomainException("Say who verified the writer, and how.");
        }
        this.verifiedBy = verifiedBy.strip();
        return confirm(at);
    }

    public Arrival arrivedBy() {
        return arrivedBy;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public void flag(Collection<Flag> noticed) {
        flags.addAll(noticed);
    }

    /** Replaces the flags of one kind with these (none, to clear them): for checks that are run again. */
    public void replaceFlags(FlagKind kind, Collection<Flag> current) {
        Set<Flag> kept = new LinkedHashSet<>();
        flags.stream().filter(flag -> flag.kind() != kind).forEach(kept::add);
        kept.addAll(current);
        if (!kept.equals(flags)) {
            flags.clear();
            flags.addAll(kept);
        }
    }

    /** Screening was sure: the letter goes straight to the spam folder, and no email is sent. */
    public Transition arriveAsSpam() {
        return moveTo(LetterStatus.SPAM, "marked as spam");
    }

    /** The writer followed the link in the confirmation email: the letter enters the queue. */
    public Transition confirm(Instant at) {
        if (confirmedAt != null) {
            return new Transition(status, status);
        }
        Transition transition = moveTo(LetterStatus.NEW, "confirmed");
        this.confirmedAt = requireNonNull(at);
        return transition;
    }

    /** The writer took the letter back. Only until it is published. */
    public Transition withdraw() {
        if (!status.isWithdrawable()) {
            throw new DomainException(
                    "This letter is " + status.forTheWriter() + ", so it can no longer be withdrawn.");
        }
        return moveTo(LetterStatus.WITHDRAWN, "withdrawn");
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    /**
     * When the writer's private link to the letter stops working: never while the letter is
     * open or on its way to print, and {@code afterOutcome} after it was closed. A private
     * link that works for ever is a key nobody can take back; a writer needs it only until
     * the outcome, and a while after to read it.
     */
    public Optional<Instant> writersLinkExpiry(Instant closedAt, Duration afterOutcome) {
        return status.isClosed() ? Optional.of(closedAt.plus(afterOutcome)) : Optional.empty();
    }

    /** An editor starts work on the letter; others see who holds it. */
    public void claim(Account editor, Instant at) {
        requireNonNull(editor);
        if (claimedBy != null && !claimedBy.equals(editor)) {
            throw new DomainException(
                    "Letter " + reference + " is held by " + claimedBy.displayName() + ". Take it over to work on it.");
        }
        if (!status.isOpen()) {
            throw new DomainException(
                    "Letter " + reference + " is " + status.label() + ", so there is nothing to claim.");
        }
        claimedBy = editor;
        claimedAt = requireNonNull(at);
    }

    /** Another editor takes the letter from whoever holds it, explicitly. */
    public Account takeOver(Account editor, Instant at) {
        Account previous = claimedBy;
        claimedBy = null;
        claim(editor, at);
        return previous;
    }

    public void release(Account editor) {
        if (claimedBy == null) {
            return;
        }
        if (!claimedBy.equals(editor)) {
            throw new DomainException("Letter " + reference + " is held by " + claimedBy.displayName()
                    + ", so only they can release it. Take it over first.");
        }
        claimedBy = null;
        claimedAt = null;
    }

    /** Approves the letter as it stands now: its latest revision (or the text as sent) is what will print. */
    public Transition approve(Account editor) {
        Transition transition = decide(editor, LetterStatus.APPROVED, "approved");
        approvedRevision = latestRevision();
        return transition;
    }

    /**
     * An editor's edit, saved as a new revision. The text as sent is untouched; the word count
     * and headline follow the new revision. An approved letter keeps its approved revision
     * until an editor approves the new one.
     */
    public Revision revise(Account editor, Revision.Text text, String reason, Instant at) {
        requireFreeOrHeldBy(editor);
        if (!EDITABLE.contains(status)) {
            throw new DomainException("Letter " + reference + " is " + status.label() + ", so it cannot be edited.");
        }
        Revision revision = new Revision(this, revisions.size() + 1, text, editor, at, reason);
        revisions.add(revision);
        headline = text.headline();
        wordCount = revision.wordCount();
        return revision;
    }

    private static final Set<LetterStatus> EDITABLE = EnumSet.of(
            LetterStatus.NEW,
            LetterStatus.HELD,
            LetterStatus.APPROVED,
            LetterStatus.SCHEDULED,
            LetterStatus.WAITING_FOR_AUTHOR,
            LetterStatus.PUBLISHED);

    /** Pins the latest revision as the one to print, for a letter approved before it was edited. */
    public void approveLatestVersion(Account editor) {
        requireFreeOrHeldBy(editor);
        if (status != LetterStatus.APPROVED && status != LetterStatus.SCHEDULED) {
            throw new DomainException("Letter " + reference + " is " + status.label() + ": approve it first.");
        }
        approvedRevision = latestRevision();
    }

    /** A correction to a published letter: its latest revision becomes the printed text. */
    public void correctToLatestVersion(Account editor) {
        requireFreeOrHeldBy(editor);
        if (status != LetterStatus.PUBLISHED) {
            throw new DomainException(
                    "Letter " + reference + " is " + status.label() + ", so there is nothing to correct.");
        }
        approvedRevision = latestRevision();
    }

    /** The editor sends the latest revision to the writer, and the letter waits for the answer. */
    public Transition awaitWriter(Account editor) {
        if (revisions.isEmpty()) {
            throw new DomainException("Edit the letter first: there is no cut to show the writer.");
        }
        return decide(editor, LetterStatus.WAITING_FOR_AUTHOR, "sent to the writer");
    }

    /** The writer agreed to the cut: that revision is approved for print. */
    public Transition writerAccepted(Revision revision) {
        requireOwn(revision);
        Transition transition = moveTo(LetterStatus.APPROVED, "approved");
        approvedRevision = revision;
        return transition;
    }

    /** The writer did not agree: the letter goes back to the editors, held. */
    public Transition writerDeclined() {
        return moveTo(LetterStatus.HELD, "held");
    }

    private void requireOwn(Revision revision) {
        if (revision == null || !revisions.contains(revision)) {
            throw new IllegalArgumentException("not a revision of " + reference);
        }
    }

    public Revision latestRevision() {
        return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    public Revision approvedRevision() {
        return approvedRevision;
    }

    /** The sign-off as the writer asked for it, before any editor touches it. */
    public String requestedSignOff() {
        return nameWithheld ? "Name and address supplied" : author.signOff();
    }

    /** What an editor works on now: the latest revision, or the text as sent. */
    public Revision.Text currentText() {
        Revision latest = latestRevision();
        return latest != null ? latest.text() : new Revision.Text(subject, originalBody, requestedSignOff());
    }

    /** What will print: the approved revision, or the text as sent when that was approved. */
    public Revision.Text textForPrint() {
        return approvedRevision != null
                ? approvedRevision.text()
                : new Revision.Text(headline != null ? headline : subject, originalBody, requestedSignOff());
    }

    public String headline() {
        return headline;
    }

    public Transition reject(Account editor) {
        return decide(editor, LetterStatus.REJECTED, "rejected");
    }

    public Transition hold(Account editor) {
        return decide(editor, LetterStatus.HELD, "held");
    }

    public Transition markSpam(Account editor) {
        return decide(editor, LetterStatus.SPAM, "marked as spam");
    }

    public Transition notSpam(Account editor) {
        if (status != LetterStatus.SPAM) {
            throw new DomainException("Letter " + reference + " is not in the spam folder.");
        }
        return decide(editor, LetterStatus.NEW, "moved out of spam");
    }

    /**
     * Undoes an editor's last decision: back to the status the letter had before it. The
     * caller names that status from the audit trail; only a decision can be undone.
     */
    public Transition undo(Account editor, LetterStatus decided, LetterStatus previous) {
        if (status != decided) {
            throw new DomainException(
                    "Letter " + reference + " has changed since that decision, so it cannot be undone.");
        }
        if (!UNDOABLE.contains(decided) || !UNDO_TARGETS.contains(previous)) {
            throw new DomainException("That cannot be undone.");
        }
        requireFreeOrHeldBy(editor);
        LetterStatus from = status;
        status = previous;
        return new Transition(from, previous);
    }

    private static final Set<LetterStatus> UNDOABLE = EnumSet.of(
            LetterStatus.APPROVED, LetterStatus.REJECTED, LetterStatus.HELD, LetterStatus.SPAM, LetterStatus.NEW);
    private static final Set<LetterStatus> UNDO_TARGETS = EnumSet.of(
            LetterStatus.NEW, LetterStatus.HELD, LetterStatus.APPROVED, LetterStatus.SPAM, LetterStatus.REJECTED);

    /** A decision releases the letter: the next step is someone else's (or nobody's). */
    private Transition decide(Account editor, LetterStatus next, String done) {
        requireFreeOrHeldBy(editor);
        Transition transition = moveTo(next, done);
        claimedBy = null;
        claimedAt = null;
        return transition;
    }

    private void requireFreeOrHeldBy(Account editor) {
        if (editor != null && claimedBy != null && !claimedBy.equals(editor)) {
            throw new DomainException("Letter " + reference + " is held by " + claimedBy.displayName()
                    + ". Take it over first if you want to act on it.");
        }
    }

    public void approve() {
        moveTo(LetterStatus.APPROVED, "approved");
    }

    public void publish() {
        moveTo(LetterStatus.PUBLISHED, "published");
    }

    /**
     * Put on an issue's letters page. An approved letter waits there (scheduled); a letter
     * already published online keeps its status and will also appear in print.
     */
    public Transition placeOnPage(long issueId, int position) {
        if (status != LetterStatus.APPROVED && status != LetterStatus.SCHEDULED && status != LetterStatus.PUBLISHED) {
            throw new DomainException(
                    "Letter " + reference + " is " + status.label() + ": only approved letters go on a page.");
        }
        if (pageIssueId != null && pageIssueId != issueId && status == LetterStatus.PUBLISHED) {
            throw new DomainException("Letter " + reference + " is on another issue's page already.");
        }
        this.pageIssueId = issueId;
        this.pagePosition = position;
        return status == LetterStatus.APPROVED
                ? moveTo(LetterStatus.SCHEDULED, "scheduled")
                : new Transition(status, status);
    }

    public void moveOnPage(int position) {
        if (pageIssueId == null) {
            throw new DomainException("Letter " + reference + " is not on a page.");
        }
        this.pagePosition = position;
    }

    public Transition takeOffPage() {
        if (pageIssueId == null) {
            throw new DomainException("Letter " + reference + " is not on a page.");
        }
        this.pageIssueId = null;
        this.pagePosition = null;
        return status == LetterStatus.SCHEDULED
                ? moveTo(LetterStatus.APPROVED, "taken off the page")
                : new Transition(status, status);
    }

    /** Public now: with its issue's page, or online on its own first. */
    public Transition publishNow() {
        if (status == LetterStatus.PUBLISHED) {
            return new Transition(status, status);
        }
        return moveTo(LetterStatus.PUBLISHED, "published");
    }

    /** Taken down after publication; back among the approved letters, off any page. */
    public Transition unpublish() {
        Transition transition = moveTo(LetterStatus.APPROVED, "unpublished");
        pageIssueId = null;
        pagePosition = null;
        return transition;
    }

    public Long pageIssueId() {
        return pageIssueId;
    }

    public Integer pagePosition() {
        return pagePosition;
    }

    /** The writing's fingerprint for finding near-identical letters; set once, before storing. */
    public void fingerprint(MinHash.Summary summary) {
        if (id != null) {
            throw new IllegalStateException("set before the letter is stored");
        }
        this.minhashBands = summary.bands().clone();
        this.minhashSketch =
                summary.sketch().length == 0 ? null : summary.sketch().clone();
    }

    /** @param done what the transition does to the letter, for the message: "approved" */
    private Transition moveTo(LetterStatus next, String done) {
        if (!status.mayMoveTo(next)) {
            throw new DomainException(
                    "Letter " + reference + " is " + status.label() + ", so it cannot be " + done + ".");
        }
        Transition transition = new Transition(status, next);
        this.status = next;
        return transition;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public LetterStatus status() {
        return status;
    }

    public Author author() {
        return author;
    }

    public boolean nameWithheld() {
        return nameWithheld;
    }

    public String subject() {
        return subject;
    }

    public String originalBody() {
        return originalBody;
    }

    public int wordCount() {
        return wordCount;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Account claimedBy() {
        return claimedBy;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public boolean isClaimed() {
        return claimedBy != null;
    }

    public long[] minhashBands() {
        return minhashBands == null ? new long[0] : minhashBands.clone();
    }

    /** Null for a letter stored before sketches were kept. */
    public byte[] minhashSketch() {
        return minhashSketch == null ? null : minhashSketch.clone();
    }

    public String contactDetails() {
        return contactDetails;
    }

    public String citation() {
        return citation;
    }

    public String bodyHash() {
        return bodyHash;
    }

    public List<Flag> flags() {
        return List.copyOf(flags);
    }

    public boolean hasFlag(FlagKind kind) {
        return flags.stream().anyMatch(flag -> flag.kind() == kind);
    }

    public int version() {
        return version;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Letter letter && reference.equals(letter.reference);
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }

    @Override
    public String toString() {
        return reference + " (" + status + ")";
    }
}
