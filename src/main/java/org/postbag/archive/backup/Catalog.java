package org.postbag.archive.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The schema as PostgreSQL describes it: tables with their columns (generated ones left out,
 * the database makes them again), primary keys, single-column foreign keys and sequences. Read
 * from the database rather than listed by hand, so that a table a later migration adds is in the
 * archive without anyone remembering it.
 */
final class Catalog {

    record Column(String name, String type, boolean nullable) {}

    record ForeignKey(String table, String column, String referencedTable) {}

    private final Connection connection;

    Catalog(Connection connection) {
        this.connection = connection;
    }

    /** The version of the last migration applied, or null in a database that has none. */
    String schemaVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery("SELECT to_regclass('public.flyway_schema_history')")) {
            exists.next();
            if (exists.getString(1) == null) {
                return null;
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version FROM flyway_schema_history"
                        + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    Set<String> tables() throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT c.relname FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    List<Column> columns(String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull FROM pg_attribute a"
                        + " WHERE a.attrelid = ('public.' || quote_ident(?))::regclass AND a.attnum > 0"
                        + " AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new Column(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
                }
            }
        }
        return columns;
    }

    List<String> primaryKey(String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT a.attname FROM pg_index i"
                + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)"
                + " WHERE i.indrelid = ('public.' || quote_ident(?))::regclass AND i.indisprimary"
                + " ORDER BY array_position(i.indkey::int2[], a.attnum)")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    key.add(rows.getString(1));
                }
            }
        }
        return key;
    }

    List<ForeignKey> foreignKeys() throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT c.conrelid::regclass::text, a.attname,"
                        + " c.confrelid::regclass::text FROM pg_constraint c"
                        + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                        + " WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace"
                        + " AND array_length(c.conkey, 1) = 1")) {
            while (rows.next()) {
                keys.add(new ForeignKey(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return keys;
    }

    /** Each sequence's last value (null for one never used). */
    Map<String, Long> sequences() throws SQLException {
        Map<String, Long> sequences = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'")) {
            while (rows.next()) {
                long value = rows.getLong(2);
                sequences.put(rows.getString(1), rows.wasNull() ? null : value);
            }
        }
        return sequences;
    }

    /**
     * The tables in an order in which every row's foreign keys point at rows already in, leaving
     * out the deferred columns' edges. A cycle that remains is a schema change the archive must be
     * taught about, and is refused.
     */
    static List<String> insertionOrder(Set<String> tables, List<ForeignKey> keys) {
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        tables.forEach(table -> needs.put(table, new LinkedHashSet<>()));
        for (ForeignKey key : keys) {
            if (needs.containsKey(key.table())
                    && needs.containsKey(key.referencedTable())
                    && !key.table().equals(key.referencedTable())
                    && !ArchiveFormat.DEFERRED_COLUMNS.contains(key.table() + "." + key.column())) {
                needs.get(key.table()).add(key.referencedTable());
            }
        }
        List<String> order = new ArrayList<>();
        while (!needs.isEmpty()) {
            String ready = needs.entrySet().stream()
                    .filter(entry -> order.containsAll(entry.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "The foreign keys between " + needs.keySet() + " form a cycle the archive does not know"));
            order.add(ready);
            needs.remove(ready);
        }
        return order;
    }
}
