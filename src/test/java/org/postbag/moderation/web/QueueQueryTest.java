package org.postbag.moderation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postbag.letter.FlagKind;
import org.postbag.moderation.QueueFilter;
import org.postbag.moderation.QueueTab;

class QueueQueryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static QueueQuery of(String... pairs) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return QueueQuery.of(parameters::get);
    }

    @Test
    void theFiltersMeanWhatTheEditorChose() {
        QueueFilter filter = of(
                        "tab",
                        "held",
                        "q",
                        " bus ",
                        "flag",
                        "links",
                        "piece",
                        "A-2026-00001",
                        "from",
                        "2026-06-01",
                        "to",
                        "2026-06-30",
                        "order",
                        "newest")
                .filter(LONDON);
        assertEquals(QueueTab.HELD, filter.tab());
        assertEquals("bus", filter.search());
        assertEquals(FlagKind.LINKS, filter.flag());
        assertEquals("A-2026-00001", filter.replyingTo());
        assertEquals(Instant.parse("2026-05-31T23:00:00Z"), filter.from());
        assertEquals(Instant.parse("2026-06-30T23:00:00Z"), filter.to(), "the whole last day is in");
        assertTrue(filter.newestFirst());
    }

    @Test
    void whatMeansNothingNarrowsNothing() {
        QueueQuery query = of(
                "tab",
                "nonsense",
                "flag",
                "no-such-flag",
                "from",
                "yesterday",
                "to",
                "2026-13-45",
                "order",
                "sideways",
                "after",
                "not-a-cursor");
        QueueFilter filter = query.filter(LONDON);
        assertEquals(QueueTab.NEW, filter.tab());
        assertNull(filter.flag());
        assertNull(filter.from());
        assertNull(filter.to());
        assertFalse(filter.newestFirst());
        assertTrue(query.afterCursor().isEmpty());
    }

    @Test
    void theEmptyFieldsOfTheFilterFormAreNoFilter() {
        QueueQuery query = of("tab", "new", "q", "", "flag", "", "piece", "", "from", "", "to", "", "order", "");
        assertFalse(query.filtered());
        assertEquals("?tab=new", query.toQueryString());
        assertTrue(of("tab", "new", "q", "x").filtered());
    }

    @Test
    void theQueryStringKeepsTheFiltersInOrderAndEncoded() {
        QueueQuery query = of(
                "order",
                "newest",
                "q",
                "bus & tram",
                "tab",
                "mine",
                "flag",
                "links",
                "from",
                "2026-06-01",
                "after",
                "c1");
        assertEquals(
                "?tab=mine&q=bus+%26+tram&flag=links&from=2026-06-01&order=newest&after=c1", query.toQueryString());
        assertEquals(
                "?tab=all&q=bus+%26+tram&flag=links&from=2026-06-01&order=newest&before=c0",
                query.at("all", null, "c0").toQueryString());
        assertEquals("", of().toQueryString());
    }

    @Test
    void aBlankValueIsLeftOutOfLinksButShownBack() {
        QueueQuery query = of("q", "  ");
        assertEquals("  ", query.q(), "the filter form shows what was typed");
        assertEquals("", query.toQueryString());
    }
}
