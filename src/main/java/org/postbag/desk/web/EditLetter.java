package org.postbag.desk.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.cdi.Param;
import org.postbag.accounts.CurrentAccount;
import org.postbag.desk.LetterFile;
import org.postbag.desk.LetterFiles;
import org.postbag.editing.Cuts;
import org.postbag.infrastructure.Conflicts;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterReference;
import org.postbag.letter.Revision;
import org.postbag.moderation.Moderation;

/**
 * Editing a letter, /editor/edit/L-2026-00042: headline, text and sign-off, with the word
 * count against the house limit. Saving makes a revision; the text as sent stays as it was.
 * The page keeps the version it opened, so an edit never overwrites someone else's.
 */
@Named
@ViewScoped
public class EditLetter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(pathIndex = 0)
    private String reference;

    @Inject
    private transient LetterFiles files;

    @Inject
    private transient Cuts cuts;

    @Inject
    private transient Moderation moderation;

    @Inject
    private transient CurrentAccount me;

    private LetterFile file;

    @Size(max = Revision.Text.MAX_HEADLINE, message = "The headline must be 200 characters or fewer")
    private String headline;

    @NotBlank(message = "The letter cannot be empty")
    @Size(max = Letter.MAX_BODY, message = "The letter must be 20,000 characters or fewer")
    private String body;

    @NotBlank(message = "Enter how the letter is signed")
    @Size(max = Revision.Text.MAX_SIGN_OFF, message = "The sign-off must be 200 characters or fewer")
    private String signOff;

    @Size(max = 500, message = "The reason must be 500 characters or fewer")
    private String reason;

    @PostConstruct
    void open() {
        if (LetterReference.isWellFormed(reference)) {
            file = files.open(reference, me.require().id()).orElse(null);
        }
        if (file == null) {
            ((HttpServletResponse) FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getResponse())
                    .setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        headline = file.editing().headline();
        body = file.editing().body();
        signOff = file.editing().signOff();
    }

    public void save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Revision revision;
        try {
            revision = cuts.revise(
                    file.reference(),
                    file.version(),
                    me.require().id(),
                    new Revision.Text(headline, body, signOff),
                    reason);
        } catch (DomainException refused) {
            error(faces, refused.getMessage());
            return;
        } catch (Exception failure) {
            if (!Conflicts.isConcurrentChange(failure)) {
                throw new FacesException(failure);
            }
            error(faces, moderation.staleMessageFor(file.reference()).getMessage());
            return;
        }
        String done = "Revision " + revision.number() + " saved: " + revision.wordCount() + " words.";
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/editor/letters/" + file.reference());
    }

    private static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public LetterFile getFile() {
        return file;
    }

    public boolean isFound() {
        return file != null;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSignOff() {
        return signOff;
    }

    public void setSignOff(String signOff) {
        this.signOff = signOff;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
