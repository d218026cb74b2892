package org.postbag.publishing;

/**
 * An article's address on the web: absolute, http or https. Any other scheme in a link is
 * something a browser may run ({@code javascript:}) or show as if it were ours ({@code data:}),
 * so it is neither accepted from an editor nor ever put into a page as a link.
 */
public final class WebAddress {

    /** The bundle key of the rule, in the words of the page that asks for an address. */
    public static final String RULE = "articles.url.rule";

    static final int LONGEST = 2000;

    private WebAddress() {}

    /** True for an absolute http or https address with a host, and nothing a browser would strip or reinterpret. */
    public static boolean isWeb(String address) {
        if (address == null || address.isEmpty() || address.length() > LONGEST) {
            return false;
        }
        // Browsers drop tabs and new lines inside an address and trim spaces and controls at its
        // ends, so "java\tscript:" runs as "javascript:": anything of the kind is refused outright.
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= 0x20 || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        // Read as a browser reads it, not as java.net.URI would: a quotation mark or a brace in
        // the path is refused there but is harmless in an escaped attribute, and what matters here
        // is the scheme, and that the address names a host.
        int colon = address.indexOf(':');
        String scheme = colon < 0 ? "" : address.substring(0, colon);
        if (!scheme.equalsIgnoreCase("https") && !scheme.equalsIgnoreCase("http")) {
            return false;
        }
        String rest = address.substring(colon + 1);
        if (!rest.startsWith("//")) {
            return false;
        }
        String authority = rest.substring(2).split("[/?#\\\\]", 2)[0];
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        if (!host.startsWith("[")) {
            int port = host.indexOf(':');
            host = port < 0 ? host : host.substring(0, port);
        }
        return !host.isEmpty();
    }

    /** The address if it may be a link, else null: addresses stored before the rule are not trusted either. */
    public static String linkable(String address) {
        return isWeb(address) ? address : null;
    }
}
