package org.postbag.infrastructure;

import java.util.regex.Pattern;

/**
 * The site's private addresses: each holds a token that is the only key to a writer's letter,
 * a cut to approve, an invitation to reply, or an editor's new password. They are never logged,
 * never cached, and once an email holding one has been sent, not kept in it either.
 */
public final class PrivateLinks {

    /** A private path, its token in group 2. */
    private static final Pattern PATH =
            Pattern.compile("(/(?:confirm|status|approve-edit|welcome)/)((?!\\[)[^/?#\\s]+)");

    /** The invitation to reply, whose token is a query parameter of the write form. */
    private static final Pattern INVITATION = Pattern.compile("([?&]invitation=)((?!\\[)[^&#\\s]+)");

    /** What stands in a kept email where a link's token was. */
    public static final String REDACTED = "[link removed once sent]";

    private PrivateLinks() {}

    /** The path with its token replaced by "-", for the request log. */
    public static String loggable(String path) {
        return PATH.matcher(path).replaceFirst("$1-");
    }

    /** Whether this request is for a private page (path without the context path, query or null). */
    public static boolean isPrivate(String path, String query) {
        return PATH.matcher(path).lookingAt()
                || (query != null && INVITATION.matcher("?" + query).find());
    }

    /** The text with the token of every private link in it replaced by {@link #REDACTED}. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = PATH.matcher(text).replaceAll("$1" + REDACTED);
        return INVITATION.matcher(redacted).replaceAll("$1" + REDACTED);
    }
}
