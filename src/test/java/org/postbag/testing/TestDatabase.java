package org.postbag.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Creates and drops the database of one integration-test run, so that runs never see each
 * other's data. The build calls it before and after the integration tests:
 * {@code TestDatabase create|drop host port user password name}; the Payara suite has a
 * database of its own, named like the run's with {@code _payara} after it. Creating also drops
 * the databases that runs interrupted more than a day ago left behind.
 */
public final class TestDatabase {

    private static final String PREFIX = "postbag_it_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private TestDatabase() {}

    public static void main(String[] args) throws SQLException {
        if (args.length != 6 || !args[5].startsWith(PREFIX)) {
            throw new IllegalArgumentException("usage: create|drop host port user password " + PREFIX + "...");
        }
        String url = "jdbc:postgresql://" + args[1] + ":" + args[2] + "/postgres";
        Properties credentials = new Properties();
        credentials.setProperty("user", args[3]);
        credentials.setProperty("password", args[4]);
        // The driver itself, not DriverManager: under exec:java the driver sits in a class
        // loader that DriverManager does not search.
        try (Connection connection = new org.postgresql.Driver().connect(url, credentials);
                Statement statement = connection.createStatement()) {
            String name = args[5];
            if (args[0].equals("create")) {
                for (String stale : staleDatabases(statement)) {
                    statement.execute("DROP DATABASE IF EXISTS " + stale + " WITH (FORCE)");
                }
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
                System.out.println("[postbag] Created test database " + name + " at " + url);
            } else {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                System.out.println("[postbag] Dropped test database " + name);
            }
        }
    }

    private static List<String> staleDatabases(Statement statement) throws SQLException {
        List<String> stale = new ArrayList<>();
        LocalDateTime dayAgo = LocalDateTime.now().minusDays(1);
        try (ResultSet names =
                statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (names.next()) {
                String name = names.getString(1);
                try {
                    // postbag_it_<stamp>, or postbag_it_<stamp>_payara for the Payara suite
                    String stamp = name.substring(PREFIX.length(), Math.min(name.length(), PREFIX.length() + 15));
                    if (LocalDateTime.parse(stamp, STAMP).isBefore(dayAgo)) {
                        stale.add(name);
                    }
                } catch (RuntimeException notOurs) {
                    // a name that does not follow our pattern is someone else's: leave it
                }
            }
        }
        return stale;
    }
}
