package org.postbag.letter;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
 * <p>Where it stands and who holds it (its status and the {@link EditorClaim} of the editor working
 * on it, {@link #claim()}) is its {@link LetterWorkflow}. Its parts, each mapped on the letter's
 * own tables and read through the letter: its {@link PagePlacement} on
 * an issue's page ({@link #placement()}), its {@link Provenance}: how it arrived, what came with
 * it, hashes and sketches ({@link #provenance()}), its {@link Revisions} ({@link #revisions()})
 * and its {@link Flags} ({@link #flags()}). What depends on where the letter stands is a verb
 * here; what does not (how it arrived, what checks noticed) is written on the part itself.
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
public class Letter extends LetterWorkflow {

    public static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_id")
    @SequenceGenerator(name = "letter_id", sequenceName = "letter_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    @Convert(converter = LetterReferenceConverter.class)
    private LetterReference reference;

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

    @Embedded
    private Provenance provenance;

    /** Null while the letter is on no page. */
    @Embedded
    private PagePlacement placement;

    @Embedded
    private Revisions revisions = new Revisions();

    @Embedded
    private Flags flags = new Flags();

    /** The magazine section the letter belongs to (an id of {@code house.Section}); null: none yet. */
    @Column(name = "section_id")
    private Long sectionId;

    @Version
    private int version;

    protected Letter() {}

    /** A letter as the reader sent it. The body must already be normalised ({@link LetterText#normalise}). */
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
     * A postal letter typed in by an editor enters the queue at once: there is no address to
     * confirm, and the note says who checked that the writer is real.
     */
    public Transition receivedByPost(String verifiedBy, Instant at) {
        provenance.verifiedBy(verifiedBy);
        return confirm(at);
    }

    /** Puts the letter in a section (null: in none); who may do so is the services' rule. */
    public void placeInSection(Long sectionId) {
        this.sectionId = sectionId;
    }

    public Long sectionId() {
        return sectionId;
    }

    /** Screening was sure: the letter goes straight to the spam folder, and no email is sent. */
    public Transition arriveAsSpam() {
        return moveTo(LetterStatus.SPAM, "marked as spam");
    }

    /** The writer followed the link in the confirmation email: the letter enters the queue. */
    public Transition confirm(Instant at) {
        if (confirmedAt != null) {
            return unchanged();
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
        require(status.isEditable(), "letter.refused.edit");
        Revision revision = revisions.add(this, text, editor, at, reason);
        wordCount = revision.wordCount();
        return revision;
    }

    /** Pins the latest revision as the one to print, for a letter approved before it was edited. */
    public void approveLatestVersion(Account editor) {
        requireFreeOrHeldBy(editor);
        require(status == LetterStatus.APPROVED || status == LetterStatus.SCHEDULED, "letter.refused.notApproved");
        revisions.approveLatest();
    }

    /** A correction to a published letter: its latest revision becomes the printed text. */
    public void correctToLatestVersion(Account editor) {
        requireFreeOrHeldBy(editor);
        require(status == LetterStatus.PUBLISHED, "letter.refused.correct");
        revisions.approveLatest();
    }

    /** The editor sends the latest revision to the writer, and the letter waits for the answer. */
    public Transition awaitWriter(Account editor) {
        if (revisions.isEmpty()) {
            throw DomainException.of("letter.refused.noCut");
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

    /**
     * The writer agreed to the cut, but the editor did not ask for that to approve it (or it
     * cannot be approved so): the letter comes back to the desk, held and flagged, with that
     * revision as its latest, for an editor to approve.
     */
    public Transition writerAcceptedForTheDesk(Revision revision, String why) {
        if (!revisions.contains(revision)) {
            throw new IllegalArgumentException("not a revision of " + reference);
        }
        Transition transition = moveTo(LetterStatus.HELD, "held");
        flags.replace(FlagKind.WRITER_ACCEPTED, List.of(new Flag(FlagKind.WRITER_ACCEPTED, why)));
        return transition;
    }

    /** The writer did not agree: the letter goes back to the editors, held. */
    public Transition writerDeclined() {
        return moveTo(LetterStatus.HELD, "held");
    }

    /** Approved without an editor's decision: a letter brought in from the archive or the demo. */
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
        require(
                status == LetterStatus.APPROVED || status == LetterStatus.SCHEDULED || status == LetterStatus.PUBLISHED,
                "letter.refused.page");
        if (placement != null && !placement.isOn(issueId) && status == LetterStatus.PUBLISHED) {
            throw DomainException.of("letter.refused.otherPage", reference);
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
            throw DomainException.of("letter.refused.notOnPage", reference);
        }
        return placement;
    }

    /** An editor has decided on what the writer accepted: the flag has done its work. */
    @Override
    protected void decided() {
        flags.replace(FlagKind.WRITER_ACCEPTED, List.of());
    }

    /** The text as the writer sent it, signed as they asked, before any editor touches it. */
    public Revision.Text textAsSent() {
        return new Revision.Text(subject, originalBody, nameWithheld ? "Name and address supplied" : author.signOff());
    }

    /** What an editor works on now: the latest revision, or the text as sent. */
    public Revision.Text currentText() {
        return revisions.current(textAsSent());
    }

    /** What will print: the approved revision, or the text as sent when that was approved. */
    public Revision.Text textForPrint() {
        return revisions.forPrint(textAsSent());
    }

    /** The letter's edits: every revision, the one approved for print, the latest headline. */
    public Revisions revisions() {
        return revisions;
    }

    /** The letter's place on an issue's page, or empty while it is on none. */
    public Optional<PagePlacement> placement() {
        return Optional.ofNullable(placement);
    }

    /** How the letter arrived and what came with it; for an erased writer's letter, only the way in. */
    public Provenance provenance() {
        return provenance;
    }

    public Long id() {
        return id;
    }

    /** The reference as text, as pages, emails and the other features' tables hold it. */
    @Override
    public String reference() {
        return reference.value();
    }

    public LetterReference letterReference() {
        return reference;
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

    /** What screening and the later checks noticed about the letter. */
    public Flags flags() {
        return flags;
    }

    public int version() {
        return version;
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
