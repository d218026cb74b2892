package org.postbag.archive.backup;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Restores an archive file into an empty database (one a fresh install has just migrated), in
 * one transaction: a file that is cut short, damaged, of another format or of another schema
 * version is refused with a sentence saying why, and nothing of it stays. The install's own
 * accounts (its first admin) are kept, the file's are merged in by email; the house rules are
 * the file's; the install's admin trail stays, with the file's added and the restore noted.
 */
public final class ArchiveRestore {

    private static final int BATCH = 500;

    /** What was restored. */
    public record Summary(String schemaVersion, String exportedAt, Map<String, Long> rows, int accountsKept) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Connection connection;
    private final Catalog catalog;
    private final Map<Long, Long> accountIds = new HashMap<>();
    private final Set<String> accountColumns = new HashSet<>();
    private final List<String[]> deferred = new ArrayList<>();
    private int accountsKept;
    private long fileVersion = 0;

    private ArchiveRestore(Connection connection) {
        this.connection = connection;
        this.catalog = new Catalog(connection);
    }

    /** Restores the archive read from {@code in} (not closed), noting it as done by {@code actor}. */
    public static Summary restore(Connection connection, InputStream in, String actor, Instant now)
            throws SQLException, ArchiveProblem {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Summary summary = new ArchiveRestore(connection).run(new ZipInputStream(in, StandardCharsets.UTF_8));
            note(connection, actor, now, summary);
            connection.commit();
            return summary;
        } catch (SQLException | ArchiveProblem | RuntimeException e) {
            connection.rollback();
            if (e instanceof SQLException sql) {
                throw new ArchiveProblem(
                        "The database refused the archive, and nothing was restored: "
                                + ArchiveEntries.firstLine(sql.getMessage()),
                        sql);
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private Summary run(ZipInputStream zip) throws SQLException, ArchiveProblem {
        try (Statement settings = connection.createStatement()) {
            settings.execute("SET LOCAL TIME ZONE 'UTC'");
        }
        ZipEntry first = ArchiveEntries.next(zip);
        if (first == null || !first.getName().equals(ArchiveFormat.MANIFEST)) {
            throw new ArchiveProblem("This is not a Postbag archive: it does not begin with " + ArchiveFormat.MANIFEST);
        }
        Manifest manifest = Manifest.parse(ArchiveEntries.readAll(zip));
        checkSchema(manifest);
        checkEmpty(manifest);
        prepare(manifest);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Manifest.Table table : manifest.tables()) {
            ZipEntry entry = ArchiveEntries.next(zip);
            String expected = ArchiveFormat.TABLES + table.name() + ".jsonl";
            if (entry == null) {
                throw new ArchiveProblem("The archive ends before " + expected + ": it is cut short");
            }
            if (!entry.getName().equals(expected)) {
                throw new ArchiveProblem("The archive holds " + entry.getName() + " where " + expected + " belongs");
            }
            rows.put(table.name(), insertRows(zip, table));
        }
        ZipEntry end = ArchiveEntries.next(zip);
        if (end == null || !end.getName().equals(ArchiveFormat.END)) {
            throw new ArchiveProblem("The archive ends without " + ArchiveFormat.END + ": it is cut short");
        }
        checkCounts(ArchiveEntries.readAll(zip), rows);
        finish(manifest);
        return new Summary(manifest.schemaVersion(), manifest.exportedAt(), rows, accountsKept);
    }

    private void checkSchema(Manifest manifest) throws SQLException, ArchiveProblem {
        String version = catalog.schemaVersion();
        if (version == null) {
            throw new ArchiveProblem("This database has no Postbag schema yet: deploy Postbag on it (or run the"
                    + " migrations) first, or let the restore command migrate it");
        }
        if (!version.equals(manifest.schemaVersion())) {
            throw new ArchiveProblem("The archive was written at schema version " + manifest.schemaVersion()
                    + " and this database is at version " + version + ": restore it with the Postbag version that"
                    + " wrote it, then upgrade");
        }
        Set<String> tables = catalog.tables();
        for (Manifest.Table table : manifest.tables()) {
            if (!tables.contains(table.name())) {
                throw new ArchiveProblem("The archive holds a table this database does not have: " + table.name());
            }
            Map<String, String> types = new HashMap<>();
            for (Catalog.Column column : catalog.columns(table.name())) {
                types.put(column.name(), column.type());
            }
            for (Catalog.Column column : table.columns()) {
                if (!column.type().equals(types.get(column.name()))) {
                    throw new ArchiveProblem("The archive's column " + table.name() + "." + column.name() + " ("
                            + column.type() + ") does not match this database's");
                }
            }
        }
        for (Catalog.ForeignKey key : catalog.foreignKeys()) {
            if (key.referencedTable().equals("account")) {
                accountColumns.add(key.table() + "." + key.column());
            }
        }
    }

    private void checkEmpty(Manifest manifest) throws SQLException, ArchiveProblem {
        List<String> holding = new ArrayList<>();
        for (Manifest.Table table : manifest.tables()) {
            String name = table.name();
            if (ArchiveFormat.ACCOUNT_TABLES.contains(name)
                    || ArchiveFormat.REPLACED_TABLES.contains(name)
                    || name.equals(ArchiveFormat.ADMIN_EVENTS)
                    || name.equals(ArchiveFormat.PUBLICATION_STATE)) {
                continue;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet any = statement.executeQuery(
                            "SELECT EXISTS (SELECT 1 FROM " + ArchiveWriter.quoted(name) + ")")) {
                any.next();
                if (any.getBoolean(1)) {
                    holding.add(name);
                }
            }
        }
        if (!holding.isEmpty()) {
            throw new ArchiveProblem("This database is not empty (it holds rows in " + String.join(", ", holding)
                    + "): an archive is restored only into a database that a fresh install has just made");
        }
    }

    /**
     * Moves every sequence past the file's value first, so that an id the restore hands out (an
     * account whose id the install already uses) or the install hands out later never meets one
     * of the file's.
     */
    private void prepare(Manifest manifest) throws SQLException {
        Map<String, Long> present = catalog.sequences();
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Long> sequence : manifest.sequences().entrySet()) {
                if (sequence.getValue() == null || !present.containsKey(sequence.getKey())) {
                    continue;
                }
                String quoted = ArchiveWriter.quoted(sequence.getKey());
                statement.execute("SELECT setval('" + quoted.replace("'", "''") + "', greatest(" + sequence.getValue()
                        + ", (SELECT last_value FROM " + quoted + ")))");
            }
            for (String table : ArchiveFormat.REPLACED_TABLES) {
                statement.execute("DELETE FROM " + ArchiveWriter.quoted(table));
            }
            // The install's own trail moves aside and is numbered again after the file's.
            statement.execute("UPDATE admin_event SET id = -id WHERE id > 0");
        }
    }

    private long insertRows(ZipInputStream zip, Manifest.Table table) throws SQLException, ArchiveProblem {
        List<Catalog.Column> columns = table.columns();
        String name = table.name();
        if (name.equals(ArchiveFormat.PUBLICATION_STATE)) {
            return ArchiveEntries.readLines(
                    zip,
                    table,
                    row -> fileVersion = Math.max(fileVersion, Long.parseLong(row.get(indexOf(columns, "version")))));
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ")
                .append(ArchiveWriter.quoted(name))
                .append(" (");
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i > 0 ? ", " : "")
                    .append(ArchiveWriter.quoted(columns.get(i).name()));
            values.append(i > 0 ? ", " : "").append("?::").append(columns.get(i).type());
        }
        sql.append(") VALUES (").append(values).append(')');
        if (ArchiveFormat.ACCOUNT_TABLES.contains(name)) {
            sql.append(" ON CONFLICT DO NOTHING");
        }
        int[] mapped = new int[columns.size()];
        int deferredColumn = -1;
        for (int i = 0; i < columns.size(); i++) {
            String qualified = name + "." + columns.get(i).name();
            mapped[i] = accountColumns.contains(qualified) ? 1 : 0;
            if (ArchiveFormat.DEFERRED_COLUMNS.contains(qualified)) {
                deferredColumn = i;
            }
        }
        int idColumn = indexOf(columns, "id");
        int emailColumn = name.equals("account") ? indexOf(columns, "email") : -1;
        Map<String, Long> existingAccounts = emailColumn >= 0 ? existingAccounts() : Map.of();
        int deferredAt = deferredColumn;
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int[] pending = {0};
            long count = ArchiveEntries.readLines(zip, table, row -> {
                if (emailColumn >= 0 && !account(row, idColumn, emailColumn, existingAccounts)) {
                    return;
                }
                for (int i = 0; i < row.size(); i++) {
                    String value = row.get(i);
                    if (mapped[i] == 1 && value != null) {
                        value = String.valueOf(accountIds.getOrDefault(Long.parseLong(value), Long.parseLong(value)));
                    }
                    if (i == deferredAt && value != null) {
                        deferred.add(new String[] {row.get(idColumn), value});
                        value = null;
                    }
                    insert.setString(i + 1, value);
                }
                insert.addBatch();
                if (++pending[0] == BATCH) {
                    insert.executeBatch();
                    pending[0] = 0;
                }
            });
            if (pending[0] > 0) {
                insert.executeBatch();
            }
            return count;
        }
    }

    /** Maps the file's account to the install's of the same email, or gives it an id of its own; false to skip it. */
    private boolean account(List<String> row, int idColumn, int emailColumn, Map<String, Long> existing)
            throws SQLException {
        long fileId = Long.parseLong(row.get(idColumn));
        Long kept = existing.get(row.get(emailColumn));
        if (kept != null) {
            accountIds.put(fileId, kept);
            accountsKept++;
            return false;
        }
        if (existing.containsValue(fileId)) {
            try (Statement statement = connection.createStatement();
                    ResultSet next =
                            statement.executeQuery("SELECT nextval(pg_get_serial_sequence('account', 'id'))")) {
                next.next();
                accountIds.put(fileId, next.getLong(1));
                row.set(idColumn, String.valueOf(next.getLong(1)));
            }
        }
        return true;
    }

    private Map<String, Long> existingAccounts() throws SQLException {
        Map<String, Long> accounts = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT email, id FROM account")) {
            while (rows.next()) {
                accounts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return accounts;
    }

    private void finish(Manifest manifest) throws SQLException {
        if (!deferred.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE letter SET approved_revision_id = ?::bigint WHERE id = ?::bigint")) {
                for (String[] pair : deferred) {
                    update.setString(1, pair[1]);
                    update.setString(2, pair[0]);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("UPDATE admin_event SET id = nextval('admin_event_id_seq') WHERE id < 0");
        }
        try (PreparedStatement state = connection.prepareStatement(
                "UPDATE publication_state SET version = greatest(version, ?) + 1, changed_at = now()")) {
            state.setLong(1, fileVersion);
            state.executeUpdate();
        }
    }

    private static void note(Connection connection, String actor, Instant now, Summary summary) throws SQLException {
        try (PreparedStatement event = connection.prepareStatement("INSERT INTO admin_event"
                + " (id, at, actor, action, subject, detail) VALUES (nextval('admin_event_id_seq'), ?, ?, ?, ?, ?)")) {
            event.setTimestamp(1, Timestamp.from(now));
            event.setString(2, actor);
            event.setString(3, "ARCHIVE_RESTORED");
            event.setString(4, "exported " + summary.exportedAt());
            event.setString(5, summary.total() + " rows, schema version " + summary.schemaVersion());
            event.executeUpdate();
        }
    }

    private void checkCounts(String endText, Map<String, Long> rows) throws ArchiveProblem {
        Object end;
        try {
            end = JsonLines.parse(endText);
        } catch (IllegalArgumentException e) {
            throw new ArchiveProblem("The archive's " + ArchiveFormat.END + " cannot be read: " + e.getMessage());
        }
        if (!(end instanceof Map<?, ?> map) || !(map.get("rows") instanceof Map<?, ?> counts)) {
            throw new ArchiveProblem("The archive's " + ArchiveFormat.END + " has no row counts");
        }
        for (Map.Entry<String, Long> table : rows.entrySet()) {
            Object count = counts.get(table.getKey());
            if (!(count instanceof Long expected) || expected.longValue() != table.getValue()) {
                throw new ArchiveProblem("The archive says " + count + " rows of " + table.getKey() + " and holds "
                        + table.getValue() + ": it is damaged");
            }
        }
    }

    private static int indexOf(List<Catalog.Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
