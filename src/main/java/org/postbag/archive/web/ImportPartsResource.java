package org.postbag.archive.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.postbag.archive.ArchiveImport;
import org.postbag.archive.StagedUploads;
import org.postbag.archive.wxr.ImportProblem;
import org.postbag.infrastructure.Hashing;

/**
 * The page's script sends an export larger than a form may carry in parts here, each under the
 * request limits: first its name and size, then each part with where it starts. Admins only
 * (web.xml guards /api/admin, and this checks again), and each request carries the page's token
 * in a header, which another site's page can neither read nor send.
 */
@Path("admin/import-parts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportPartsResource {

    static final String HEADER = "X-Postbag-Token";
    private static final String SESSION_KEY = "postbag.import.parts.token";

    @Inject
    private StagedUploads staged;

    @Inject
    private ArchiveImport archiveImport;

    @Context
    private HttpServletRequest request;

    /** The sizes the script goes by. */
    @GET
    public Response limits() {
        if (!request.isUserInRole("admin")) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        return Response.ok(Map.of("partBytes", StagedUploads.PART_BYTES, "maxBytes", archiveImport.maxBytes()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response begin(
            @HeaderParam(HEADER) String token, @FormParam("name") String name, @FormParam("size") long size) {
        if (!allowed(token)) {
            return refused();
        }
        try {
            return Response.ok(Map.of("upload", staged.begin(owner(), name, size)))
                    .build();
        } catch (ImportProblem problem) {
            return problem(problem);
        }
    }

    @POST
    @Path("{upload}")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response part(
            @HeaderParam(HEADER) String token,
            @PathParam("upload") String upload,
            @QueryParam("offset") long offset,
            InputStream body) {
        if (!allowed(token)) {
            return refused();
        }
        try {
            return Response.ok(Map.of("received", staged.append(owner(), upload, offset, body)))
                    .build();
        } catch (ImportProblem problem) {
            return problem(problem);
        }
    }

    /** The token the page gives its script: one per session, made when first asked for. */
    static String tokenFor(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(SESSION_KEY);
            if (token == null) {
                token = Hashing.newToken();
                session.setAttribute(SESSION_KEY, token);
            }
            return (String) token;
        }
    }

    private boolean allowed(String token) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(SESSION_KEY);
        return request.isUserInRole("admin")
                && token != null
                && expected instanceof String known
                && Hashing.constantTimeEquals(
                        known.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private String owner() {
        return request.getUserPrincipal().getName();
    }

    private static Response refused() {
        return Response.status(Response.Status.FORBIDDEN)
                .entity(Map.of("problem", "Only an admin, from the import page, may send an export. Reload the page."))
                .build();
    }

    private static Response problem(ImportProblem problem) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Map.of("problem", problem.getMessage()))
                .build();
    }
}
