package org.postbag.infrastructure;

/**
 * A rule of the domain said no. The message is written for the person who tried, in plain
 * words, because the web layer shows it to them as it is.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DomainException(String message) {
        super(message);
    }
}
