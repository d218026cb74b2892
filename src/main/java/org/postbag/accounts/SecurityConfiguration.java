package org.postbag.accounts;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.postbag.accounts.web.DeskAuthentication;

/**
 * Jakarta Security: {@link DeskAuthentication} signs people in through our own sign-in page,
 * the session remembers who signed in, and {@link AccountIdentityStore} checks the password.
 * web.xml says which paths need which role.
 */
@DeclareRoles({"editor", "admin"})
@ApplicationScoped
public class SecurityConfiguration {}
