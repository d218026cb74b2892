package org.postbag.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.postbag.site.PublicSite;

/**
 * The public pages that take their subject from the address: /issues/120, /letters/L-2026-00042/slug,
 * /articles/A-2026-00001/slug, /threads/A-2026-00001, /writers/tom-aldridge. Anything that is
 * not published is a friendly 404; a permalink with an old slug is sent to the right one.
 */
@Named("pages")
@RequestScoped
public class PublicPages {

    @Inject
    @Param(pathIndex = 0)
    private String first;

    @Inject
    @Param(pathIndex = 1)
    private String second;

    @Inject
    private PublicSite site;

    private PublicSite.IssuePage issue;
    private List<PublicSite.ArchiveEntry> archive;
    private PublicSite.View piece;
    private String root;
    private PublicSite.ThreadPage thread;
    private List<PublicSite.View> writer;

    /** /issues and /issues/120 */
    public void loadIssue() {
        if (first == null) {
            archive = site.archive();
            return;
        }
        try {
            issue = site.issuePage(Integer.parseInt(first)).orElse(null);
        } catch (NumberFormatException notANumber) {
            issue = null;
        }
        if (issue == null) {
            notFound();
        }
    }

    /** /letters/L-2026-00042/slug and /articles/A-2026-00001/slug */
    public void loadPiece() throws IOException {
        piece = first == null ? null : site.piece(first).orElse(null);
        if (piece == null) {
            notFound();
        } else {
            root = site.rootOf(piece.reference());
        }
        if (piece == null) {
            return;
        } else if (!piece.slug().equals(second)) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletResponse response = (HttpServletResponse) external.getResponse();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", external.getRequestContextPath() + piece.href());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** /threads/A-2026-00001 */
    public void loadThread() {
        thread = first == null ? null : site.thread(first).orElse(null);
        if (thread == null) {
            notFound();
        }
    }

    /** /writers/tom-aldridge */
    public void loadWriter() {
        writer = first == null ? List.of() : site.byWriter(first);
        if (writer.isEmpty()) {
            notFound();
        }
    }

    private static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    public PublicSite.IssuePage getIssue() {
        return issue;
    }

    public List<PublicSite.ArchiveEntry> getArchive() {
        return archive;
    }

    public PublicSite.View getPiece() {
        return piece;
    }

    /** The start of the public debate the piece belongs to. */
    public String getRoot() {
        return root;
    }

    public PublicSite.ThreadPage getThread() {
        return thread;
    }

    public List<PublicSite.View> getWriter() {
        return writer;
    }

    public String getWriterName() {
        return writer == null || writer.isEmpty() ? "" : writer.get(0).signOff().replaceAll(",.*$", "");
    }
}
