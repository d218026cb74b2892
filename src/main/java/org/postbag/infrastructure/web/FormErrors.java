package org.postbag.infrastructure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of a form, shaped for the error summary at the top of the page (each links to
 * its field) and for the message next to each field.
 */
@Named
@RequestScoped
public class FormErrors {

    public record Error(String fieldId, String text) {}

    public List<Error> getSummary() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Error> errors = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            for (Iterator<FacesMessage> messages = context.getMessages(id); messages.hasNext(); ) {
                FacesMessage message = messages.next();
                if (message.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0) {
                    errors.add(new Error(id, message.getSummary()));
                }
            }
        }
        return errors;
    }

    /** The first error of a field, or null. */
    public String of(String fieldId) {
        Iterator<FacesMessage> messages = FacesContext.getCurrentInstance().getMessages(fieldId);
        return messages.hasNext() ? messages.next().getSummary() : null;
    }

    public boolean has(String fieldId) {
        return of(fieldId) != null;
    }
}
