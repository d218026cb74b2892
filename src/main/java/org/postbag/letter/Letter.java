package org.postbag.letter;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>Its parts, each mapped on the letter's own columns: the {@link EditorClaim} of the editor
 * working on it, its {@link PagePlacement} on an issue's page, its {@link Provenance} (hashes and
 * sketches of where it came from) and its {@link Revisions}. The verbs stay here, because
 * every one of them also asks where the letter stands.
 */
@Entity
@Table(name = "letter")
@NamedQuery(name = "Letter.byReference", query = "select l from Letter l where l.reference = :reference")
@NamedQuery(name = "Letter.bySubmissionKey", query = "select l from Letter l where l.provenance.submissionKey = :key")
@NamedQuery(
        name = "Letter.byAccessTokenHash",
        query = "select l from Letter l where l.provenance.accessTokenHash = :hash")
@NamedQuery(
        name = "Letter.countFromAddressSince",
        query = "select count(l) from Letter l where lower(l.author.email) = lower(:email) and l.receivedAt >= :since")
@NamedQuery(
        name = "Letter.sameTextSince",
        query = "select l from Letter l where l.provenance.bodyHash = :bodyHash and l.receivedAt >= :since"
                + " order by l.receivedAt")
public class Letter {

    public static final int MAX_BODY = 20_000;
    public static final int MAX_CONTACT_DETAILS = 500;
    public static final int MAX_CITATION = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_id")
    @SequenceGenerator(name = "letter_id", sequenceName = "letter_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    @Convert(converter = LetterReferenceConverter.class)
    private LetterReference reference;

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

    /** Null only once the writer was erased (Hibernate reads an embeddable of null columns as null). */
    @Embedded
    private Provenance provenance;

    /** Null while nobody holds the letter. */
    @Embedded
    private EditorClaim claim;

    /** Null while the letter is on no page. */
    @Embedded
    private PagePlacement placement;

    @Embedded
    private Revisions revisions = new Revisions();

    @Enumerated(EnumType.STRING)
    @Column(name = "arrived_by", nullable = false, updatable = false)
    private Arrival arrivedBy = Arrival.FORM;

    /** For a postal letter: who verified the writer, and how ("phoned the writer, R. Patel"). */
    @Column(name = "verified_by")
    private String verifiedBy;

    /** The magazine section the letter belongs to (an id of {@code house.Section}); null: none yet. */
    @Column(name = "section_id")
    private Long sectionId;

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
        this(
                new LetterReference(requireNonNull(reference, "reference")),
                author,
                nameWithheld,
                subject,
                body,
                receivedAt);
    }

    public Letter(
            LetterReference reference,
            Author author,
            boolean nameWithheld,
            String subject,
            String body,
            Instant receivedAt) {
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
        this.provenance = Provenance.ofText(body);
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
        provenance.arrivedThrough(submissionKey, accessTokenHash, submitterHash);
        this.contactDetails = blankToNull(contactDetails);
        this.citation = blankToNull(citation);
    }

    /** The writing's fingerprint for finding near-identical letters; set once, before storing. */
    public void fingerprint(MinHash.Summary summary) {
        if (id != null) {
            throw new IllegalStateException("set before the letter is stored");
        }
        provenance.fingerprint(summary);
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

    /** Puts the letter in a section (null: in none); who may do so is the services' rule. */
    public void placeInSection(Long sectionId) {
        this.sectionId = sectionId;
    }

    public Long sectionId() {
        return sectionId;
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
        EditorClaim.requireFreeOrHeldBy(claim, editor, reference(), ". Take it over to work on it.");
        if (!status.isOpen()) {
            throw refused(", so there is nothing to claim.");
        }
        claim = new EditorClaim(editor, at);
    }

    /** Another editor takes the letter from whoever holds it, explicitly. */
    public Account takeOver(Account editor, Instant at) {
        Account previous = claimedBy();
        claim = null;
        claim(editor, at);
        return previous;
    }

    public void release(Account editor) {
        EditorClaim.requireFreeOrHeldBy(
                claim, editor, reference(), ", so only they can release it. Take it over first.");
        claim = null;
    }

    /** Approves the letter as it stands now: its latest revision (or the text as sent) is what will print. */
    public Transition approve(Account editor) {
        Transition transition = decide(editor, LetterStatus.APPROVED, "approved");
        revisions.approveLatest();
        return transition;
    }

    /**
     * An editor's edit, saved as a new revision. The text as sent is untouched; the word count
     * and headline follow the new revision. An approved letter keeps its approved revision
     * until an editor approves the new one.
     */
    public Revision revise(Account editor, Revision.Text text, String reason, Instant at) {
        requireFreeOrHeldBy(editor);
        if (!status.isEditable()) {
            throw refused(", so it cannot be edited.");
        }
        Revision revision = revisions.add(this, text, editor, at, reason);
        wordCount = revision.wordCount();
        return revision;
    }

    /** Pins the latest revision as the one to print, for a letter approved before it was edited. */
    public void approveLatestVersion(Account editor) {
        requireFreeOrHeldBy(editor);
        if (status != LetterStatus.APPROVED && status != LetterStatus.SCHEDULED) {
            throw refused(": approve it first.");
        }
        revisions.approveLatest();
    }

    /** A correction to a published letter: its latest revision becomes the printed text. */
    public void correctToLatestVersion(Account editor) {
        requireFreeOrHeldBy(editor);
        if (status != LetterStatus.PUBLISHED) {
            throw refused(", so there is nothing to correct.");
        }
        revisions.approveLatest();
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
        if (!revisions.contains(revision)) {
            throw new IllegalArgumentException("not a revision of " + reference);
        }
        Transition transition = moveTo(LetterStatus.APPROVED, "approved");
        revisions.approve(revision);
        return transition;
    }

    /** The writer did not agree: the letter goes back to the editors, held. */
    public Transition writerDeclined() {
        return moveTo(LetterStatus.HELD, "held");
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
        if (!decided.isUndoableDecision() || !previous.isUndoTarget()) {
            throw new DomainException("That cannot be undone.");
        }
        requireFreeOrHeldBy(editor);
        LetterStatus from = status;
        status = previous;
        return new Transition(from, previous);
    }

    /** A decision releases the letter: the next step is someone else's (or nobody's). */
    private Transition decide(Account editor, LetterStatus next, String done) {
        requireFreeOrHeldBy(editor);
        Transition transition = moveTo(next, done);
        claim = null;
        return transition;
    }

    private void requireFreeOrHeldBy(Account editor) {
        EditorClaim.requireFreeOrHeldBy(claim, editor, reference(), ". Take it over first if you want to act on it.");
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
            throw refused(": only approved letters go on a page.");
        }
        if (placement != null && !placement.isOn(issueId) && status == LetterStatus.PUBLISHED) {
            throw new DomainException("Letter " + reference + " is on another issue's page already.");
        }
        placement = new PagePlacement(issueId, position);
        return status == LetterStatus.APPROVED ? moveTo(LetterStatus.SCHEDULED, "scheduled") : unchanged();
    }

