package org.postbag.desk.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.postbag.editing.Cuts;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.Words;

/**
 * The letter page's "Editing" panel: approve the latest revision for print, or send the cut to
 * the writer for their agreement. Acts through the page's {@link LetterDesk}.
 */
@Named
@ViewScoped
@PageAction
public class LetterRevisions implements Serializable, PageAction.LostRace {

    private static final long serialVersionUID = 1L;

    @Inject
    private LetterDesk desk;

    @Inject
    private transient Cuts cuts;

    private String writerMessage;
    private boolean approveOnAccept;

    @Override
    public String lostRaceMessage() {
        return desk.lostRaceMessage();
    }

    public void approveLatest() {
        desk.act(
                cuts::approveLatestVersion,
                Words.of(FacesContext.getCurrentInstance(), "deskLetter.revisions.approvedDone"),
                "editing");
    }

    public void askWriter() {
        desk.act(
                (ref, version, editor) -> cuts.askWriter(ref, version, editor, writerMessage, approveOnAccept),
                Words.of(
                        FacesContext.getCurrentInstance(),
                        approveOnAccept ? "deskLetter.ask.sentApprove" : "deskLetter.ask.sentBack"),
                "editing");
    }

    public String getWriterMessage() {
        return writerMessage;
    }

    public void setWriterMessage(String writerMessage) {
        this.writerMessage = writerMessage;
    }

    public boolean isApproveOnAccept() {
        return approveOnAccept;
    }

    public void setApproveOnAccept(boolean approveOnAccept) {
        this.approveOnAccept = approveOnAccept;
    }
}
