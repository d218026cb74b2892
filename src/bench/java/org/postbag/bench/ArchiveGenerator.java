package org.postbag.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;

/**
 * Builds a benchmark archive in its own PostgreSQL database: the schema from db-migrations/
 * (Flyway, as at deploy), then every table filled with {@code COPY}, with the secondary indexes
 * dropped during the load and built again afterwards.
 *
 * <pre>./mvnw -Pload test-compile exec:java@generate -Dletters=1000000</pre>
 */
public final class ArchiveGenerator {

    static final int DESK_EDITORS = 5;

    /** The tables COPY fills; their secondary indexes are built after the load. */
    private static final List<String> LOADED = List.of(
            "issue",
            "letter",
            "piece",
            "reply_link",
            "letter_event",
            "letter_flag",
            "letter_revision",
            "author_approval");

    private ArchiveGenerator() {}

    public static void main(String[] args) throws Exception {
        int letters = Integer.parseInt(System.getProperty("letters", "10000"));
        BenchDatabase target = BenchDatabase.forLetters(letters);
        String migrations = System.getProperty("postbag.migrations", "db-migrations");
        long started = System.nanoTime();

        target.recreate();
        Flyway.configure()
                .dataSource(target.url(), target.user(), target.password())
                .locations("filesystem:" + migrations)
                .load()
                .migrate();
        log(started, "schema migrated in " + target.name());

        Instant anchor = Instant.now().truncatedTo(ChronoUnit.HOURS);
        ArchivePlan plan = new ArchivePlan(letters, anchor, 20261127L + letters);
        log(started, "planned " + plan.all.size() + " letters, " + plan.issues.size() + " issues, "
                + plan.threads.size() + " debates");

        Map<String, String> indexes;
        List<Long> editors;
        try (Connection admin = target.connect()) {
            indexes = secondaryIndexes(admin);
            try (Statement statement = admin.createStatement()) {
                for (String name : indexes.keySet()) {
                    statement.execute("DROP INDEX " + name);
                }
                for (String table : LOADED) {
                    statement.execute("ALTER TABLE " + table + " DISABLE TRIGGER ALL");
                }
            }
            editors = deskEditors(admin, anchor);
        }

        new ArchiveWriter(target, plan, editors).write();
        log(started, "rows copied");

        buildIndexes(target, indexes.values());
        log(started, indexes.size() + " indexes built");

        try (Connection admin = target.connect();
                Statement statement = admin.createStatement()) {
            for (String table : LOADED) {
                statement.execute("ALTER TABLE " + table + " ENABLE TRIGGER ALL");
            }
            long pieces = plan.articles.size() + plan.all.size();
            statement.execute("SELECT setval('letter_id_seq', " + (plan.all.size() + 1000) + ")");
            statement.execute("SELECT setval('letter_reference_seq', " + plan.all.size() + ")");
            statement.execute("SELECT setval('piece_id_seq', " + (pieces + 1000) + ")");
            statement.execute("SELECT setval('article_reference_seq', " + plan.articles.size() + ")");
            statement.execute("SELECT setval('reply_link_id_seq', (SELECT coalesce(max(id), 0) + 1000 FROM reply_link))");
            statement.execute(
                    "SELECT setval('letter_event_id_seq', (SELECT coalesce(max(id), 0) + 1000 FROM letter_event))");
            statement.execute(
                    "SELECT setval('letter_revision_id_seq', (SELECT coalesce(max(id), 0) + 1000 FROM letter_revision))");
            statement.execute(
                    "SELECT setval('author_approval_id_seq', (SELECT coalesce(max(id), 0) + 1000 FROM author_approval))");
            statement.execute("SELECT setval(pg_get_serial_sequence('issue', 'id'), " + plan.issues.size() + ")");
            statement.execute("UPDATE publication_state SET version = version + 1, changed_at = now()");
            statement.execute("VACUUM (ANALYZE)");
            Fixture fixture = Fixture.of(plan);
            statement.execute("COMMENT ON DATABASE " + target.name() + " IS '" + fixture.comment() + "'");
            log(started, "done: " + fixture.comment());
        }
    }

