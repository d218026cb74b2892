package org.postbag.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.postbag.accounts.CurrentAccount;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.moderation.Decision;
import org.postbag.moderation.Moderation;

/**
 * The Undo in the message that follows a decision, on whatever desk page it is shown (the
 * queue, the next letter). The message's form names the decision by its event, so that Undo
 * reverses that decision and no later one, and takes back the email it caused if it has not
 * gone yet.
 */
@Named
@RequestScoped
@PageAction
public class UndoDecision {

    /** The flash entry a page puts with its success message, for the Undo shown with it. */
    public static final String FLASH = "decision";

    @Inject
    @Param(name = "undoReference")
    private String reference;

    @Inject
    @Param(name = "undoEvent")
    private Long event;

    @Inject
    @Param(name = "undoBack")
    private String back;

    @Inject
    private Moderation moderation;

    @Inject
    private CurrentAccount me;

    /** Shows Undo with the next page's success message. */
    public static void offer(Decision decision) {
        Faces.getFlash().put(FLASH, decision);
    }

    public void undo() {
        if (reference == null || event == null) {
            PageActionBoundary.refuse("There is no decision to undo.");
            return;
        }
        Moderation.Undone undone =
                moderation.undoDecision(reference, event, me.require().id());
        String message = undone.reference() + ": " + undone.action().toLowerCase() + " undone."
                + (undone.emailTakenBack() ? " The email to the writer was not sent." : "")
                + (undone.emailGone() ? " The email to the writer had already gone." : "");
        PageActionBoundary.done(message, "/editor/letters/" + undone.reference() + returnQuery());
    }

    /**
     * The queue tab and filters the editor worked in, kept for the letter page Undo leads back
     * to. Only a query string of the desk's own parameters: never a way to send the editor elsewhere.
     */
    private String returnQuery() {
        if (back == null || !back.matches("\\?[A-Za-z0-9=&%+._~-]{0,500}")) {
            return "";
        }
        return back;
    }
}
