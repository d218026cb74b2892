package org.postbag.infrastructure.persistence;

import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements each thread sends, so that the request log can say how many queries
 * a page took and tests can hold a page to a fixed number however long its thread grows. Named
 * in persistence.xml; Hibernate makes one instance per persistence unit, the count lives in a
 * thread-local because a request runs on one thread.
 */
public class QueryCounter implements StatementInspector {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    /** Statements sent by this thread so far. */
    public static int count() {
        return COUNT.get()[0];
    }

    /** Forgets what this thread sent, at the start of a request. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** The statements that {@code work} sends on this thread. */
    public static <T> Counted<T> during(Supplier<T> work) {
        int before = count();
        T result = work.get();
        return new Counted<>(result, count() - before);
    }

    public record Counted<T>(T result, int queries) {}
}
