package org.postbag.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * nginx serving pages saved from the application as static files, on a port of its own: the
 * yardstick for the public pages. Two workers, like the two cores, and no access log. On the
 * next port, the same nginx as a caching proxy in front of Postbag, configured as
 * the README's "Running it in production" recommends (the pages' own Cache-Control and ETag decide what is kept
 * and for how long; signed-in editors pass straight through).
 */
final class StaticServer implements AutoCloseable {

    private final Process nginx;
    private final int port;

    StaticServer(Path root, int port, int upstreamPort) throws IOException, InterruptedException {
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
                    proxy_cache_path %s keys_zone=postbag:10m max_size=256m inactive=10m;
                    upstream postbag { server 127.0.0.1:%d; keepalive 32; }
                    server {
                        listen 127.0.0.1:%d;
                        location / {
                            tcp_nopush off;
                            proxy_pass http://postbag;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $http_host;
                            proxy_cache postbag;
                            proxy_cache_revalidate on;
                            proxy_cache_lock on;
                            proxy_cache_use_stale updating error timeout;
                            proxy_cache_bypass $cookie_JSESSIONID;
                            proxy_no_cache $cookie_JSESSIONID;
                        }
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
                        root.toAbsolutePath(),
                        prefix.resolve("cache").toAbsolutePath(),
                        upstreamPort,
                        port + 1));
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

    /** The application's path through the caching proxy. */
    String proxied(String path) {
        return "http://127.0.0.1:" + (port + 1) + path;
    }

    @Override
    public void close() throws InterruptedException {
        nginx.destroy();
        if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
            nginx.destroyForcibly();
        }
    }
}
