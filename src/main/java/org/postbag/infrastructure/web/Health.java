package org.postbag.infrastructure.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.postbag.infrastructure.DatabaseCheck;

/**
 * Health for load balancers and orchestrators, in the shape of MicroProfile Health:
 * {@code /health/live} says the application is deployed and answering (restart it if not);
 * {@code /health/ready} also checks that the database answers within two seconds (send it no
 * traffic if not). 200 with {@code "UP"}, or 503 with {@code "DOWN"}. No session, no cache.
 */
@WebServlet(urlPatterns = {"/health/live", "/health/ready"})
public class Health extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DatabaseCheck database;

    @Resource
    private transient ManagedExecutorService executor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ready = request.getServletPath().endsWith("/ready");
        String databaseState = null;
        if (ready) {
            databaseState = databaseAnswers() ? "UP" : "DOWN";
        }
        boolean up = databaseState == null || databaseState.equals("UP");
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String checks = databaseState == null ? "[]" : "[{\"name\":\"database\",\"status\":\"" + databaseState + "\"}]";
        response.getWriter().write("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"checks\":" + checks + "}");
    }

    private boolean databaseAnswers() {
        Future<Boolean> answer = executor.submit(database::answers);
        try {
            return answer.get(2, TimeUnit.SECONDS);
        } catch (TimeoutException slow) {
            answer.cancel(true);
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception failed) {
            return false;
        }
    }
}
