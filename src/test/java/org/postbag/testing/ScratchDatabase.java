package org.postbag.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A database of a test's own, next to the run's (its name is the run's with a suffix, so the
 * build's clean-up of stale test databases finds it too), created empty and dropped after.
 * For tests that start servers of their own.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String host;
    private final int port;
    private final String name;
    private final Properties credentials = new Properties();

    private ScratchDatabase(String host, int port, String name) {
        this.host = host;
        this.port = port;
        this.name = name;
        credentials.setProperty("user", System.getProperty("postbag.it.db.user", "postgres"));
        credentials.setProperty("password", System.getProperty("postbag.it.db.password", "postgres"));
    }

    /** Creates {@code <the run's database>_<suffix>}, dropping a leftover of that name first. */
    public static ScratchDatabase create(String suffix) throws SQLException {
        // jdbc:postgresql://host:port/name
        String runUrl = System.getProperty("postbag.it.db.url", "jdbc:postgresql://127.0.0.1:5432/postbag_it_local");
        String rest = runUrl.substring("jdbc:postgresql://".length());
        String hostPort = rest.substring(0, rest.indexOf('/'));
        String runName = rest.substring(rest.indexOf('/') + 1);
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 5432;
        if (!suffix.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException(suffix);
        }
        ScratchDatabase database = new ScratchDatabase(host, port, runName + "_" + suffix);
        database.admin("DROP DATABASE IF EXISTS " + database.name + " WITH (FORCE)");
        database.admin("CREATE DATABASE " + database.name + " ENCODING 'UTF8' TEMPLATE template0");
        return database;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public String user() {
        return credentials.getProperty("user");
    }

    public String password() {
        return credentials.getProperty("password");
    }

    /** The URL of this database through another port (a proxy's) on the same host. */
    public String url(String host, int port) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    public String url() {
        return url(host, port);
    }

    /** A direct connection (not through any proxy), for checking what was stored. */
    public Connection connect() throws SQLException {
        return new org.postgresql.Driver().connect(url(), credentials);
    }

    /**
     * Drops the database. A DROP DATABASE waits until every backend of the server has taken note
     * (PostgreSQL 15 and later), so on a busy shared server it can wait for minutes behind
     * someone else's long statement: it is given 30 seconds, and a database it could not drop
     * is left to the build's clean-up of stale test databases rather than failing the test.
     */
    @Override
    public void close() {
        try {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException busy) {
            System.err.println("[postbag] Could not drop " + name + " now (" + busy.getMessage()
                    + "); the next run's clean-up drops it");
        }
    }

    private void admin(String sql) throws SQLException {
        try (Connection connection = new org.postgresql.Driver()
                        .connect("jdbc:postgresql://" + host + ":" + port + "/postgres", credentials);
                Statement statement = connection.createStatement()) {
            statement.execute("SET statement_timeout = '30s'");
            statement.execute(sql);
        }
    }
}
