package org.postbag.archive.backup;

/** An archive that cannot be written or restored, with one sentence an admin can act on. */
public final class ArchiveProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public ArchiveProblem(String message) {
        super(message);
    }

    public ArchiveProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
