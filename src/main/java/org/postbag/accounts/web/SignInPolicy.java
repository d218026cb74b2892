package org.postbag.accounts.web;

import jakarta.annotation.PostConstruct;
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
        String factor = requireSecondFactor
                ? "Every local account now signs in with a second factor; accounts without one set it up at their next sign-in."
                : "A second factor is now up to each account.";
        String local = localAdminsOnly
                ? "Only admins sign in with a password now; everyone else signs in through the provider."
                : "Everyone may sign in with a password again.";
        PageActionBoundary.done(
                !factorChanged && !localChanged
                        ? "Nothing had changed."
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