    public void moveOnPage(int position) {
        placement = requireOnPage().movedTo(position);
    }

    public Transition takeOffPage() {
        requireOnPage();
        placement = null;
        return status == LetterStatus.SCHEDULED ? moveTo(LetterStatus.APPROVED, "taken off the page") : unchanged();
    }

    /** Public now: with its issue's page, or online on its own first. */
    public Transition publishNow() {
        return status == LetterStatus.PUBLISHED ? unchanged() : moveTo(LetterStatus.PUBLISHED, "published");
    }

    /** Taken down after publication; back among the approved letters, off any page. */
    public Transition unpublish() {
        Transition transition = moveTo(LetterStatus.APPROVED, "unpublished");
        placement = null;
        return transition;
    }

    private PagePlacement requireOnPage() {
        if (placement == null) {
            throw new DomainException("Letter " + reference + " is not on a page.");
        }
        return placement;
    }

    /** @param done what the transition does to the letter, for the message: "approved" */
    private Transition moveTo(LetterStatus next, String done) {
        if (!status.mayMoveTo(next)) {
            throw refused(", so it cannot be " + done + ".");
        }
        Transition transition = new Transition(status, next);
        this.status = next;
        return transition;
    }

    private Transition unchanged() {
        return new Transition(status, status);
    }

    /** @param why after "Letter L-2026-00042 is approved": ", so it cannot be edited." */
    private DomainException refused(String why) {
        return new DomainException("Letter " + reference + " is " + status.label() + why);
    }

    /** The sign-off as the writer asked for it, before any editor touches it. */
    public String requestedSignOff() {
        return nameWithheld ? "Name and address supplied" : author.signOff();
    }

    /** What an editor works on now: the latest revision, or the text as sent. */
    public Revision.Text currentText() {
        Revision latest = revisions.latest();
        return latest != null ? latest.text() : new Revision.Text(subject, originalBody, requestedSignOff());
    }

    /** What will print: the approved revision, or the text as sent when that was approved. */
    public Revision.Text textForPrint() {
        Revision approved = revisions.approved();
        String headline = revisions.headline();
        return approved != null
                ? approved.text()
                : new Revision.Text(headline != null ? headline : subject, originalBody, requestedSignOff());
    }

    public Revision latestRevision() {
        return revisions.latest();
    }

    public List<Revision> revisions() {
        return revisions.all();
    }

    public Revision approvedRevision() {
        return revisions.approved();
    }

    public String headline() {
        return revisions.headline();
    }

    /** The letter's place on an issue's page, or empty while it is on none. */
    public Optional<PagePlacement> placement() {
        return Optional.ofNullable(placement);
    }

    /** The editor holding the letter and since when, or empty while nobody does. */
    public Optional<EditorClaim> claim() {
        return Optional.ofNullable(claim);
    }

    public Account claimedBy() {
        return claim == null ? null : claim.editor();
    }

    /** Where the letter came from; for an erased writer's letter, nothing (every hash null). */
    public Provenance provenance() {
        return provenance != null ? provenance : Provenance.erased();
    }

    public Long id() {
        return id;
    }

    /** The reference as text, as pages, emails and the other features' tables hold it. */
    public String reference() {
        return reference.value();
    }

    public LetterReference letterReference() {
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

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public String contactDetails() {
        return contactDetails;
    }

    public String citation() {
        return citation;
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
