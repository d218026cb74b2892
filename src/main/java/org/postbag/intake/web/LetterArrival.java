package org.postbag.intake.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postbag.accounts.CurrentAccount;
import org.postbag.infrastructure.web.Words;
import org.postbag.intake.DocumentSummary;
import org.postbag.intake.LetterDocuments;
import org.postbag.letter.Arrival;
import org.postbag.letter.LetterAccess;

/** How a letter arrived and what came with it, for the letter page. */
@Named
@RequestScoped
public class LetterArrival {

    /** What the letter page shows. */
    public record Facts(Arrival arrival, String verifiedBy, List<DocumentSummary> documents) {
        public String label() {
            return arrival.label();
        }
    }

    @Inject
    private LetterAccess access;

    @Inject
    private CurrentAccount me;

    @Inject
    private LetterDocuments documents;

    private final Map<String, Facts> seen = new HashMap<>();

    /** "830 bytes", "12 KB", "1.4 MB", as the page's language writes numbers. */
    public String size(DocumentSummary document) {
        int bytes = document.sizeBytes();
        FacesContext context = FacesContext.getCurrentInstance();
        return bytes < 1024
                ? Words.of(context, "arrival.size.bytes", bytes)
                : bytes < 1024 * 1024
                        ? Words.of(context, "arrival.size.kb", bytes / 1024)
                        : Words.of(context, "arrival.size.mb", bytes / 1024.0 / 1024.0);
    }

    public Facts of(String reference) {
        return seen.computeIfAbsent(reference, ref -> access.open(
                        ref, me.require().id())
                .map(letter -> new Facts(
                        letter.provenance().arrivedBy(), letter.provenance().verifiedBy(), documents.of(ref)))
                .orElse(new Facts(Arrival.FORM, null, List.of())));
    }
}
