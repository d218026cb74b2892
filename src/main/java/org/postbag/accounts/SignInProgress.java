package org.postbag.accounts;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/**
 * What one sign-in request learnt beyond yes or no, which the identity store cannot say
 * through Jakarta Security: that the password passed and a second step is due (with the token
 * for it), or that a second factor was set up just now (with its recovery codes, to be shown
 * once).
 */
@RequestScoped
public class SignInProgress {

    private String pendingToken;
    private PendingSignIn.Step pendingStep;
    private List<String> freshRecoveryCodes = List.of();

    void secondStepDue(String token, PendingSignIn.Step step) {
        this.pendingToken = token;
        this.pendingStep = step;
    }

    void enrolled(List<String> recoveryCodes) {
        this.freshRecoveryCodes = List.copyOf(recoveryCodes);
    }

    /** The token of the second step due, or null when none is. */
    public String pendingToken() {
        return pendingToken;
    }

    public PendingSignIn.Step pendingStep() {
        return pendingStep;
    }

    public List<String> freshRecoveryCodes() {
        return freshRecoveryCodes;
    }
}
