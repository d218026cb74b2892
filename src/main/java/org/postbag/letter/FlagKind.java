package org.postbag.letter;

/** What screening (or an editor's tool) noticed about a letter. */
public enum FlagKind {
    OVER_LENGTH("Over length"),
    LINKS("Links"),
    WATCHED_WORD("Watched word"),
    DUPLICATE("Duplicate"),
    CAMPAIGN("Campaign"),
    HONEYPOT("Filled the hidden field"),
    TOO_FAST("Sent too fast"),
    QUOTATION("Quotation"),
    LANGUAGE("Another language"),
    /** The writer accepted a cut and the letter came back to the desk for an editor to approve. */
    WRITER_ACCEPTED("Writer accepted the cut");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
