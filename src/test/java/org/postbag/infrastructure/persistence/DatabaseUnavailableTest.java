package org.postbag.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aConnectionFailureDeepInTheCausesCounts() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        refused.initCause(new ConnectException("Connection refused"));
        PersistenceException wrapped = new PersistenceException(
                "Unable to acquire JDBC Connection", new IllegalStateException("pool", refused));

        assertThat(DatabaseUnavailable.isCause(wrapped)).isTrue();
    }

    @Test
    void theServerShuttingDownAndTheConnectionTypesCount() {
        assertThat(DatabaseUnavailable.isCause(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLTransientConnectionException("gone")))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(
                        new IllegalStateException("IJ000453: Unable to get managed connection for java:/jdbc/postbag")))
                .isTrue();
    }

    @Test
    void aFailureAtCommitIsFoundAmongTheSuppressed() {
        RuntimeException commit = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThat(DatabaseUnavailable.isCause(commit)).isTrue();
    }

    @Test
    void aConnectionThePoolDroppedMidTransactionCounts() {
        // What the outage test met at commit: the insert of the confirmation email found its
        // connection gone, with no SQLSTATE.
        RuntimeException commit = new RuntimeException(
                "ARJUNA016053: Could not commit transaction.",
                new RuntimeException(
                        "could not prepare statement",
                        new SQLException(
                                "IJ031040: Connection is not associated with a managed connection: WrappedConnection@1")));

        assertThat(DatabaseUnavailable.isCause(commit)).isTrue();
    }

    @Test
    void faultsOfTheRequestItselfDoNotCount() {
        assertThat(DatabaseUnavailable.isCause(
                        new PersistenceException(new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalArgumentException("not a revision")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("no state"))).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        SQLException first = new SQLException("a", "23505");
        SQLException second = new SQLException("b", "23505");
        first.setNextException(second);
        second.setNextException(first);

        assertThat(DatabaseUnavailable.isCause(first)).isFalse();
    }
}
