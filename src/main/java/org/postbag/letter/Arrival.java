package org.postbag.letter;

/** How a letter reached the desk. */
public enum Arrival {
    /** The site's letter form; the writer confirmed the address through the emailed link. */
    FORM("form"),
    /** The letters mailbox; the sender's address is confirmed as for the form (From can be forged). */
    EMAIL("email"),
    /** Typed in by an editor from a postal letter; an editor notes how the writer was verified. */
    POST("post");

    private final String label;

    Arrival(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
