package org.postbag.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.postbag.infrastructure.Config;

/**
 * The public queries that cost the database real work, searches and the piece picker, limited per
 * client in each minute ({@code POSTBAG_RATE_LIMIT_SEARCH_PER_MINUTE},
 * {@code POSTBAG_RATE_LIMIT_PICKER_PER_MINUTE}; 0 is no limit). A search page served from memory
 * costs nothing and never gets here: the filter comes after the page cache. Over the limit, a
 * search is answered 429 with the "too many requests" page and the picker with a JSON message,
 * both with {@code Retry-After}. An IPv6 client is counted by its /64 network, which one household
 * or one server holds whole. The counts live in tables of a fixed size ({@link ClientRates}).
 */
@WebFilter(filterName = "PublicQueryLimits")
public class PublicQueryLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final int CLIENTS = 4096;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    private transient Config config;

    private final transient ClientRates searches = new ClientRates(CLIENTS);
    private final transient ClientRates picks = new ClientRates(CLIENTS);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean picker = request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith("/api/");
        int limit = picker
                ? config.integer("POSTBAG_RATE_LIMIT_PICKER_PER_MINUTE", 120)
                : config.integer("POSTBAG_RATE_LIMIT_SEARCH_PER_MINUTE", 30);
        String client = ClientAddress.network(ClientAddress.of(request, config));
        Duration wait = (picker ? picks : searches).admit(client, limit, WINDOW, System.nanoTime());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader("Retry-After", String.valueOf(seconds));
        if (picker) {
            response.setStatus(429);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream()
                    .write(("{\"error\":\"Too many searches from your address. Please wait " + seconds
                                    + " seconds and try again.\"}")
                            .getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendError(429);
        }
    }
}
