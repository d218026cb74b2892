package org.postbag.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into one table through {@code COPY ... FROM STDIN} (text format), on a connection of its
 * own so that several tables fill at once. Values are escaped here; null is {@code \N}.
 */
final class CopyStream implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 64 * 1024);
    private final String table;
    private long rows;

    CopyStream(Connection connection, String table, String... columns) throws SQLException {
        this.table = table;
        this.copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
    }

    /** One row; each value is written with {@link String#valueOf}, arrays of longs as PostgreSQL arrays, bytes as bytea. */
    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(values[i]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void append(Object value) {
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof long[] array) {
            buffer.append('{')
                    .append(Arrays.stream(array).mapToObj(Long::toString).collect(Collectors.joining(",")))
                    .append('}');
        } else if (value instanceof byte[] bytes) {
            buffer.append("\\\\x").append(HexFormat.of().formatHex(bytes));
        } else if (value instanceof Collection<?> list) {
            buffer.append('{').append(list.stream().map(String::valueOf).collect(Collectors.joining(","))).append('}');
        } else if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    case '\t' -> buffer.append("\\t");
                    default -> buffer.append(c);
                }
            }
        } else {
            buffer.append(value);
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
