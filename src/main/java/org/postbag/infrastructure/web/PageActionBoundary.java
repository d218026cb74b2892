package org.postbag.infrastructure.web;

import jakarta.annotation.Priority;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.IOException;
import java.io.Serializable;
import org.postbag.infrastructure.Conflicts;
import org.postbag.infrastructure.DomainException;

/**
 * The boundary between a page and the services it calls. What a service refuses, it refuses
 * with a {@link DomainException} whose message an editor can read; a commit that lost a race
 * against another person arrives as an optimistic-lock failure. Both become an error message at
 * the top of the page, the form stays as it was typed, and nothing else is done. Any other
 * failure goes on to the error page.
 */
@PageAction
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PageActionBoundary implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String LOST_RACE = "Someone else changed this while you had it open, so your change was not saved."
            + " Reload the page to see what changed.";

    @AroundInvoke
    public Object guard(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (DomainException refused) {
            refuse(refused.getMessage());
            return null;
        } catch (Exception failure) {
            if (!Conflicts.isConcurrentChange(failure)) {
                throw failure;
            }
            refuse(invocation.getTarget() instanceof PageAction.LostRace page ? page.lostRaceMessage() : LOST_RACE);
            return null;
        }
    }

    /** An error at the top of the page; the page is shown again with what was typed. */
    public static void refuse(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** Post, redirect, get: the message travels in the flash to the page at {@code path}. */
    public static void done(String message, String path) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
    }
}
