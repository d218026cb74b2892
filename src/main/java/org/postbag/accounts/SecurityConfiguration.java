package org.postbag.accounts;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security: a form on our own sign-in page, the session remembers who signed in,
 * and {@link AccountIdentityStore} checks the password. web.xml says which paths need which
 * role.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/sign-in", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"editor", "admin"})
@ApplicationScoped
public class SecurityConfiguration {}
