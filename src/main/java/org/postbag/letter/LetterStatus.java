package org.postbag.letter;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.postbag.infrastructure.Wording;

/**
 * Where a letter stands. Who holds it (a claim) is not a status: any open letter can be
 * claimed. The transitions a letter may make are listed here and enforced by {@link Letter}.
 */
public enum LetterStatus {
    /** Submitted; the writer has not yet confirmed the email address. */
    UNCONFIRMED("waiting for you to confirm your email address"),
    /** Confirmed and waiting in the editors' queue. */
    NEW("received"),
    HELD("being considered"),
    /** An editor sent the cut version to the writer and waits for an answer. */
    WAITING_FOR_AUTHOR("waiting for your answer to our edit"),
    APPROVED("being considered"),
    /** On an issue's letters page, not yet public. */
    SCHEDULED("scheduled"),
    PUBLISHED("published"),
    REJECTED("not selected"),
    SPAM("received"),
    WITHDRAWN("withdrawn by you");

    private final String forTheWriter;

    LetterStatus(String forTheWriter) {
        this.forTheWriter = forTheWriter;
    }

    /** The status in the plain words the writer sees on the letter's status page. */
    public String forTheWriter() {
        return forTheWriter;
    }

    /** The status as editors name it: "waiting for author". */
    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }

    /** The status as editors name it, in the page's language ({@code letterStatus.held}). */
    public Wording term() {
        return Wording.of("letterStatus." + name().toLowerCase());
    }

    /** Open: the letter still waits for an editor's decision. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /**
     * Closed: the letter has its outcome and nothing more is asked of its writer (an editor may
     * still reopen a rejected letter, which makes it open again).
     */
    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /**
     * When the writer's private link to a letter stops working: never while it is open or on
     * its way to print, and {@code afterOutcome} after it was closed. A private link that works
     * for ever is a key nobody can take back; a writer needs it only until the outcome, and a
     * while after to read it.
     */
    public Optional<Instant> writersLinkExpiry(Instant closedAt, Duration afterOutcome) {
        return isClosed() ? Optional.of(closedAt.plus(afterOutcome)) : Optional.empty();
    }

    /** A writer may withdraw a letter until it is public. */
    public boolean isWithdrawable() {
        return !EnumSet.of(PUBLISHED, WITHDRAWN, REJECTED).contains(this);
    }

    /** An editor may still edit the text: everything but the letters no editor took on. */
    public boolean isEditable() {
        return EDITABLE.contains(this);
    }

    /** A decision an editor may undo, going back to the status before it. */
    public boolean isUndoableDecision() {
        return UNDOABLE.contains(this);
    }

    /** A status an undo may go back to. */
    public boolean isUndoTarget() {
        return UNDO_TARGETS.contains(this);
    }

    public boolean mayMoveTo(LetterStatus next) {
        return switch (this) {
            case UNCONFIRMED -> EnumSet.of(NEW, SPAM, WITHDRAWN).contains(next);
            case NEW, HELD ->
                EnumSet.of(NEW, HELD, WAITING_FOR_AUTHOR, APPROVED, REJECTED, SPAM, WITHDRAWN)
                        .contains(next);
            case WAITING_FOR_AUTHOR ->
                EnumSet.of(NEW, HELD, APPROVED, REJECTED, WITHDRAWN).contains(next);
            case APPROVED ->
                EnumSet.of(NEW, HELD, WAITING_FOR_AUTHOR, SCHEDULED, PUBLISHED, REJECTED, WITHDRAWN)
                        .contains(next);
            case SCHEDULED -> EnumSet.of(APPROVED, PUBLISHED, WITHDRAWN).contains(next);
            case PUBLISHED -> next == APPROVED;
            case REJECTED -> EnumSet.of(NEW, HELD, APPROVED).contains(next);
            case SPAM -> EnumSet.of(NEW).contains(next);
            case WITHDRAWN -> false;
        };
    }

    private static final Set<LetterStatus> OPEN = EnumSet.of(NEW, HELD, WAITING_FOR_AUTHOR);
    private static final Set<LetterStatus> CLOSED = EnumSet.of(PUBLISHED, REJECTED, SPAM, WITHDRAWN);
    private static final Set<LetterStatus> EDITABLE =
            EnumSet.of(NEW, HELD, APPROVED, SCHEDULED, WAITING_FOR_AUTHOR, PUBLISHED);
    private static final Set<LetterStatus> UNDOABLE = EnumSet.of(APPROVED, REJECTED, HELD, SPAM, NEW);
    private static final Set<LetterStatus> UNDO_TARGETS = EnumSet.of(NEW, HELD, APPROVED, SPAM, REJECTED);
}
