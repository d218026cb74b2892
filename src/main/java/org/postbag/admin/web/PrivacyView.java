package org.postbag.admin.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.postbag.accounts.CurrentAccount;
import org.postbag.admin.WriterData;
import org.postbag.house.Settings;
import org.postbag.infrastructure.DomainException;

/**
 * /admin/privacy: a writer asks what we hold about them, or to be forgotten. The admin looks
 * the address up, sees how much there is, downloads it as a JSON file, or erases it after
 * typing the address again.
 */
@Named("privacy")
@ViewScoped
public class PrivacyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient WriterData writerData;

    @Inject
    private transient CurrentAccount me;

    @Inject
    private transient Settings settings;

    @NotBlank(message = "Enter the writer's email address")
    @Size(max = 320, message = "Enter the writer's email address")
    private String email;

    private String confirmation;

    private WriterData.Summary summary;

    public void lookUp() {
        try {
            summary = writerData.summary(email);
        } catch (DomainException refused) {
            error("email", refused.getMessage());
        }
    }

    public void export() throws IOException {
        if (summary == null) {
            return;
        }
        byte[] file = writerData.export(summary.email(), me.require().id());
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/json;charset=UTF-8");
        external.setResponseContentLength(file.length);
        external.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"postbag-writer-data-" + LocalDate.now() + ".json\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(file);
        }
        faces.responseComplete();
    }

    public void erase() throws IOException {
        if (summary == null) {
            return;
        }
        if (confirmation == null || !confirmation.strip().equalsIgnoreCase(summary.email())) {
            error("confirmation", "Type the email address again, exactly, to erase what we hold about it.");
            return;
        }
        WriterData.Erasure erased =
                writerData.erase(summary.email(), me.require().id());
        String done = "Erased: " + erased.deleted() + " letters deleted, " + erased.anonymised()
                + " published letters kept as printed (text and sign-off only), " + erased.emails()
                + " emails deleted.";
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        external.redirect(external.getRequestContextPath() + "/admin/privacy");
    }

    private static void error(String field, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public long getRetentionDays() {
        return settings.contactRetention().toDays();
    }

    public WriterData.Summary getSummary() {
        return summary;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
