package org.postbag.letter;

/** A change of status, as the audit trail records it. */
public record Transition(LetterStatus from, LetterStatus to) {

    public boolean changed() {
        return from != to;
    }
}
