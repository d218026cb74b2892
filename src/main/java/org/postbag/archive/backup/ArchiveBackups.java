package org.postbag.archive.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.postbag.house.AdminEvents;

/** The whole-archive export as the server runs it for an admin's download. */
@ApplicationScoped
public class ArchiveBackups {

    // By the web.xml's own reference: a CDI bean's unqualified @Resource DataSource is given the
    // server's default datasource on WildFly (its H2 example), not the application's.
    @Resource(lookup = "java:comp/env/jdbc/postbag")
    private DataSource dataSource;

    @Inject
    private AdminEvents events;

    @Inject
    private Clock clock;

    /** In the admins' trail before the file is written: a download cut off half way was still asked for. */
    @Transactional
    public void noteExport(String admin, boolean contactDetails) {
        events.record(
                admin,
                "ARCHIVE_EXPORTED",
                "the whole archive",
                contactDetails ? "with writers' contact details" : "without contact details");
    }

    /**
     * Writes the archive on a connection of its own, outside any container transaction: the
     * export holds one read-only snapshot for as long as the file takes to send.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ArchiveWriter.Summary write(OutputStream out, boolean contactDetails)
            throws SQLException, IOException, ArchiveProblem {
        try (Connection connection = dataSource.getConnection()) {
            return ArchiveWriter.write(connection, out, contactDetails, clock.instant());
        }
    }
}
