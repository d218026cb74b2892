package org.postbag.infrastructure.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached (down, restarting, connections cut,
 * the pool out of connections) from a failure of the request itself. The first is nobody's
 * fault and passes: readers get "try again" (HTTP 503), not "something went wrong" (500).
 *
 * <p>What counts, anywhere in the chain of causes (and suppressed exceptions, where the
 * transaction manager puts what went wrong at commit): SQLSTATE class 08 (connection
 * exception) and 57P01 to 57P03 (the server is shutting down or starting), the JDBC connection
 * exception types, Hibernate's {@code JDBCConnectionException}, and the connection pools' own
 * "no connection" exceptions (IronJacamar's on WildFly, by name, so that this class needs no
 * server library).
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean isCause(Throwable failure) {
        return find(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean find(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (means(failure)) {
            return true;
        }
        if (failure instanceof SQLException sql && find(sql.getNextException(), seen)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (find(suppressed, seen)) {
                return true;
            }
        }
        return find(failure.getCause(), seen);
    }

    private static boolean means(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException
                || failure instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        String message = String.valueOf(failure.getMessage());
        // IronJacamar (WildFly): "IJ000453: Unable to get managed connection", "IJ000655: No managed
        // connections available within configured blocking timeout", "IJ031040: Connection is not
        // associated with a managed connection" (the pool dropped it mid-transaction, when the
        // database went away between two statements); Payara: "RAR5117 Failed to obtain/create
        // connection".
        return message.startsWith("IJ000453")
                || message.startsWith("IJ000655")
                || message.startsWith("IJ031040")
                || message.contains("RAR5117");
    }
}
