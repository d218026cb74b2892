package org.postbag.moderation.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.omnifaces.util.Servlets;
import org.postbag.letter.FlagKind;
import org.postbag.moderation.Cursor;
import org.postbag.moderation.QueueFilter;
import org.postbag.moderation.QueueTab;

/**
 * The address of a queue page, /editor/queue?tab=held&amp;q=bus: its nine GET parameters as the
 * editor typed them (so that a filtered queue can be bookmarked, shared and shown back in the
 * filter form), what they mean to the queue, and the query string that keeps them for the next
 * link. A value that means nothing (an unknown flag, a date that is no date) narrows nothing.
 */
public record QueueQuery(
        String tab,
        String q,
        String flag,
        String piece,
        String from,
        String to,
        String order,
        String after,
        String before)
        implements Serializable {

    public QueueQuery {
        tab = given(tab);
        q = given(q);
        flag = given(flag);
        piece = given(piece);
        from = given(from);
        to = given(to);
        order = given(order);
        after = given(after);
        before = given(before);
    }

    /** The query of a request, read through {@code parameter} (a request's parameter map's {@code get}). */
    public static QueueQuery of(Function<String, String> parameter) {
        return new QueueQuery(
                parameter.apply("tab"),
                parameter.apply("q"),
                parameter.apply("flag"),
                parameter.apply("piece"),
                parameter.apply("from"),
                parameter.apply("to"),
                parameter.apply("order"),
                parameter.apply("after"),
                parameter.apply("before"));
    }

    /** An empty parameter is one not given, as the filter form sends its empty fields. */
    private static String given(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    public QueueTab currentTab() {
        return QueueTab.of(tab);
    }

    public boolean filtered() {
        return q != null || flag != null || piece != null || from != null || to != null;
    }

    /** What the queue is narrowed to; the days are whole days in the magazine's time zone. */
    public QueueFilter filter(ZoneId zone) {
        return new QueueFilter(
                currentTab(), q, flagKind(), piece, day(from, 0, zone), day(to, 1, zone), "newest".equals(order));
    }

    FlagKind flagKind() {
        try {
            return flag == null || flag.isBlank() ? null : FlagKind.valueOf(flag.toUpperCase());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Instant day(String value, int plusDays, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value).plusDays(plusDays).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }

    public Optional<Cursor> afterCursor() {
        return Cursor.parse(after);
    }

    public Optional<Cursor> beforeCursor() {
        return Cursor.parse(before);
    }

    /** The same filters on another tab or page. */
    public QueueQuery at(String tab, String after, String before) {
        return new QueueQuery(tab, q, flag, piece, from, to, order, after, before);
    }

    /** "?tab=held&amp;q=bus", in the order of the parameters, without those not given; "" for none. */
    public String toQueryString() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        keep(parameters, "tab", tab);
        keep(parameters, "q", q);
        keep(parameters, "flag", flag);
        keep(parameters, "piece", piece);
        keep(parameters, "from", from);
        keep(parameters, "to", to);
        keep(parameters, "order", order);
        keep(parameters, "after", after);
        keep(parameters, "before", before);
        return parameters.isEmpty() ? "" : "?" + Servlets.toQueryString(parameters);
    }

    private static void keep(Map<String, List<String>> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, List.of(value));
        }
    }
}
