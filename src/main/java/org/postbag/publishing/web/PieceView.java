package org.postbag.publishing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.postbag.letter.LetterText;
import org.postbag.publishing.Pieces;

/** /editor/pieces/&lt;reference&gt;: an article or published letter as the desk has it, paragraph by paragraph. */
@Named("pieceView")
@RequestScoped
public class PieceView {

    @Inject
    @Param(pathIndex = 0)
    private String reference;

    @Inject
    private Loader loader;

    private Details details;

    /** What the page shows. */
    public record Details(
            String reference,
            String kind,
            String title,
            String signOff,
            String authorEmail,
            Integer issue,
            Instant publishedAt,
            String url,
            List<String> paragraphs) {}

    @PostConstruct
    void load() {
        details = reference == null ? null : loader.load(reference);
        if (details == null) {
            Faces.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public Details getDetails() {
        return details;
    }

    @ApplicationScoped
    static class Loader {

        @Inject
        private Pieces pieces;

        @Transactional
        Details load(String reference) {
            return pieces.byReference(reference)
                    .map(p -> new Details(
                            p.reference(),
                            p.kind().name(),
                            p.title(),
                            p.signOff(),
                            p.authorEmail(),
                            p.issue() == null ? null : p.issue().number(),
                            p.publishedAt(),
                            p.url(),
                            p.body() == null ? List.of() : LetterText.paragraphs(p.body())))
                    .orElse(null);
        }
    }
}
