package org.postbag.intake;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Mail that no person wrote to the letters page: out-of-office replies, bounces, mailing-list
 * traffic. Recognised by the headers that RFC 3834, RFC 3464 and RFC 2919 give them (and the
 * older ones still in use), and kept out of the queue with the reason.
 */
public final class AutomaticMail {

    private AutomaticMail() {}

    /**
     * @param headers the message's headers, names in lower case
     * @param contentType the top-level content type, lower case
     * @param from the sender's address, if any
     */
    public static Optional<String> reason(Map<String, List<String>> headers, String contentType, String from) {
        String autoSubmitted = first(headers, "auto-submitted");
        if (autoSubmitted != null && !autoSubmitted.equalsIgnoreCase("no")) {
            return Optional.of("An automatic message (Auto-Submitted: " + autoSubmitted + ")");
        }
        if (contentType != null && contentType.startsWith("multipart/report")) {
            return Optional.of("A delivery or read report (multipart/report), not a letter");
        }
        String sender = from == null ? "" : from.toLowerCase(Locale.ROOT);
        if (sender.startsWith("mailer-daemon@") || sender.startsWith("postmaster@") || sender.equals("mailer-daemon")) {
            return Optional.of("A bounce from " + from);
        }
        String returnPath = first(headers, "return-path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return Optional.of("A bounce or notification (empty Return-Path)");
        }
        String precedence = first(headers, "precedence");
        if (precedence != null
                && List.of("bulk", "junk", "list", "auto_reply")
                        .contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Bulk or automatic mail (Precedence: " + precedence.strip() + ")");
        }
        if (headers.containsKey("list-id") || headers.containsKey("list-unsubscribe")) {
            return Optional.of("Mailing-list traffic ("
                    + (headers.containsKey("list-id") ? "List-Id: " + first(headers, "list-id") : "List-Unsubscribe")
                    + ")");
        }
        for (String name : List.of("x-autoreply", "x-autorespond")) {
            if (headers.containsKey(name)) {
                return Optional.of("An automatic reply (" + name + ")");
            }
        }
        return Optional.empty();
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0).strip();
    }
}
