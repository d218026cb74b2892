package org.postbag.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
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
}
