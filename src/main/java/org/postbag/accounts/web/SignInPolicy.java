package org.postbag.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.postbag.accounts.CurrentAccount;
import org.postbag.accounts.LocalSignIn;
import org.postbag.accounts.SecondFactors;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;

/** The admins' sign-in rules on the settings page: whether every local account needs a second factor. */
@Named
@ViewScoped
@PageAction
public class SignInPolicy implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private LocalSignIn localSignIn;

    @Inject
    private CurrentAccount me;

    private boolean requireSecondFactor;

    private boolean localAdminsOnly;

    @PostConstruct
    void load() {
        requireSecondFactor = secondFactors.requiredForAll();
        localAdminsOnly = localSignIn.adminsOnly();
    }

    public void save() throws IOException {
        long admin = me.require().id();
        boolean factorChanged = secondFactors.requireForAll(requireSecondFactor, admin);
        boolean localChanged = localSignIn.setAdminsOnly(localAdminsOnly, admin);
        FacesContext faces = FacesContext.getCurrentInstance();
        String factor = Words.of(
                faces,
                requireSecondFactor ? "admin.settings.done.factorRequired" : "admin.settings.done.factorOptional");
        String local =
                Words.of(faces, localAdminsOnly ? "admin.settings.done.adminsOnly" : "admin.settings.done.everyone");
        PageActionBoundary.done(
                !factorChanged && !localChanged
                        ? Words.of(faces, "admin.settings.done.nothing")
                        : factorChanged && localChanged ? factor + " " + local : factorChanged ? factor : local,
                "/admin/settings");
    }

    public boolean isLocalAdminsOnly() {
        return localAdminsOnly;
    }

    public void setLocalAdminsOnly(boolean localAdminsOnly) {
        this.localAdminsOnly = localAdminsOnly;
    }

    public boolean isRequireSecondFactor() {
        return requireSecondFactor;
    }

    public void setRequireSecondFactor(boolean requireSecondFactor) {
        this.requireSecondFactor = requireSecondFactor;
    }
}
