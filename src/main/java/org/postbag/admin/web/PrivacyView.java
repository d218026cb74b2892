package org.postbag.admin.web;

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
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;

/**
 * /admin/privacy: a writer asks what we hold about them, or to be forgotten. The admin looks
 * the address up, sees how much there is, downloads it as a JSON file, or erases it after
 * typing the address again.
 */
@Named("privacy")
@ViewScoped
@PageAction
public class PrivacyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient WriterData writerData;

    @Inject
    private transient CurrentAccount me;

    @Inject
    private transient Settings settings;

    @NotBlank(message = "{admin.privacy.email.required}")
    @Size(max = 320, message = "{admin.privacy.email.required}")
    private String email;

    private String confirmation;

    private WriterData.Summary summary;

    @PageAction(refusalFor = "email")
    public void lookUp() {
        summary = writerData.summary(email);
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

    public void erase() {
        if (summary == null) {
            return;
        }
        if (confirmation == null || !confirmation.strip().equalsIgnoreCase(summary.email())) {
            PageActionBoundary.refuse(
                    "confirmation", Words.of(FacesContext.getCurrentInstance(), "admin.privacy.refused.confirmation"));
            return;
        }
        WriterData.Erasure erased =
                writerData.erase(summary.email(), me.require().id());
        String done = Words.of(
                FacesContext.getCurrentInstance(),
                "admin.privacy.done.erased",
                erased.deleted(),
                erased.anonymised(),
                erased.emails());
        PageActionBoundary.done(done, "/admin/privacy");
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
