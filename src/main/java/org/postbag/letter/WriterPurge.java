package org.postbag.letter;

/**
 * What a feature above the admin console keeps of a writer, forgotten when an admin erases the
 * writer: the console calls every implementation, so that it need not know the features that
 * stand above it (the letters mailbox keeps the original email and its attachments). Callers
 * bring the transaction.
 */
public interface WriterPurge {

    /** Forget what is kept with this letter, whose printed text stays, anonymised. */
    void forgetKeptWith(long letterId);

    /** Forget whatever is kept under this (normalised) address outside any letter. */
    void forgetAddress(String address);
}
