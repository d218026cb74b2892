package org.postbag.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.postbag.accounts.CurrentAccount;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;
import org.postbag.moderation.BulkUndo;
import org.postbag.moderation.Decision;
import org.postbag.moderation.Moderation;

/**
 * The Undo in the message that follows a decision, on whatever desk page it is shown (the
 * queue, the next letter). The message's form names the decision by its event, so that Undo
 * reverses that decision and no later one, and takes back the email it caused if it has not
 * gone yet. After a bulk action on the queue the message's Undo ({@link #undoAll}) reverses
 * every decision it made.
 */
@Named
@RequestScoped
@PageAction
public class UndoDecision {

    /** The flash entry a page puts with its success message, for the Undo shown with it. */
    public static final String FLASH = "decision";

    /** The same for a bulk action's decisions ({@link BulkDecision}). */
    public static final String FLASH_BULK = "decisions";

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
    @Param(name = "undoDecisions")
    private String decisions;

    @Inject
    private Moderation moderation;

    @Inject
    private BulkUndo bulkUndo;

    @Inject
    private CurrentAccount me;

    /** Shows Undo with the next page's success message. */
    public static void offer(Decision decision) {
        Faces.getFlash().put(FLASH, decision);
    }

    /** Shows Undo, for all of them at once, with the message that follows a bulk action. */
    public static void offer(List<Decision> decisions) {
        if (!decisions.isEmpty()) {
            Faces.getFlash().put(FLASH_BULK, new BulkDecision(decisions));
        }
    }

    public void undo() {
        if (reference == null || event == null) {
            PageActionBoundary.refuse(Words.of(FacesContext.getCurrentInstance(), "moderation.undo.none"));
            return;
        }
        Moderation.Undone undone =
                moderation.undoDecision(reference, event, me.require().id());
        FacesContext context = FacesContext.getCurrentInstance();
        String message = Words.of(
                        context,
                        "undo.done",
                        undone.reference(),
                        Words.of(
                                context,
                                "undo.action." + undone.action().toLowerCase().replace(' ', '_')))
                + (undone.emailTakenBack() ? " " + Words.of(context, "undo.email.takenBack") : "")
                + (undone.emailGone() ? " " + Words.of(context, "undo.email.gone") : "");
        PageActionBoundary.done(message, "/editor/letters/" + undone.reference() + returnQuery());
    }

    /**
     * Undoes each decision of a bulk action, back on the queue the editor worked in. A letter
     * that changed since is refused and named; the others are undone all the same.
     */
    public void undoAll() {
        List<Decision> wanted = BulkDecision.parse(decisions);
        if (wanted.isEmpty()) {
            PageActionBoundary.refuse(Words.of(FacesContext.getCurrentInstance(), "moderation.undo.none"));
            return;
        }
        BulkUndo.Result result = bulkUndo.undo(wanted, me.require().id());
        FacesContext context = FacesContext.getCurrentInstance();
        StringBuilder message = new StringBuilder(
                Words.of(context, "undo.all.done", result.undone().size()));
        if (result.emailsTakenBack() > 0) {
            message.append(' ').append(Words.of(context, "undo.all.takenBack", result.emailsTakenBack()));
        }
        if (result.emailsGone() > 0) {
            message.append(' ').append(Words.of(context, "undo.all.gone", result.emailsGone()));
        }
        result.refused().forEach(refusal -> message.append(' ').append(Words.of(context, refusal)));
        Messages.Message flash = Messages.create(message.toString()).flash();
        (result.refused().isEmpty() ? flash : flash.warn()).add();
        Faces.redirect(("/editor/queue" + returnQuery()).substring(1));
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
