package org.postbag.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.postbag.accounts.CurrentAccount;
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
    private CurrentAccount me;

    private boolean requireSecondFactor;

    @PostConstruct
    void load() {
        requireSecondFactor = secondFactors.requiredForAll();
    }

    public void save() throws IOException {
        boolean changed =
                secondFactors.requireForAll(requireSecondFactor, me.require().id());
        PageActionBoundary.done(
                !changed
                        ? "Nothing had changed."
                        : requireSecondFactor
                                ? "Every local account now signs in with a second factor; accounts without one set it up at their next sign-in."
                                : "A second factor is now up to each account.",
                "/admin/settings");
    }

    public boolean isRequireSecondFactor() {
        return requireSecondFactor;
    }

    public void setRequireSecondFactor(boolean requireSecondFactor) {
        this.requireSecondFactor = requireSecondFactor;
    }
}
