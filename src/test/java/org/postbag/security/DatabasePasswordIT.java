package org.postbag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.postbag.testing.ScratchDatabase;
import org.postbag.testing.ServerProcess;

/**
 * Outside demo mode, a WildFly configured by postbag.cli without {@code POSTBAG_DB_PASSWORD}
 * falls back to the published password 'postbag'. The application must then refuse to deploy,
 * before it touches the database, and say in the log what to set. (The machine's PostgreSQL
 * trusts local connections, so the fallback would connect: only the application stops it.)
 */
class DatabasePasswordIT {

    @Test
    void withoutADatabasePasswordOfItsOwnTheApplicationDoesNotDeploy() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create("password");
                ServerProcess server = ServerProcess.prepare("password-server")
                        .env("POSTBAG_DB_URL", database.url())
                        .env("POSTBAG_DB_USER", database.user())
                        .env("POSTBAG_DEMO", "false")
                        .launch()) {
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(server::deploymentFailed);

            assertThat(server.console())
                    .contains("POSTBAG_DB_PASSWORD is not set (or empty), so the datasource uses the published"
                            + " default password 'postbag'");
            try (Connection connection = database.connect();
                    ResultSet tables =
                            connection.getMetaData().getTables(null, "public", "flyway_schema_history", null)) {
                assertThat(tables.next()).as("no migration ran").isFalse();
            }
        }
    }
}
