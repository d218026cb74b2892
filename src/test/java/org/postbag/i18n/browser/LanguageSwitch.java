package org.postbag.i18n.browser;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;

/**
 * Test-only (deployed with the languages' browser test, never with the application): sets the magazine's language
 * for the whole server, as an admin would, with {@code POST ?language=de}; {@code DELETE} puts it back.
 */
@WebServlet("/test-only/language")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static Config.Overrides.Scope scope;

    @Inject
    private transient Settings settings;

    @Override
    protected synchronized void doPost(HttpServletRequest request, HttpServletResponse response) {
        restore();
        scope = Config.Overrides.forTheServer("POSTBAG_LANGUAGE", request.getParameter("language"));
        settings.refresh();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected synchronized void doDelete(HttpServletRequest request, HttpServletResponse response) {
        restore();
        settings.refresh();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static void restore() {
        if (scope != null) {
            scope.close();
            scope = null;
        }
    }
}
