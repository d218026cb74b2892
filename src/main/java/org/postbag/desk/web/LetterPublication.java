package org.postbag.desk.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.Words;
import org.postbag.publishing.Publishing;

/**
 * The letter page's "Publish" panel: publish an approved letter online, correct a published one,
 * or take it down with a reason. Acts through the page's {@link LetterDesk}.
 */
@Named
@ViewScoped
@PageAction
public class LetterPublication implements Serializable, PageAction.LostRace {

    private static final long serialVersionUID = 1L;

    @Inject
    private LetterDesk desk;

    @Inject
    private transient Publishing publishing;

    private String takeDownReason;
    private String correction;

    @Override
    public String lostRaceMessage() {
        return desk.lostRaceMessage();
    }

    public void publishOnline() {
        desk.act(
                publishing::publishOnline,
                Words.of(FacesContext.getCurrentInstance(), "deskLetter.publish.done"),
                "publish");
    }

    public void unpublish() {
        desk.act(
                (ref, version, editor) -> publishing.unpublish(ref, version, editor, takeDownReason),
                Words.of(FacesContext.getCurrentInstance(), "deskLetter.takeDown.done"),
                "publish");
    }

    public void correct() {
        desk.act(
                (ref, version, editor) -> publishing.correct(ref, version, editor, correction),
                Words.of(FacesContext.getCurrentInstance(), "deskLetter.correct.done"),
                "publish");
    }

    public String getTakeDownReason() {
        return takeDownReason;
    }

    public void setTakeDownReason(String takeDownReason) {
        this.takeDownReason = takeDownReason;
    }

    public String getCorrection() {
        return correction;
    }

    public void setCorrection(String correction) {
        this.correction = correction;
    }
}
