package org.postbag.accounts;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a sign-in: the sealed token that says the password passed, and the code
 * typed now (from the authenticator app, or a recovery code). Made only by the sign-in page.
 */
public record SecondStepCredential(String token, String code) implements Credential {

    @Override
    public String toString() {
        return "SecondStepCredential";
    }
}
