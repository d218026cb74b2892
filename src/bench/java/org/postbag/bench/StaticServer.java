package org.postbag.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * nginx serving pages saved from the application as static files, on a port of its own: the
 * yardstick for the public pages. Two workers, like the two cores, and no access log.
 */
final class StaticServer implements AutoCloseable {

    private final Process nginx;
    private final int port;

    StaticServer(Path root, int port) throws IOException, InterruptedException {
        this.port = port;
        Path prefix = root.resolveSibling("nginx");
        Files.createDirectories(prefix.resolve("logs"));
        Path config = prefix.resolve("nginx.conf");
        boolean root0 = "root".equals(System.getProperty("user.name"));
        Files.writeString(config, """
                %s
                worker_processes 2;
                pid %s;
                error_log %s warn;
                daemon off;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    sendfile on;
                    tcp_nopush on;
                    keepalive_requests 1000000;
                    types { text/html html; }
                    default_type text/html;
                    client_body_temp_path %s;
                    proxy_temp_path %s;
                    fastcgi_temp_path %s;
                    uwsgi_temp_path %s;
                    scgi_temp_path %s;
                    server {
                        listen 127.0.0.1:%d;
                        root %s;
                        location / { try_files $uri.html =404; }
                    }
                }
                """.formatted(
                        root0 ? "user root;" : "",
                        prefix.resolve("nginx.pid"),
                        prefix.resolve("logs/error.log"),
                        prefix.resolve("tmp"),
                        prefix.resolve("tmp"),
                        prefix.resolve("tmp"),
                        prefix.resolve("tmp"),
                        prefix.resolve("tmp"),
                        port,
                        root.toAbsolutePath()));
        Files.createDirectories(prefix.resolve("tmp"));
        nginx = new ProcessBuilder("nginx", "-p", prefix.toAbsolutePath().toString(), "-c", config.toAbsolutePath().toString())
                .inheritIO()
                .start();
        Thread.sleep(700);
        if (!nginx.isAlive()) {
            throw new IOException("nginx did not start (exit " + nginx.exitValue() + ")");
        }
    }

    String url(String name) {
        return "http://127.0.0.1:" + port + "/" + name;
    }

    @Override
    public void close() throws InterruptedException {
        nginx.destroy();
        if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
            nginx.destroyForcibly();
        }
    }
}
