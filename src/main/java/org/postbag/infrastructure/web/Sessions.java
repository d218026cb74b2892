package org.postbag.infrastructure.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sessions this server holds. Only people who signed in should have one (readers' pages,
 * the write form and the sign-in page are stateless), so a session that nobody has signed in
 * to yet lives a few minutes only, whoever made it, and the number of sessions is capped
 * ({@code POSTBAG_MAX_SESSIONS}): signing in past the cap is refused with a message rather
 * than letting the heap fill.
 */
@WebListener
public class Sessions implements HttpSessionListener {

    /** How long a session lives before anyone has signed in to it. */
    static final Duration UNAUTHENTICATED = Duration.ofMinutes(5);

    private static final AtomicInteger ACTIVE = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ACTIVE.incrementAndGet();
        event.getSession().setMaxInactiveInterval((int) UNAUTHENTICATED.toSeconds());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ACTIVE.decrementAndGet();
    }

    /** Sessions this server holds now. */
    public static int active() {
        return ACTIVE.get();
    }

    /** Whether one more person may sign in on a server that holds at most {@code most} sessions. */
    public static boolean roomForAnother(int most) {
        return active() < most;
    }

    /** Someone signed in to this session: it now lives as long as web.xml says a desk session does. */
    public static void signedIn(HttpSession session) {
        session.setMaxInactiveInterval(
                (int) Duration.ofMinutes(session.getServletContext().getSessionTimeout())
                        .toSeconds());
    }
}
