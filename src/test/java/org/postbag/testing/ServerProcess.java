package org.postbag.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * A WildFly that a test launches, kills and restarts itself (Arquillian's managed server
 * cannot be killed mid-test): the build's configured server in {@code target/}, a base
 * directory of its own, the packaged WAR in its deployments folder, on ports of its own
 * ({@code postbag.it.faults.port.offset}), and exactly the environment the test gives it
 * (the test JVM's own {@code POSTBAG_*} variables are not passed on). The server's output
 * goes to {@code console.log} in its base directory.
 */
public final class ServerProcess implements AutoCloseable {

    private final Path baseDir;
    private final int portOffset;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Process process;

    private ServerProcess(Path baseDir, int portOffset) {
        this.baseDir = baseDir;
        this.portOffset = portOffset;
    }

    /** A fresh server directory named {@code name} next to the tests' other servers. */
    public static ServerProcess prepare(String name) throws IOException {
        Path wildflyHome = Path.of(System.getProperty("jboss.home"));
        Path war = Path.of(System.getProperty("postbag.war", "target/postbag.war"));
        Path baseDir = Path.of(System.getProperty("postbag.it.server.dir", "target/it-server"))
                .resolveSibling(name);
        int offset = Integer.parseInt(System.getProperty("postbag.it.faults.port.offset", "150"));
        ServerProcess server = new ServerProcess(baseDir, offset);
        server.copyConfiguration(wildflyHome.resolve("standalone"), war);
        return server;
    }

    public ServerProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/");
    }

    public URI page(String path) {
        return base().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** Starts the server and waits until the application answers {@code /health/ready}. */
    public ServerProcess start(Duration patience) throws IOException, InterruptedException {
        launch();
        awaitReady(patience);
        return this;
    }

    /** Starts the server without waiting for the application, for tests of a deploy that must fail. */
    public ServerProcess launch() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(Path.of(System.getProperty("jboss.home")))
                .setBaseDirectory(baseDir)
                .addJavaOptions(
                        "-Xms256m",
                        "-Xmx768m",
                        // Started up to six times per test on a 2-core machine: the quick
                        // compiler only and one GC thread make every start cheaper.
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Djava.net.preferIPv4Stack=true",
                        "-Djboss.socket.binding.port-offset=" + portOffset);
        ProcessBuilder builder = new ProcessBuilder(command.build())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        baseDir.resolve("console.log").toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("POSTBAG_"));
        builder.environment().putAll(environment);
        builder.environment().put("JBOSS_HOME", System.getProperty("jboss.home"));
        process = builder.start();
        return this;
    }

    /** What the server has written to its console so far. */
    public String console() throws IOException {
        Path console = baseDir.resolve("console.log");
        return Files.exists(console) ? Files.readString(console) : "";
    }

    /** Whether the deployment scanner gave up on the WAR (it leaves a marker file beside it). */
    public boolean deploymentFailed() {
        return Files.exists(baseDir.resolve("deployments").resolve("postbag.war.failed"));
    }

    /** SIGKILL: no shutdown hook, no graceful undeploy, connections dropped mid-transaction. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("WildFly " + process.pid() + " survived SIGKILL");
            }
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    private void awaitReady(Duration patience) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "WildFly stopped while starting (exit " + process.exitValue() + "); see " + baseDir);
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(page("/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("WildFly did not become ready within " + patience + "; see " + baseDir);
    }

    /** Stops the server gracefully if it runs, forcibly if it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void copyConfiguration(Path standalone, Path war) throws IOException {
        deleteRecursively(baseDir);
        try (Stream<Path> paths = Files.walk(standalone)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path relative = standalone.relativize(source);
                if (relative.startsWith("data") || relative.startsWith("tmp") || relative.startsWith("log")) {
                    continue;
                }
                Path target = baseDir.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.copy(war, baseDir.resolve("deployments").resolve("postbag.war"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                    try {
                        Files.delete(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
