package org.postbag.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.omnifaces.util.Faces;

/** Signing out ends the session on the server, not only in the browser. */
@Named
@RequestScoped
public class SignOut {

    public void signOut() throws ServletException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("signed-out");
    }
}
