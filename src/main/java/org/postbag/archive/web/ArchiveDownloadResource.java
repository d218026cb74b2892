package org.postbag.archive.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postbag.archive.backup.ArchiveBackups;
import org.postbag.archive.backup.ArchiveProblem;

/**
 * The whole archive as one download, for an admin on the import page or with curl and a signed-in
 * session: streamed as it is written, never held whole. Admins only (web.xml guards /api/admin,
 * and this checks again). A GET that changes nothing but the admins' trail: another site can
 * make a browser ask for it but never read the answer.
 */
@Path("admin/archive")
@RequestScoped
public class ArchiveDownloadResource {

    private static final Logger LOG = Logger.getLogger(ArchiveDownloadResource.class.getName());

    @Inject
    private ArchiveBackups backups;

    @Context
    private HttpServletRequest request;

    @GET
    public Response download(@QueryParam("contacts") boolean contactDetails) {
        if (!request.isUserInRole("admin")) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        backups.noteExport(request.getUserPrincipal().getName(), contactDetails);
        StreamingOutput body = out -> {
            try {
                backups.write(out, contactDetails);
            } catch (SQLException | ArchiveProblem e) {
                // The answer has begun: the cut-off file has no end.json, and a restore refuses it.
                LOG.log(Level.WARNING, "The archive export stopped: " + e.getMessage(), e);
                throw new IOException(e.getMessage(), e);
            }
        };
        String name = "postbag-archive-" + LocalDate.now(ZoneOffset.UTC) + ".zip";
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
