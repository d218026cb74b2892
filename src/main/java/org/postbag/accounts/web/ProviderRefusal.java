package org.postbag.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.postbag.accounts.SingleSignOnSettings;
import org.postbag.infrastructure.web.Words;

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
        String key =
                switch (refused) {
                    case "no-role" -> "signIn.provider.refused.noRole";
                    case "unverified-email" -> "signIn.provider.refused.unverifiedEmail";
                    case "no-email" -> "signIn.provider.refused.noEmail";
                    case "disabled" -> "signIn.provider.refused.disabled";
                    case "full" -> SignIn.FULL;
                    default -> "signIn.provider.refused.failed";
                };
        return Words.of(FacesContext.getCurrentInstance(), key, provider);
    }
}
