package org.postbag.infrastructure;

import jakarta.persistence.OptimisticLockException;

/** Recognises, under whatever wrapping the transaction added, that two people changed one thing. */
public final class Conflicts {

    private Conflicts() {}

    public static boolean isConcurrentChange(Throwable failure) {
        return Causes.any(
                failure,
                cause -> cause instanceof OptimisticLockException
                        || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")
                        || cause.getClass().getName().equals("org.hibernate.StaleStateException"));
    }
}
