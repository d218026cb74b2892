package org.postbag.linking.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postbag.testing.JsonMaps;

/** The sample debate the demo loads, with the thread walked the way the application will walk it. */
final class TramDebate {

    record Piece(String key, String title, String authorName, String body, List<String> replyTo) {

        Source asSource() {
            return new Source(key, title, authorName, body);
        }
    }

    private final Map<String, Piece> pieces;

    private TramDebate(Map<String, Piece> pieces) {
        this.pieces = pieces;
    }

    @SuppressWarnings("unchecked")
    static TramDebate load() {
        {
            Map<String, Object> root = (Map<String, Object>) JsonMaps.parse(JsonMaps.sample());
            Map<String, Piece> pieces = new LinkedHashMap<>();
            for (Object item : (List<Object>) root.get("pieces")) {
                Map<String, Object> piece = (Map<String, Object>) item;
                Map<String, Object> author = (Map<String, Object>) piece.get("author");
                List<String> replyTo = ((List<Object>) piece.get("replyTo"))
                        .stream().map(String.class::cast).toList();
                String key = (String) piece.get("key");
                pieces.put(
                        key,
                        new Piece(
                                key,
                                (String) piece.get("title"),
                                (String) author.get("name"),
                                (String) piece.get("body"),
                                replyTo));
            }
            return new TramDebate(pieces);
        }
    }

    Piece piece(String key) {
        Piece piece = pieces.get(key);
        if (piece == null) {
            throw new IllegalArgumentException("No piece " + key);
        }
        return piece;
    }

    /** The pieces a letter replies to, then their ancestors, nearest first: the order the checker expects. */
    List<Source> sourcesFor(String letterKey) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> generation = piece(letterKey).replyTo();
        while (!generation.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String key : generation) {
                if (seen.add(key)) {
                    next.addAll(piece(key).replyTo());
                }
            }
            generation = next;
        }
        return seen.stream().map(key -> piece(key).asSource()).toList();
    }
}
