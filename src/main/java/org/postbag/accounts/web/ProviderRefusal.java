package org.postbag.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.postbag.accounts.SingleSignOnSettings;

/** What the sign-in page says when the provider's sign-in let nobody in ({@code ?refused=...}). */
@Named
@RequestScoped
public class ProviderRefusal {

    @Inject
    @Param(name = "refused")
    private String refused;

    @Inject
    private SingleSignOnSettings settings;

    /** The message, or null when nothing was refused. */
    public String getMessage() {
        if (refused == null) {
            return null;
        }
        String provider = settings.providerName();
        return switch (refused) {
            case "no-role" ->
                "You signed in with " + provider + ", but you are in neither the editors' nor the admins'"
                        + " group there, so the letters desk cannot let you in. Ask an admin to add you to one.";
            case "unverified-email" ->
                provider + " has not verified your email address, so the letters desk cannot"
                        + " tell who you are. Verify the address there, then sign in again.";
            case "no-email" ->
                provider + " did not give the letters desk your email address, so it cannot tell who"
                        + " you are. Ask an admin.";
            case "disabled" -> "Your account at the letters desk is disabled. Ask an admin.";
            case "full" -> SignIn.FULL;
            default -> "Signing in with " + provider + " did not work. Try again; if it goes on failing, ask an admin.";
        };
    }
}
