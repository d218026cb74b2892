package org.postbag.intake.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.postbag.accounts.CurrentAccount;
import org.postbag.accounts.Role;
import org.postbag.intake.LetterDocument;
import org.postbag.intake.LetterDocuments;

/**
 * Serves a file kept with a letter (the email as received, an attachment, a scan) to editors:
 * always as a download, never shown in the desk's own origin (an email's HTML or a crafted PDF
 * must not run there), never cached. web.xml keeps {@code /editor/*} for editors; the role is
 * checked here again, so that a mapping change cannot open it.
 */
@WebServlet("/editor/documents/*")
public class DocumentDownload extends HttpServlet {

    @Inject
    private LetterDocuments documents;

    @Inject
    private CurrentAccount me;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Role.EDITOR.roleName())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<LetterDocument> found = id(request.getPathInfo())
                .flatMap(id -> me.get().flatMap(editor -> documents.forEditor(id, editor.id())));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LetterDocument document = found.get();
        byte[] content = document.content();
        response.setContentType(document.contentType());
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", disposition(document.fileName()));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.getOutputStream().write(content);
    }

    private static Optional<Long> id(String path) {
        if (path == null || !path.matches("/[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(path.substring(1)));
    }

    /** RFC 6266: an ASCII fallback name and the real one, percent-encoded. */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
