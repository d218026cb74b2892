package org.postbag.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Settings that come from the server's environment. Each has a default that suits a local
 * run; README.md lists them all. An environment variable {@code POSTBAG_FOO_BAR} may also be
 * given as the system property {@code postbag.foo.bar} (handier in a server's own
 * configuration file), which then wins over the environment.
 */
@ApplicationScoped
public class Config {

    /** An override in force for this name ({@link Overrides}), which even a stored admin setting gives way to. */
    public Optional<String> override(String name) {
        return Optional.ofNullable(Overrides.value(name))
                .filter(value -> !value.isBlank())
                .map(String::strip);
    }

    public Optional<String> value(String name) {
        String value = Overrides.value(name);
        if (value == null) {
            value = System.getProperty(propertyName(name));
        }
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /**
     * The environment variable alone, without the system property: for values the server's own
     * configuration reads from the environment (the datasource in postbag.cli and on Payara).
     */
    public Optional<String> environment(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public String string(String name, String fallback) {
        return value(name).orElse(fallback);
    }

    public int integer(String name, int fallback) {
        return value(name).map(v -> parse(name, v)).orElse(fallback);
    }

    public boolean flag(String name, boolean fallback) {
        return value(name)
                .map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(fallback);
    }

    public Duration seconds(String name, Duration fallback) {
        return value(name).map(v -> Duration.ofSeconds(parse(name, v))).orElse(fallback);
    }

    /** The public address of the site, without a trailing slash; links in emails start here. */
    public String baseUrl() {
        String url = string("POSTBAG_BASE_URL", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Demo mode: demo content, demo accounts and a banner on every page. Never in production. */
    public boolean demo() {
        return flag("POSTBAG_DEMO", false);
    }

    static String propertyName(String environmentName) {
        return environmentName.toLowerCase().replace('_', '.');
    }

    private static int parse(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, not '" + value + "'", e);
        }
    }

    /**
     * A test seam: a value that wins over the system property and the environment, for one
     * integration test inside the server, undone when the test closes it. Unlike a system
     * property on the server's JVM it belongs to this deployment (the next test class deploys
     * afresh and starts without it), and {@link #forThisThread} is seen by the calling thread
     * alone, so that timers, the outbox and other requests go on with the real value.
     */
    public static final class Overrides {

        private static final ThreadLocal<Map<String, String>> THREAD = new ThreadLocal<>();
        private static final Map<String, String> SERVER = new ConcurrentHashMap<>();

        /** An override in force until closed. */
        public interface Scope extends AutoCloseable {
            @Override
            void close();
        }

        private Overrides() {}

        /** For code the test calls itself, on its own thread. */
        public static Scope forThisThread(String name, String value) {
            Map<String, String> values = THREAD.get();
            if (values == null) {
                values = new HashMap<>();
                THREAD.set(values);
            }
            String before = values.put(name, value);
            Map<String, String> these = values;
            return () -> {
                restore(these, name, before);
                if (these.isEmpty()) {
                    THREAD.remove();
                }
            };
        }

        /**
         * For a setting read on the server's own request threads (a page the test fetches over
         * HTTP): seen by every thread of this deployment until closed, and then put back as it was.
         */
        public static Scope forTheServer(String name, String value) {
            String before = SERVER.put(name, value);
            return () -> restore(SERVER, name, before);
        }

        static String value(String name) {
            Map<String, String> values = THREAD.get();
            String value = values == null ? null : values.get(name);
            return value != null ? value : SERVER.get(name);
        }

        private static void restore(Map<String, String> values, String name, String before) {
            if (before == null) {
                values.remove(name);
            } else {
                values.put(name, before);
            }
        }
    }
}