    /** The desk's editors, who decided the letters of the archive (they have no password: nobody signs in as them). */
    private static List<Long> deskEditors(Connection connection, Instant anchor) throws SQLException {
        List<Long> ids = new ArrayList<>();
        String[] names = {"Ruth Ackroyd", "Imran Sheikh", "Joan Pickering", "Owen Lloyd", "Nadia Brook"};
        for (int i = 0; i < DESK_EDITORS; i++) {
            try (var insert = connection.prepareStatement(
                    "INSERT INTO account (email, display_name, created_at) VALUES (?, ?, ?) RETURNING id")) {
                insert.setString(1, "desk" + (i + 1) + "@bench.postbag.org");
                insert.setString(2, names[i]);
                insert.setObject(3, OffsetDateTime.ofInstant(anchor.minus(Duration.ofDays(20_000)), ZoneOffset.UTC));
                try (ResultSet id = insert.executeQuery()) {
                    id.next();
                    ids.add(id.getLong(1));
                }
            }
            try (Statement role = connection.createStatement()) {
                role.execute("INSERT INTO account_role (account_id, role) VALUES (" + ids.get(i) + ", 'EDITOR')");
            }
        }
        return ids;
    }

    /** Name to definition of every index on the loaded tables that no constraint owns. */
    private static Map<String, String> secondaryIndexes(Connection connection) throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                        WHERE t.relname IN ('%s')
                          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                        ORDER BY pg_relation_size(i.indrelid) DESC, 1
                        """.formatted(String.join("', '", LOADED)))) {
            while (rows.next()) {
                indexes.put(rows.getString(1), rows.getString(2));
            }
        }
        return indexes;
    }

    /** Two at a time: one per core. */
    private static void buildIndexes(BenchDatabase target, Collection<String> definitions)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> builds = new ArrayList<>();
            for (String definition : definitions) {
                builds.add(pool.submit(() -> {
                    try (Connection connection = target.connect();
                            Statement statement = connection.createStatement()) {
                        statement.execute("SET maintenance_work_mem = '1GB'");
                        statement.execute("SET max_parallel_maintenance_workers = 0");
                        statement.execute(definition);
                    }
                    return null;
                }));
            }
            for (Future<?> build : builds) {
                build.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static String authorName(int author) {
        String first = BenchText.FIRST_NAMES[author % BenchText.FIRST_NAMES.length];
        int rest = author / BenchText.FIRST_NAMES.length;
        String surname = BenchText.SURNAMES[rest % BenchText.SURNAMES.length];
        int generation = rest / BenchText.SURNAMES.length;
        return generation == 0 ? first + " " + surname : first + " " + (char) ('A' + generation % 26) + ". " + surname;
    }

    static String authorTown(int author) {
        return BenchText.TOWNS[Math.floorMod(author * 31 + 7, BenchText.TOWNS.length)];
    }

    static String authorEmail(int author) {
        return authorName(author).toLowerCase().replaceAll("[^a-z]+", ".") + author + "@example.org";
    }

    private static void log(long started, String what) {
        System.out.printf("[bench] %5.1f s  %s%n", (System.nanoTime() - started) / 1e9, what);
    }

    /** What the load driver needs to know about an archive, kept in the database's comment. */
    record Fixture(int letters, int issue, String thread) {

        static Fixture of(ArchivePlan plan) {
            ArchivePlan.IssuePlan latest = plan.issues.get(plan.issues.size() - 3);
            return new Fixture(plan.all.size(), latest.number, ArchiveWriter.articleReference(plan.benchThread.root));
        }

        String comment() {
            return "postbag-bench letters=" + letters + " issue=" + issue + " thread=" + thread;
        }

        static Fixture parse(String comment) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String part : comment.split(" ")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    values.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            return new Fixture(
                    Integer.parseInt(values.get("letters")), Integer.parseInt(values.get("issue")), values.get("thread"));
        }
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
