package org.postbag.infrastructure.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.postbag.infrastructure.Config;

/**
 * On WildFly, the public pages that {@link PublicPageCache} already holds for the current
 * version are answered here, on the connection's own thread, before the request becomes a
 * servlet request: no worker thread, no security mechanism, no filters. Everything else (a
 * page not yet rendered, a version not read within the last second, a conditional request, a
 * session or credentials, an address that is not the page's own, which the filter redirects)
 * goes on to the servlet chain, which renders, stores and answers as
 * it does on Payara, where this extension is never loaded. The answer is the one the filters
 * would give: the same status, headers and body, and the same line in the request log.
 */
public class CachedPages implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> new Handler(next, context));
        context.setAttribute(CachedPages.class.getName(), Boolean.TRUE); // for the tests to see
    }

    static final class Handler implements HttpHandler {

        /** The security headers, named once: over plain HTTP, and over HTTPS. */
        private static final HeaderMap PLAIN = securityHeaders(false);

        private static final HeaderMap SECURE = securityHeaders(true);

        private final HttpHandler next;
        private final ServletContext context;
        private final String contextPath;

        /** HSTS on every answer when the site is HTTPS, also where TLS ends at a proxy (SecurityHeaders). */
        private final boolean https;

        Handler(HttpHandler next, ServletContext context) {
            this.next = next;
            this.context = context;
            this.contextPath = context.getContextPath();
            this.https = SecurityHeaders.https(false, new Config().baseUrl());
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            long start = System.nanoTime();
            PublicPageCache.Entry entry = answerable(exchange);
            if (entry == null) {
                next.handleRequest(exchange);
                return;
            }
            exchange.setStatusCode(200);
            HeaderMap headers = exchange.getResponseHeaders();
            for (var header : https || exchange.isSecure() ? SECURE : PLAIN) {
                headers.put(header.getHeaderName(), header.getFirst());
            }
            headers.put(Headers.ETAG, entry.etag());
            headers.put(Headers.LAST_MODIFIED, entry.httpDate());
            headers.put(Headers.CACHE_CONTROL, PublicPageCache.CACHE_CONTROL);
            headers.put(Headers.CONTENT_TYPE, entry.contentType());
            exchange.setResponseContentLength(entry.body().length);
            if (exchange.getRequestMethod().equals(Methods.HEAD)) {
                exchange.endExchange();
            } else {
                exchange.getResponseSender().send(ByteBuffer.wrap(entry.body()));
            }
            if (RequestLog.on()) {
                RequestLog.log(
                        exchange.getRequestMethod().toString(),
                        exchange.getRequestURI(),
                        200,
                        (System.nanoTime() - start) / 1000);
            }
        }

        private static HeaderMap securityHeaders(boolean secure) {
            HeaderMap headers = new HeaderMap();
            SecurityHeaders.apply(secure, (name, value) -> headers.put(new HttpString(name), value));
            return headers;
        }

        /** The page to send, or null when the servlet chain must answer. */
        private PublicPageCache.Entry answerable(HttpServerExchange exchange) {
            Object cache = context.getAttribute(PublicPageCache.class.getName());
            String uri = exchange.getRequestURI();
            if (!(cache instanceof PublicPageCache pages)
                    || !uri.startsWith(contextPath)
                    || uri.indexOf(';') >= 0
                    || exchange.getRequestHeaders().contains(Headers.IF_NONE_MATCH)
                    || exchange.getRequestHeaders().contains(Headers.IF_MODIFIED_SINCE)
                    || exchange.getRequestHeaders().contains(Headers.AUTHORIZATION)
                    || mayHoldSession(exchange)) {
                return null;
            }
            String path = uri.substring(contextPath.length());
            String query = exchange.getQueryString().isEmpty() ? null : exchange.getQueryString();
            if (!PublicPageCache.cacheable(exchange.getRequestMethod().toString(), path, query)) {
                return null;
            }
            return pages.current(path, query);
        }

        /** Any session cookie, however spelt, sends the request on (as {@link PublicPageCache#hasSession}). */
        private static boolean mayHoldSession(HttpServerExchange exchange) {
            HeaderValues cookies = exchange.getRequestHeaders().get(Headers.COOKIE);
            if (cookies != null) {
                for (String cookie : cookies) {
                    if (cookie.toLowerCase(Locale.ROOT).contains("jsessionid")) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
