package org.postbag.archive.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the whole magazine to an archive file, one table at a time and one row at a time (a
 * cursor, never the table in memory), from one snapshot of the database: a magazine that goes on
 * working while it is written is written as it was when the export began.
 */
public final class ArchiveWriter {

    private static final int FETCH_SIZE = 500;

    /** What was written: rows per table, in the file's order. */
    public record Summary(String schemaVersion, Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private ArchiveWriter() {}

    /**
     * Writes the archive to {@code out} (not closed). The connection is used in a read-only
     * transaction of its own, rolled back at the end.
     */
    public static Summary write(Connection connection, OutputStream out, boolean contactDetails, Instant now)
            throws SQLException, IOException, ArchiveProblem {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (Statement settings = connection.createStatement()) {
            settings.execute("SET TRANSACTION READ ONLY");
            settings.execute("SET LOCAL TIME ZONE 'UTC'");
            settings.execute("SET LOCAL bytea_output = 'hex'");
            settings.execute("SET LOCAL extra_float_digits = 3");
            return writeTables(connection, out, contactDetails, now);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Summary writeTables(Connection connection, OutputStream out, boolean contactDetails, Instant now)
            throws SQLException, IOException, ArchiveProblem {
        Catalog catalog = new Catalog(connection);
        String version = catalog.schemaVersion();
        if (version == null) {
            throw new ArchiveProblem("This database has no Postbag schema: there is nothing to export");
        }
        Set<String> tables = catalog.tables();
        tables.removeAll(ArchiveFormat.LEFT_OUT_TABLES);
        List<String> order = Catalog.insertionOrder(tables, catalog.foreignKeys());
        Map<String, List<Catalog.Column>> columns = new LinkedHashMap<>();
        for (String table : order) {
            List<Catalog.Column> kept = new ArrayList<>(catalog.columns(table));
            if (table.equals("account")) {
                kept.removeIf(column -> ArchiveFormat.LEFT_OUT_ACCOUNT_COLUMNS.contains(column.name()));
            }
            columns.put(table, kept);
        }
        Map<String, Long> sequences = catalog.sequences();

        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        zip.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST));
        text.write(manifest(version, now, contactDetails, columns, sequences));
        text.flush();
        zip.closeEntry();

        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, List<Catalog.Column>> table : columns.entrySet()) {
            zip.putNextEntry(new ZipEntry(ArchiveFormat.TABLES + table.getKey() + ".jsonl"));
            counts.put(
                    table.getKey(),
                    writeRows(connection, catalog, table.getKey(), table.getValue(), contactDetails, text));
            text.flush();
            zip.closeEntry();
        }

        zip.putNextEntry(new ZipEntry(ArchiveFormat.END));
        StringBuilder end = new StringBuilder("{\"rows\":{");
        counts.forEach((table, count) -> {
            if (end.charAt(end.length() - 1) != '{') {
                end.append(',');
            }
            JsonLines.string(end, table);
            end.append(':').append(count);
        });
        text.write(end.append("}}\n").toString());
        text.flush();
        zip.closeEntry();
        zip.finish();
        return new Summary(version, counts);
    }

    private static long writeRows(
            Connection connection,
            Catalog catalog,
            String table,
            List<Catalog.Column> columns,
            boolean contactDetails,
            Writer text)
            throws SQLException, IOException {
        Set<String> contacts = contactDetails ? Set.of() : ArchiveFormat.CONTACT_COLUMNS.getOrDefault(table, Set.of());
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i > 0 ? ", " : "").append(quoted(columns.get(i).name())).append("::text");
        }
        sql.append(" FROM ").append(quoted(table));
        if (!contactDetails && table.equals("letter_document")) {
            sql.append(" WHERE kind <> '")
                    .append(ArchiveFormat.ORIGINAL_EMAIL_KIND)
                    .append("'");
        }
        List<String> key = catalog.primaryKey(table);
        sql.append(" ORDER BY ");
        if (key.isEmpty()) {
            sql.append("1");
        } else {
            for (int i = 0; i < key.size(); i++) {
                sql.append(i > 0 ? ", " : "").append(quoted(key.get(i)));
            }
        }
        long count = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery(sql.toString())) {
                List<String> values = new ArrayList<>(columns.size());
                while (rows.next()) {
                    values.clear();
                    for (int i = 0; i < columns.size(); i++) {
                        Catalog.Column column = columns.get(i);
                        String value = rows.getString(i + 1);
                        if (contacts.contains(column.name()) && value != null) {
                            value = column.nullable() ? null : "";
                        }
                        values.add(value);
                    }
                    text.write(JsonLines.row(values));
                    text.write('\n');
                    count++;
                }
            }
        }
        return count;
    }

    private static String manifest(
            String version,
            Instant now,
            boolean contactDetails,
            Map<String, List<Catalog.Column>> columns,
            Map<String, Long> sequences) {
        StringBuilder out = new StringBuilder("{\n\"format\":");
        JsonLines.string(out, ArchiveFormat.FORMAT);
        out.append(",\n\"formatVersion\":").append(ArchiveFormat.VERSION);
        out.append(",\n\"schemaVersion\":");
        JsonLines.string(out, version);
        out.append(",\n\"exportedAt\":");
        JsonLines.string(out, now.toString());
        out.append(",\n\"contactDetails\":").append(contactDetails);
        out.append(",\n\"tables\":[");
        boolean first = true;
        for (Map.Entry<String, List<Catalog.Column>> table : columns.entrySet()) {
            out.append(first ? "\n" : ",\n").append("{\"name\":");
            first = false;
            JsonLines.string(out, table.getKey());
            out.append(",\"columns\":[");
            for (int i = 0; i < table.getValue().size(); i++) {
                Catalog.Column column = table.getValue().get(i);
                out.append(i > 0 ? "," : "").append('[');
                JsonLines.string(out, column.name());
                out.append(',');
                JsonLines.string(out, column.type());
                out.append(']');
            }
            out.append("]}");
        }
        out.append("],\n\"sequences\":{");
        first = true;
        for (Map.Entry<String, Long> sequence : sequences.entrySet()) {
            out.append(first ? "" : ",");
            first = false;
            JsonLines.string(out, sequence.getKey());
            out.append(':').append(sequence.getValue());
        }
        return out.append("}\n}\n").toString();
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
