package org.postbag.editing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import org.omnifaces.cdi.Param;
import org.postbag.editing.AuthorApproval;
import org.postbag.editing.Cuts;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.LetterHtml;
import org.postbag.letter.LetterText;
import org.postbag.letter.WordDiff;

/**
 * The writer's page for a cut, /approve-edit/&lt;token&gt;: what we changed, word by word, and
 * the buttons to accept or decline it, or to write to us first. The token is the only key.
 */
@Named
@RequestScoped
public class WritersApproval {

    @Inject
    @Param(pathIndex = 0)
    private String token;

    @Inject
    private Cuts cuts;

    @Inject
    private Reader reader;

    @Size(max = 5000, message = "Your comment must be 5,000 characters or fewer")
    private String comment;

    private View view;

    /** What the page shows, read in one transaction. */
    public record View(
            String reference,
            String diffHtml,
            String proposedHtml,
            String headline,
            String signOff,
            int originalWords,
            int proposedWords,
            boolean open,
            String answer,
            String comment) {}

    @PostConstruct
    void load() {
        view = reader.read(token);
        HttpServletResponse response = (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
        response.setHeader("Cache-Control", "no-store");
        // same-origin, not no-referrer: the page's own forms must still send their Origin.
        response.setHeader("Referrer-Policy", "same-origin");
        if (view == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public void accept() throws IOException {
        answer(AuthorApproval.Answer.ACCEPTED, "accepted");
    }

    public void decline() throws IOException {
        answer(AuthorApproval.Answer.DECLINED, "declined");
    }

    public void sendComment() throws IOException {
        try {
            cuts.comment(token, comment);
            done("commented");
        } catch (DomainException refused) {
            error(refused.getMessage());
        }
    }

    private void answer(AuthorApproval.Answer answer, String done) throws IOException {
        try {
            cuts.answer(token, answer, comment);
            done(done);
        } catch (DomainException refused) {
            error(refused.getMessage());
        }
    }

    /**
     * Back to the page, which thanks the writer for what they did. The address carries only the
     * name of the answer; the words are the page's own, so that a link with {@code ?done=} in
     * it cannot make the magazine's page say something else.
     */
    private void done(String answer) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/approve-edit/" + token + "?done=" + answer);
    }

    private static void error(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public View getView() {
        return view;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    @ApplicationScoped
    static class Reader {

        @Inject
        private Cuts cuts;

        @Inject
        private Clock clock;

        @Transactional
        View read(String token) {
            return cuts.request(token)
                    .map(request -> {
                        String original = request.letter().originalBody();
                        String proposed = request.revision().body();
                        return new View(
                                request.letter().reference(),
                                WordDiff.html(original, proposed),
                                LetterHtml.render(proposed, false),
                                request.revision().headline(),
                                request.revision().signOff(),
                                LetterText.countWords(original),
                                request.revision().wordCount(),
                                request.isOpen(),
                                request.answer() == null
                                        ? null
                                        : request.answer().name().toLowerCase(),
                                request.comment());
                    })
                    .orElse(null);
        }
    }
}
