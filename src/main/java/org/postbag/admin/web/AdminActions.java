package org.postbag.admin.web;

import jakarta.faces.context.FacesContext;
import java.util.MissingResourceException;
import org.postbag.admin.AuditTrail;
import org.postbag.infrastructure.web.Words;

/**
 * What admins did ("ROLES_CHANGED"), as the page's language names it: the bundle's {@code admin.event.} text, or, for a
 * kind of event the bundle does not know yet, the kind in words.
 */
final class AdminActions {

    private AdminActions() {}

    static String label(String action) {
        try {
            return Words.of(FacesContext.getCurrentInstance(), "admin.event." + action);
        } catch (MissingResourceException unknown) {
            return AuditTrail.label(action);
        }
    }
}
