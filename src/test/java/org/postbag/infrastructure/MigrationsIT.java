package org.postbag.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.testing.Deployments;

/** The deploy ran every migration in db-migrations/ against the real PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class MigrationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(MigrationsIT.class);
    }

    @Resource(lookup = "java:/jdbc/postbag")
    DataSource dataSource;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @Test
    void everyMigrationIsApplied() {
        MigrationInfo[] migrations = DatabaseMigration.flyway(dataSource).info().all();

        assertThat(migrations).isNotEmpty();
        assertThat(Arrays.stream(migrations).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
    }

    @Test
    void theSchemaHoldsTheLetters() throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, "public", "letter", null)) {
            assertThat(tables.next()).isTrue();
        }
    }

    @Test
    void aMappingThatDriftedFromTheSchemaIsCaught() throws Exception {
        SessionFactory sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
        sessionFactory.getSchemaManager().validateMappedObjects();

        // The validator works on a connection of its own, outside any transaction of ours, so
        // the drift is real for a moment: a mapped column of a table no background job reads.
        execute("ALTER TABLE issue RENAME COLUMN cover_date TO cover_date_renamed");
        try {
            assertThatThrownBy(() -> sessionFactory.getSchemaManager().validateMappedObjects())
                    .isInstanceOf(SchemaManagementException.class)
                    .hasMessageContaining("cover_date");
        } finally {
            execute("ALTER TABLE issue RENAME COLUMN cover_date_renamed TO cover_date");
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
