package org.postbag.archive.wxr;

/** A file that cannot be imported at all, with the words the admin reads. */
public class ImportProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportProblem(String message) {
        super(message);
    }

    public ImportProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
