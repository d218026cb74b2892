package org.postbag.infrastructure.web;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.postbag.infrastructure.Conflicts;
import org.postbag.infrastructure.DomainException;

/**
 * The boundary between a page and the services it calls. What a service refuses, it refuses
 * with a {@link DomainException} whose message an editor can read; a commit that lost a race
 * against another person arrives as an optimistic-lock failure. Both become an error message at
 * the top of the page (or at the field the action names), the form stays as it was typed, and
 * nothing else is done. A refusal made with a bundle key is shown in the page's language. Any other failure goes on to the error page.
 */
@PageAction
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PageActionBoundary implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The words of a lost race where the page knows no better ones (a bundle key). */
    public static final String LOST_RACE = "desk.lostRace";

    @AroundInvoke
    public Object guard(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (DomainException refused) {
            PageAction action = invocation.getMethod().getAnnotation(PageAction.class);
            return refused(
                    invocation,
                    action == null || action.refusalFor().isEmpty() ? null : action.refusalFor(),
                    Words.of(Faces.getContext(), refused));
        } catch (Exception failure) {
            if (!Conflicts.isConcurrentChange(failure)) {
                throw failure;
            }
            Object page = invocation.getTarget();
            return refused(
                    invocation,
                    null,
                    page instanceof PageAction.LostRace lost
                            ? lost.lostRaceMessage()
                            : Words.of(Faces.getContext(), LOST_RACE));
        }
    }

    /** A refusal at its field, or at the top; a lost race concerns the whole page, so it is always at the top. */
    private static Object refused(InvocationContext invocation, String clientId, String text) {
        refuse(clientId, text);
        if (invocation.getTarget() instanceof PageAction.Refused page) {
            page.refused();
        }
        return null;
    }

    /** An error at the top of the page; the page is shown again with what was typed. */
    public static void refuse(String text) {
        refuse(null, text);
    }

    /** An error at the field {@code clientId} (the top of the page when null), the form shown again as typed. */
    public static void refuse(String clientId, String text) {
        Messages.addError(clientId, text);
        Faces.validationFailed();
    }

    /**
     * Post, redirect, get: the message travels in the flash to the page at {@code path}, an
     * address inside the application ("/editor/queue?tab=held").
     */
    public static void done(String message, String path) {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect(path.substring(1));
    }
}
