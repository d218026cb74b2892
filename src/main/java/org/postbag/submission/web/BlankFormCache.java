package org.postbag.submission.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import org.postbag.infrastructure.Secrets;
import org.postbag.infrastructure.persistence.DatabaseUnavailable;
import org.postbag.infrastructure.web.FormToken;
import org.postbag.infrastructure.web.PageVariant;
import org.postbag.infrastructure.web.PublicPageCache;
import org.postbag.infrastructure.web.PublicationState;
import org.postbag.infrastructure.web.ResponseCapture;

/**
 * The blank "Write to us" form, rendered once and then sent with a fresh form token each time.
 * Every reader who writes fetches it, and apart from its token it is the same page for all of
 * them until something public or a house rule changes ({@link PublicationState}); rendering it
 * through Faces was the largest part of taking a letter in. A form with anything in it (an
 * invitation, a search in the piece picker: any query string), and every request with a
 * session, goes through Faces as before.
 */
@WebFilter(filterName = "BlankFormCache")
public class BlankFormCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final byte[] TOKEN_FIELD = "name=\"formToken\" value=\"".getBytes(StandardCharsets.US_ASCII);

    /** The page around its token. */
    record Form(long version, String variant, String contentType, byte[] before, byte[] after) {}

    @Inject
    private transient PublicationState publication;

    @Inject
    private transient Secrets secrets;

    @Inject
    private transient Clock clock;

    @Inject
    private transient Instance<PageVariant> variant;

    private volatile Form form;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean blank = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getQueryString() == null
                && !PublicPageCache.hasSession(request);
        if (!blank) {
            chain.doFilter(request, response);
            return;
        }
        long version;
        try {
            version = publication.current().number();
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            // A server that has not reached the database since it started cannot know the
            // version: the form is rendered as it was before this cache, and says what it can.
            chain.doFilter(request, response);
            return;
        }
        String current = variant.isResolvable() ? variant.get().current() : "";
        Form known = form;
        if (known == null || known.version() != version || !known.variant().equals(current)) {
            ResponseCapture capture = new ResponseCapture(response);
            chain.doFilter(request, capture);
            byte[] page = capture.body();
            if (capture.getStatus() != HttpServletResponse.SC_OK || capture.getHeader("Set-Cookie") != null) {
                capture.flushTo(response);
                return;
            }
            known = split(version, current, capture.getContentType(), page);
            if (known == null) {
                capture.flushTo(response);
                return;
            }
            form = known;
        }
        byte[] token = FormToken.issue(secrets.key(WriteLetter.TOKEN_KEY), clock.instant())
                .getBytes(StandardCharsets.US_ASCII);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(known.contentType());
        response.setContentLength(known.before().length + token.length + known.after().length);
        if (!"HEAD".equals(request.getMethod())) {
            OutputStream out = response.getOutputStream();
            out.write(known.before());
            out.write(token);
            out.write(known.after());
        }
    }

    /** The page cut at its one form token; null if it has none or more than one (then it is not kept). */
    static Form split(long version, String variant, String contentType, byte[] page) {
        int field = indexOf(page, TOKEN_FIELD, 0);
        if (field < 0 || indexOf(page, TOKEN_FIELD, field + 1) >= 0) {
            return null;
        }
        int start = field + TOKEN_FIELD.length;
        int end = start;
        while (end < page.length && page[end] != '"') {
            end++;
        }
        if (end == page.length) {
            return null;
        }
        return new Form(
                version,
                variant,
                contentType,
                Arrays.copyOfRange(page, 0, start),
                Arrays.copyOfRange(page, end, page.length));
    }

    private static int indexOf(byte[] page, byte[] part, int from) {
        outer:
        for (int i = from; i <= page.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (page[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
