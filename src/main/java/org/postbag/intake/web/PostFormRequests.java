package org.postbag.intake.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The post form carries a file, so a browser sends it as multipart/form-data; Faces fails with a
 * server error on anything else. Such a request is answered 415 before it reaches Faces.
 */
@WebFilter(urlPatterns = {"/editor/post", "/editor/post.xhtml"})
public class PostFormRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod())
                && (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data"))) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        chain.doFilter(request, response);
    }
}
