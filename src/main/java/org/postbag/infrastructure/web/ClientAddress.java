package org.postbag.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postbag.infrastructure.Config;

/**
 * The address a request came from. Behind a reverse proxy the connection comes from the
 * proxy; then, and only when the proxy is trusted ({@code POSTBAG_TRUSTED_PROXIES}), the
 * nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy is the
 * client's: the right-most address that is not a trusted proxy, so that an address a client
 * wrote into the header itself (which nginx's {@code $proxy_add_x_forwarded_for} keeps, to the
 * left) is never believed. A request that carries the header from an address that is not
 * trusted is logged once per address (for at most a few addresses): it is most likely a proxy
 * that POSTBAG_TRUSTED_PROXIES forgot, behind which every reader shares one address and its
 * rate limits.
 */
public final class ClientAddress {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

    /** Addresses already warned about; bounded, so that clients sending the header cannot grow it. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    static final int MOST_WARNINGS = 16;

    private ClientAddress() {}

    public static Set<String> parseTrusted(String list) {
        return Arrays.stream(list.split("[,\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The client of this request, behind the proxies that POSTBAG_TRUSTED_PROXIES names. */
    public static String of(HttpServletRequest request, Config config) {
        return of(request, parseTrusted(config.string("POSTBAG_TRUSTED_PROXIES", "")));
    }

    public static String of(HttpServletRequest request, Set<String> trustedProxies) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
    }

    static String of(String remote, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        if (!trustedProxies.contains(remote)) {
            warnOnce(remote);
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!ADDRESS.matcher(hop).matches()) {
                return remote;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }

    private static void warnOnce(String remote) {
        if (WARNED.size() < MOST_WARNINGS && WARNED.add(remote)) {
            LOG.warning(() -> "Requests from " + remote + " carry X-Forwarded-For, but " + remote
                    + " is not in POSTBAG_TRUSTED_PROXIES. If it is your reverse proxy, add it: until then"
                    + " every reader behind it counts as " + remote
                    + " (one rate limit and one sign-in throttle for all).");
        }
    }

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    /** Hex digits, colons and dots, starting as no host name can (a name would be looked up). */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");

    /**
     * What a client is counted by (sign-in failures, the search limits): an IPv4 address as it
     * is, an IPv6 address as its /64 network in one spelling (however compressed or
     * capitalised it came), and an IPv4-mapped IPv6 address as the IPv4 address it maps.
     * Anything else is counted as it came.
     */
    public static String network(String address) {
        if (address == null) {
            return "";
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (IPV4.matcher(literal).matches()) {
            return literal;
        }
        if (literal.indexOf(':') < 0 || !IPV6.matcher(literal).matches()) {
            return literal.toLowerCase(Locale.ROOT);
        }
        InetAddress parsed;
        try {
            // A literal with a colon is parsed as an IPv6 address, never looked up as a name.
            parsed = InetAddress.getByName(literal);
        } catch (UnknownHostException notAnAddress) {
            return literal.toLowerCase(Locale.ROOT);
        }
        if (parsed instanceof Inet4Address) {
            return parsed.getHostAddress();
        }
        byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
        Arrays.fill(network, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("16 bytes are an IPv6 address", impossible);
        }
    }
}
