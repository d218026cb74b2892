package org.postbag.desk.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.postbag.accounts.CurrentAccount;
import org.postbag.desk.LetterFile;
import org.postbag.desk.LetterFiles;
import org.postbag.editing.Cuts;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;
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
@PageAction
public class EditLetter implements Serializable, PageAction.LostRace {

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

    @Size(max = Revision.Text.MAX_HEADLINE, message = "{edit.headline.size}")
    private String headline;

    @NotBlank(message = "{edit.body.required}")
    @Size(max = Letter.MAX_BODY, message = "{edit.body.size}")
    private String body;

    @NotBlank(message = "{edit.signOff.required}")
    @Size(max = Revision.Text.MAX_SIGN_OFF, message = "{edit.signOff.size}")
    private String signOff;

    @Size(max = 500, message = "{edit.reason.size}")
    private String reason;

    @PostConstruct
    void open() {
        if (LetterReference.isWellFormed(reference)) {
            file = files.open(reference, me.require().id()).orElse(null);
        }
        if (file == null) {
            Faces.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        headline = file.editing().headline();
        body = file.editing().body();
        signOff = file.editing().signOff();
    }

    public void save() {
        Revision revision = cuts.revise(
                file.reference(),
                file.version(),
                me.require().id(),
                new Revision.Text(headline, body, signOff),
                reason);
        PageActionBoundary.done(
                Words.of(FacesContext.getCurrentInstance(), "edit.saved", revision.number(), revision.wordCount()),
                "/editor/letters/" + file.reference());
    }

    @Override
    public String lostRaceMessage() {
        return Words.of(FacesContext.getCurrentInstance(), moderation.staleMessageFor(file.reference()));
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
