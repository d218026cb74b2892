package org.postbag.infrastructure;

import java.util.Optional;

/**
 * The datasource's password must not be the one everybody knows. postbag.cli falls back to
 * {@code postbag} when {@code POSTBAG_DB_PASSWORD} is unset, and the README and the Compose
 * file printed it; a database reachable with it is open to anyone who can reach the port.
 * Only demo mode, on a database of its own, may run with it.
 */
public final class DatabasePassword {

    /** What postbag.cli gives the datasource when POSTBAG_DB_PASSWORD is unset. */
    static final String PUBLISHED = "postbag";

    private DatabasePassword() {}

    /** Why the application must not start with this password, if it must not. */
    public static Optional<String> refusal(boolean demo, Optional<String> password) {
        if (demo) {
            return Optional.empty();
        }
        if (password.isEmpty()) {
            return Optional.of("POSTBAG_DB_PASSWORD is not set (or empty), so the datasource uses the published default"
                    + " password 'postbag'. Give the database user a password of its own and set"
                    + " POSTBAG_DB_PASSWORD to it (only demo mode, POSTBAG_DEMO=true, runs without one).");
        }
        if (password.get().equals(PUBLISHED)) {
            return Optional.of("POSTBAG_DB_PASSWORD is 'postbag', the published default password. Give the database"
                    + " user a password of its own (ALTER ROLE ... PASSWORD '...') and set POSTBAG_DB_PASSWORD to it"
                    + " (only demo mode, POSTBAG_DEMO=true, runs with this one).");
        }
        return Optional.empty();
    }
}
