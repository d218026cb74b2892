package org.postbag.submission;

import org.postbag.letter.Letter;

/** What became of a letter sent through the form. */
public sealed interface SubmissionOutcome {

    /** Stored: as a new letter awaiting confirmation, or in the spam folder. */
    record Accepted(Letter letter) implements SubmissionOutcome {}

    /** The desk has this letter already (the same form sent twice, or the same text again). */
    record AlreadyReceived(Letter letter) implements SubmissionOutcome {}

    /** Not stored, for a reason the writer is told in these words. */
    record Refused(String reason) implements SubmissionOutcome {}
}
