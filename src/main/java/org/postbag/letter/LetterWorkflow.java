package org.postbag.letter;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Optional;
import org.postbag.accounts.Account;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.Wording;

/**
 * Where a {@link Letter} stands and who is working on it: its {@link LetterStatus}, which moves
 * only as {@link LetterStatus#mayMoveTo} allows, and the {@link EditorClaim} of the editor who
 * holds it, with the editors' decisions that move one and end the other. Mapped on the letter's
 * own table ({@code status}, {@code claimed_by}, {@code claimed_at}); {@link Letter} adds its
 * text, writer, revisions and page, and the verbs that depend on them.
 *
 * <p>Every refusal is a {@link DomainException} that names the letter and says why, in the
 * words an editor reads: "Letter L-2026-00042 is approved, so it cannot be edited."
 */
@MappedSuperclass
public abstract class LetterWorkflow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    protected LetterStatus status;

    /** Null while nobody holds the letter. */
    @Embedded
    protected EditorClaim claim;

    /** The reference as text, for the messages of refusals. */
    public abstract String reference();

    /** After an editor's decision: what the letter clears once someone has decided on it. */
    protected abstract void decided();

    /** An editor starts work on the letter; others see who holds it. */
    public void claim(Account editor, Instant at) {
        EditorClaim.requireFreeOrHeldBy(claim, requireNonNull(editor), reference(), "letter.heldBy.takeOver");
        require(status.isOpen(), "letter.refused.claim");
        claim = new EditorClaim(editor, at);
    }

    /** Another editor takes the letter from whoever holds it, explicitly; returns who held it. */
    public Account takeOver(Account editor, Instant at) {
        Account previous = claim().map(EditorClaim::editor).orElse(null);
        claim = null;
        claim(editor, at);
        return previous;
    }

    public void release(Account editor) {
        EditorClaim.requireFreeOrHeldBy(claim, editor, reference(), "letter.heldBy.release");
        claim = null;
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
            throw DomainException.of("letter.refused.notSpam", reference());
        }
        return decide(editor, LetterStatus.NEW, "moved out of spam");
    }

    /**
     * Undoes an editor's last decision: back to the status the letter had before it. The
     * caller names that status from the audit trail; only a decision can be undone.
     */
    public Transition undo(Account editor, LetterStatus decided, LetterStatus previous) {
        if (status != decided) {
            throw DomainException.of("letter.refused.undoChanged", reference());
        }
        if (!decided.isUndoableDecision() || !previous.isUndoTarget()) {
            throw DomainException.of("letter.refused.undo");
        }
        requireFreeOrHeldBy(editor);
        LetterStatus from = status;
        status = previous;
        return new Transition(from, previous);
    }

    /** A decision releases the letter: the next step is someone else's (or nobody's). */
    protected Transition decide(Account editor, LetterStatus next, String done) {
        requireFreeOrHeldBy(editor);
        Transition transition = moveTo(next, done);
        claim = null;
        decided();
        return transition;
    }

    protected void requireFreeOrHeldBy(Account editor) {
        EditorClaim.requireFreeOrHeldBy(claim, editor, reference(), "letter.heldBy.takeOverFirst");
    }

    /** @param done what the transition does to the letter, for the message: "approved" */
    protected Transition moveTo(LetterStatus next, String done) {
        require(status.mayMoveTo(next), "letter.refused.move", Wording.of("letter.done." + done.replace(' ', '_')));
        Transition transition = new Transition(status, next);
        this.status = next;
        return transition;
    }

    protected Transition unchanged() {
        return new Transition(status, status);
    }

    /**
     * @param key the bundle's words for the refusal, with the letter's reference ({0}) and status ({1}): "Letter
     *     L-2026-00042 is approved, so it cannot be edited."
     * @param more further values of those words ({2}...)
     */
    protected void require(boolean allowed, String key, Object... more) {
        if (!allowed) {
            Object[] values = new Object[2 + more.length];
            values[0] = reference();
            values[1] = status.term();
            System.arraycopy(more, 0, values, 2, more.length);
            throw DomainException.of(key, values);
        }
    }

    /** The editor holding the letter and since when, or empty while nobody does. */
    public Optional<EditorClaim> claim() {
        return Optional.ofNullable(claim);
    }

    public LetterStatus status() {
        return status;
    }
}
