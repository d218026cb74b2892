package org.postbag.publishing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.postbag.publishing.PieceSearch;
import org.postbag.publishing.PieceSummary;

/** The reader's piece picker, as you type: published pieces only, so anyone may ask. */
@Path("pieces")
@RequestScoped
public class PiecesResource {

    @Inject
    private PieceSearch search;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PieceSummary> find(@QueryParam("q") String query) {
        return search.search(query, 10);
    }
}
