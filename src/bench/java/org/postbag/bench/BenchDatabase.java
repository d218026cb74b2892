package org.postbag.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A benchmark database on the PostgreSQL server named by {@code POSTBAG_BENCH_PG_HOST},
 * {@code _PORT}, {@code _USER} and {@code _PASSWORD} (default 127.0.0.1:5432, postgres), one per
 * archive size: {@code postbag_bench_10k}, {@code _100k}, {@code _1m}.
 */
record BenchDatabase(String host, int port, String name, String user, String password) {

    static BenchDatabase forLetters(int letters) {
        String size = letters % 1_000_000 == 0
                ? letters / 1_000_000 + "m"
                : letters % 1000 == 0 ? letters / 1000 + "k" : String.valueOf(letters);
        return new BenchDatabase(
                env("POSTBAG_BENCH_PG_HOST", "127.0.0.1"),
                Integer.parseInt(env("POSTBAG_BENCH_PG_PORT", "5432")),
                "postbag_bench_" + size,
                env("POSTBAG_BENCH_PG_USER", "postgres"),
                env("POSTBAG_BENCH_PG_PASSWORD", "postgres"));
    }

    /** A database of a benchmark's own on the same server. */
    static BenchDatabase named(String name) {
        BenchDatabase any = forLetters(10_000);
        return new BenchDatabase(any.host(), any.port(), name, any.user(), any.password());
    }

    String url() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    private Connection server() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
    }

    void recreate() throws SQLException {
        try (Connection connection = server();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    /** The archive's description, if the generator finished it. */
    Optional<String> comment() throws SQLException {
        try (Connection connection = server();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT shobj_description(oid, 'pg_database') FROM pg_database"
                        + " WHERE datname = '" + name + "'")) {
            return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
