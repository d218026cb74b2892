package org.postbag.letter;

/** Everything that can happen to a letter, as the audit trail names it. */
public enum LetterAction {
    SUBMITTED("Received"),
    CONFIRMED("Confirmed by the writer"),
    WITHDRAWN("Withdrawn by the writer"),
    CLAIMED("Claimed"),
    RELEASED("Released"),
    TAKEN_OVER("Taken over"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    HELD("Held"),
    MARKED_SPAM("Marked as spam"),
    NOT_SPAM("Moved out of spam"),
    UNDONE("Undone"),
    NOTE("Note added"),
    EDITED("Edited"),
    SENT_TO_AUTHOR("Sent to the writer for approval"),
    AUTHOR_ACCEPTED("Writer accepted the edit"),
    AUTHOR_DECLINED("Writer declined the edit"),
    AUTHOR_COMMENTED("Writer commented"),
    LINKED("Reply link changed"),
    SCHEDULED("Scheduled"),
    UNSCHEDULED("Taken off the page"),
    PUBLISHED("Published"),
    UNPUBLISHED("Unpublished"),
    CORRECTED("Corrected"),
    SECTION_CHANGED("Moved to another section");

    private final String label;

    LetterAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The decisions an editor may undo. */
    public boolean isUndoable() {
        return this == APPROVED || this == REJECTED || this == HELD || this == MARKED_SPAM || this == NOT_SPAM;
    }
}
