package org.postbag.archive.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.postbag.infrastructure.DatabaseMigration;

/**
 * The backup from the command line, against the database named by {@code POSTBAG_DB_URL},
 * {@code POSTBAG_DB_USER} and {@code POSTBAG_DB_PASSWORD} (as the server and {@code -Pmigrate}
 * read them), with or without a server running on it:
 *
 * <pre>
 * ./mvnw -Parchive -Darchive.args="export magazine.zip [--contact-details]"
 * ./mvnw -Parchive -Darchive.args="restore magazine.zip"
 * </pre>
 *
 * A restore into a database without a schema migrates it first. Exit status 0 when done, 1 when
 * refused (with the reason), 2 for a wrong command line.
 */
public final class ArchiveCommand {

    private ArchiveCommand() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) {
        if (args.size() < 2 || !(args.get(0).equals("export") || args.get(0).equals("restore"))) {
            System.err.println("usage: export <file.zip> [--contact-details] | restore <file.zip>");
            return 2;
        }
        String url = System.getenv().getOrDefault("POSTBAG_DB_URL", "jdbc:postgresql://localhost:5432/postbag");
        String user = System.getenv().getOrDefault("POSTBAG_DB_USER", "postbag");
        String password = System.getenv().getOrDefault("POSTBAG_DB_PASSWORD", "");
        Path file = Path.of(args.get(1));
        try {
            if (args.get(0).equals("export")) {
                boolean contacts = args.contains("--contact-details");
                ArchiveWriter.Summary summary = export(url, user, password, file, contacts);
                System.out.println("Exported " + summary.total() + " rows in "
                        + summary.rows().size()
                        + " tables (schema version " + summary.schemaVersion() + ", contact details "
                        + (contacts ? "included" : "left out") + ") to " + file);
            } else {
                ArchiveRestore.Summary summary = restore(url, user, password, file);
                System.out.println("Restored " + summary.total() + " rows in "
                        + summary.rows().size()
                        + " tables, exported " + summary.exportedAt() + "; " + summary.accountsKept()
                        + " account(s) of this install kept with their passwords. The other accounts have no"
                        + " password: send each a new password link from People.");
            }
            return 0;
        } catch (ArchiveProblem problem) {
            System.err.println(problem.getMessage());
            return 1;
        } catch (SQLException | IOException e) {
            System.err.println("Could not " + args.get(0) + ": " + e.getMessage());
            return 1;
        }
    }

    /** Writes to a file beside the target and moves it into place, so that a failed export leaves no half file. */
    public static ArchiveWriter.Summary export(String url, String user, String password, Path file, boolean contacts)
            throws SQLException, IOException, ArchiveProblem {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            ArchiveWriter.Summary summary = ArchiveWriter.write(connection, out, contacts, Instant.now());
            out.close();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return summary;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    public static ArchiveRestore.Summary restore(String url, String user, String password, Path file)
            throws SQLException, IOException, ArchiveProblem {
        if (!Files.isRegularFile(file)) {
            throw new ArchiveProblem("There is no file " + file);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (new Catalog(connection).schemaVersion() == null) {
                DatabaseMigration.flyway(url, user, password).migrate();
            }
            return ArchiveRestore.restore(connection, in, "Restore command", Instant.now());
        }
    }
}
