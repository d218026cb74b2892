package org.postbag.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A magazine's web server, as small as a test can have it: a real HTTP/1.1 server on a port of
 * the loopback interface that answers one feed with an ETag, 304 to a request that already has
 * it, and whatever status and type the test sets. It runs inside the application server, where
 * the JDK's own HTTP server is not visible to a deployment.
 */
final class FeedServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    private final List<String> conditionalRequests = new ArrayList<>();
    private volatile byte[] body = new byte[0];
    private volatile String type = "application/rss+xml; charset=UTF-8";
    private volatile int status = 200;
    private volatile int version;

    FeedServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "feed-server");
        thread.setDaemon(true);
        thread.start();
    }

    URI feed() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/feed/");
    }

    synchronized void serve(String feed) {
        body = feed.getBytes(StandardCharsets.UTF_8);
        version++;
    }

    void answer(int status, String type) {
        this.status = status;
        this.type = type;
    }

    synchronized List<String> conditionalRequests() {
        return List.copyOf(conditionalRequests);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                String line = in.readLine();
                String ifNoneMatch = null;
                while ((line = in.readLine()) != null && !line.isEmpty()) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("if-none-match:")) {
                        ifNoneMatch = line.substring(line.indexOf(':') + 1).strip();
                    }
                }
                String etag = "\"v" + version + "\"";
                OutputStream out = client.getOutputStream();
                if (ifNoneMatch != null) {
                    synchronized (this) {
                        conditionalRequests.add(ifNoneMatch);
                    }
                }
                if (status == 200 && etag.equals(ifNoneMatch)) {
                    out.write(("HTTP/1.1 304 Not Modified\r\nETag: " + etag + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                } else {
                    byte[] content = body;
                    out.write(("HTTP/1.1 " + status + " Status\r\nContent-Type: " + type + "\r\nETag: " + etag
                                    + "\r\nContent-Length: " + content.length + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.write(content);
                }
                out.flush();
            } catch (IOException closed) {
                // The test closed the server, or a client went away.
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
