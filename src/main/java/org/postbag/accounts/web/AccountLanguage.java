package org.postbag.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.postbag.accounts.Account;
import org.postbag.accounts.AccountAdministration;
import org.postbag.accounts.CurrentAccount;
import org.postbag.house.Language;
import org.postbag.house.Languages;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;

/**
 * The language of one's own desk, on the account page: each language Postbag has bundles for, by its own name, or the
 * magazine's language (whichever it is at the time). The choice is said in the language just chosen.
 */
@Named
@RequestScoped
@PageAction
public class AccountLanguage {

    @Inject
    private CurrentAccount me;

    @Inject
    private AccountAdministration administration;

    @Inject
    private Languages languages;

    private String chosen;

    @PostConstruct
    void read() {
        chosen = me.get().flatMap(Account::language).orElse("");
    }

    public List<Language> getAvailable() {
        return languages.available();
    }

    /** The magazine's language by its own name, for the choice that follows it. */
    public String getMagazineLanguage() {
        return languages.magazine().ownName();
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public void choose() {
        administration.chooseLanguage(me.require().id(), chosen);
        Language now = languages.chosenOr(chosen);
        PageActionBoundary.done(Words.in(now.locale(), "account.language.done", now.ownName()), "/account");
    }
}
