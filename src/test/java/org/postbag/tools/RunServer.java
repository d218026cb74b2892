package org.postbag.tools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * The run command ({@code ./mvnw -Prun}): WildFly from target/, an embedded PostgreSQL unless
 * {@code POSTBAG_DB_URL} names a server, and demo mode, on http://localhost:8080/. Ctrl-C stops
 * the server and then the database.
 */
public final class RunServer {

    private static final String DATABASE = "postbag";

    private RunServer() {}

    public static void main(String[] args) throws Exception {
        Path wildflyHome = Path.of(required("postbag.wildfly.home"));
        Path war = Path.of(required("postbag.war"));
        Path serverDir = Path.of(required("postbag.server.dir"));

        Map<String, String> environment = new HashMap<>();
        EmbeddedPostgres database = null;
        if (isBlank(System.getenv("POSTBAG_DB_URL"))) {
            Path dataDir = Path.of(envOr(
                    "POSTBAG_DEMO_DATA_DIR",
                    Path.of(System.getProperty("user.home"), ".postbag", "demo-db")
                            .toString()));
            database = startDatabase(dataDir);
            environment.put("POSTBAG_DB_URL", database.getJdbcUrl("postgres", DATABASE));
            environment.put("POSTBAG_DB_USER", "postgres");
            environment.put("POSTBAG_DB_PASSWORD", "postgres");
        }
        environment.put("POSTBAG_DEMO", envOr("POSTBAG_DEMO", "true"));
        environment.put("POSTBAG_MAGAZINE_NAME", envOr("POSTBAG_MAGAZINE_NAME", "Northern Review"));
        environment.put("POSTBAG_WORD_LIMIT", envOr("POSTBAG_WORD_LIMIT", "350"));

        Process server = launch(wildflyHome, serverDir, war, environment);
        EmbeddedPostgres stopDatabase = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, stopDatabase), "postbag-stop"));

        String url = "http://localhost:" + httpPort() + "/";
        if (waitUntilServing(url, server, Duration.ofMinutes(3))) {
            System.out.println();
            System.out.println("  Postbag is running at " + url);
            System.out.println("  Press Ctrl-C to stop it.");
            System.out.println();
        }
        int exit = server.waitFor();
        if (exit != 0) {
            System.err.println("WildFly stopped with exit code " + exit);
        }
    }

    /**
     * A fresh copy of the configured WildFly in {@code serverDir} with the application deployed,
     * started with this environment (and {@code POSTBAG_JAVA_OPTS}); also used by the load
     * benchmark, so that it measures the server exactly as the run command starts it.
     */
    public static Process launch(Path wildflyHome, Path serverDir, Path war, Map<String, String> environment)
            throws IOException {
        prepareServerDirectory(wildflyHome.resolve("standalone"), serverDir, war);
        return Launcher.of(StandaloneCommandBuilder.of(wildflyHome)
                        .setBaseDirectory(serverDir)
                        .addJavaOptions(
                                envOr("POSTBAG_JAVA_OPTS", "-Xms256m -Xmx1g").split("\\s+"))
                        .addJavaOption("-Djboss.http.port=" + httpPort()))
                .inherit()
                .addEnvironmentVariables(environment)
                .launch();
    }

    /** The HTTP port: 8080 unless {@code POSTBAG_HTTP_PORT} says otherwise. */
    public static int httpPort() {
        return Integer.parseInt(envOr("POSTBAG_HTTP_PORT", "8080"));
    }

    /**
     * The demo's data stays between runs, so the embedded server writes it as durably as any
     * PostgreSQL: the library starts it with fsync off ({@code -F}) and synchronous_commit off
     * for throw-away test databases, and these settings, given after, win.
     */
    static final Map<String, String> DURABLE =
            Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    static EmbeddedPostgres.Builder databaseBuilder(Path dataDir) {
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false);
        DURABLE.forEach(builder::setServerConfig);
        return builder;
    }

    static EmbeddedPostgres startDatabase(Path dataDir) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = databaseBuilder(dataDir).start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet exists =
                        statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
        System.out.println("[postbag] Embedded PostgreSQL on port " + postgres.getPort() + ", data in " + dataDir);
        return postgres;
    }

    /** A fresh copy of the configured server for each run, with the application deployed. */
    private static void prepareServerDirectory(Path standalone, Path serverDir, Path war) throws IOException {
        deleteRecursively(serverDir);
        try (Stream<Path> paths = Files.walk(standalone)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path relative = standalone.relativize(source);
                if (relative.startsWith("data") || relative.startsWith("tmp") || relative.startsWith("log")) {
                    continue;
                }
                Path target = serverDir.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.copy(war, serverDir.resolve("deployments").resolve("postbag.war"));
    }

    public static boolean waitUntilServing(String url, Process server, Duration patience) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline) && server.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static void stop(Process server, EmbeddedPostgres database) {
        try {
            if (server.isAlive()) {
                server.destroy();
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
            if (database != null) {
                database.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (isBlank(value)) {
            throw new IllegalStateException("System property " + property + " is not set; run ./mvnw -Prun");
        }
        return value;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return isBlank(value) ? fallback : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
