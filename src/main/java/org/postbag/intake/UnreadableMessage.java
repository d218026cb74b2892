package org.postbag.intake;

/** A message the mailbox cannot turn into a letter, with the reason the desk is shown. */
public class UnreadableMessage extends Exception {

    public UnreadableMessage(String reason) {
        super(reason);
    }

    public UnreadableMessage(String reason, Throwable cause) {
        super(reason, cause);
    }
}
