package org.postbag.infrastructure;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Looks through the wrapping that transactions, interceptors and servlets put around a failure:
 * the failure and its causes, each once, however the chain loops back on itself.
 */
public final class Causes {

    private Causes() {}

    /** Whether the failure, or anything in its chain of causes, is what the test recognises. */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
