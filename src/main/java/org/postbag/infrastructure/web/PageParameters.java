package org.postbag.infrastructure.web;

import java.nio.charset.StandardCharsets;

/**
 * The query parameters the public pages read, and the one form of a query that a page is served
 * and kept under. Only /search reads any: the words ({@code q}), then the page of results
 * ({@code page}, a number from 2 up; the first page has none). Every other parameter is dropped;
 * a repeated one keeps its first value, as the servlet API reads it; a character that an address
 * may not carry as it is gets percent-encoded. The canonical form of a canonical query is itself,
 * so a redirect to it is never redirected again.
 */
final class PageParameters {

    private static final String KEPT_AS_TYPED =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + "-._~%+!$'()*,;:@/?=";

    private PageParameters() {}

    /** The query a public page at {@code path} is kept under: "" when it reads no parameter. */
    static String canonical(String path, String query) {
        if (!"/search".equals(path) || query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder canonical = new StringBuilder();
        String words = first(query, "q");
        if (words != null) {
            canonical.append("q=").append(safe(words));
        }
        String page = pageNumber(first(query, "page"));
        if (page != null) {
            canonical.append(canonical.isEmpty() ? "" : "&").append("page=").append(page);
        }
        return canonical.toString();
    }

    /** The value of the first parameter so named, as it was written; null when there is none. */
    private static String first(String query, String name) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return equals < 0 ? "" : pair.substring(equals + 1);
            }
        }
        return null;
    }

    /** A page number as the search page reads it; null for the first page and for what is no number. */
    private static String pageNumber(String value) {
        if (value == null || !value.matches("[0-9]{1,9}")) {
            return null;
        }
        int number = Integer.parseInt(value);
        return number < 2 ? null : String.valueOf(number);
    }

    private static String safe(String value) {
        StringBuilder safe = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128 && KEPT_AS_TYPED.indexOf(c) >= 0) {
                safe.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    safe.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return safe.toString();
    }
}
