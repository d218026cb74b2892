package org.postbag.infrastructure;

import jakarta.persistence.OptimisticLockException;

/** Recognises, under whatever wrapping the transaction added, that two people changed one thing. */
public final class Conflicts {

    private Conflicts() {}

    public static boolean isConcurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")
                    || cause.getClass().getName().equals("org.hibernate.StaleStateException")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
