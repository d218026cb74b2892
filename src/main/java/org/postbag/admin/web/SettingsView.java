package org.postbag.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.postbag.accounts.CurrentAccount;
import org.postbag.admin.HouseRules;
import org.postbag.infrastructure.Conflicts;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.Screening;
import org.postbag.moderation.RejectionTemplate;
import org.postbag.moderation.WatchedWordRule;

/** /admin/settings: the house rules, the watched words and the rejection templates. */
@Named("houseRules")
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient HouseRules rules;

    @Inject
    private transient CurrentAccount me;

    private String magazineName;

    @NotNull(message = "Enter the house word limit")
    private Integer wordLimit;

    private boolean linkAddresses;

    @NotNull(message = "Enter how many days unconfirmed letters are kept")
    private Integer unconfirmedRetentionDays;

    @NotNull(message = "Enter how many days contact details are kept")
    private Integer contactRetentionDays;

    private String word;
    private Screening.WatchedWord.Action wordAction = Screening.WatchedWord.Action.HOLD;

    private Long templateId;
    private String templateName;
    private String templateBody;

    @PostConstruct
    void load() {
        HouseRules.Values values = rules.current();
        magazineName = values.magazineName();
        wordLimit = values.wordLimit();
        linkAddresses = values.linkAddresses();
        unconfirmedRetentionDays = values.unconfirmedRetentionDays();
        contactRetentionDays = values.contactRetentionDays();
    }

    public void save() throws IOException {
        act(
                () -> {
                    int changed = rules.save(
                            new HouseRules.Values(
                                    magazineName,
                                    wordLimit,
                                    linkAddresses,
                                    unconfirmedRetentionDays,
                                    contactRetentionDays),
                            me.require().id());
                    return changed == 0 ? "Nothing had changed." : "Settings saved.";
                },
                null);
    }

    public void watch() throws IOException {
        act(
                () -> {
                    rules.watch(word, wordAction, me.require().id());
                    return "Letters with “" + word.strip().toLowerCase() + "” are now "
                            + (wordAction == Screening.WatchedWord.Action.SPAM ? "marked as spam." : "held.");
                },
                "word");
    }

    public void unwatch(WatchedWordRule rule) throws IOException {
        act(
                () -> {
                    rules.unwatch(rule.id(), me.require().id());
                    return "“" + rule.word() + "” is no longer watched.";
                },
                null);
    }

    public void edit(RejectionTemplate template) {
        templateId = template.id();
        templateName = template.name();
        templateBody = template.body();
    }

    public void saveTemplate() throws IOException {
        act(
                () -> {
                    rules.saveTemplate(
                            templateId, templateName, templateBody, me.require().id());
                    return "Template “" + templateName.strip() + "” saved.";
                },
                "templateName");
    }

    public void removeTemplate(RejectionTemplate template) throws IOException {
        act(
                () -> {
                    rules.removeTemplate(template.id(), me.require().id());
                    return "Template “" + template.name() + "” removed.";
                },
                null);
    }

    private interface Action {
        String run() throws Exception;
    }

    private void act(Action action, String field) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String done;
        try {
            done = action.run();
        } catch (DomainException refused) {
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
            return;
        } catch (Exception failure) {
            if (!Conflicts.isConcurrentChange(failure)) {
                throw new FacesException(failure);
            }
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            "Another admin changed this at the same moment. Look again.",
                            null));
            faces.validationFailed();
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        external.redirect(external.getRequestContextPath() + "/admin/settings");
    }

    public List<WatchedWordRule> getWatchedWords() {
        return rules.watchedWords();
    }

    public List<RejectionTemplate> getTemplates() {
        return rules.templates();
    }

    public Screening.WatchedWord.Action[] getActions() {
        return Screening.WatchedWord.Action.values();
    }

    public String getMagazineName() {
        return magazineName;
    }

    public void setMagazineName(String magazineName) {
        this.magazineName = magazineName;
    }

    public Integer getWordLimit() {
        return wordLimit;
    }

    public void setWordLimit(Integer wordLimit) {
        this.wordLimit = wordLimit;
    }

    public boolean isLinkAddresses() {
        return linkAddresses;
    }

    public void setLinkAddresses(boolean linkAddresses) {
        this.linkAddresses = linkAddresses;
    }

    public Integer getUnconfirmedRetentionDays() {
        return unconfirmedRetentionDays;
    }

    public void setUnconfirmedRetentionDays(Integer unconfirmedRetentionDays) {
        this.unconfirmedRetentionDays = unconfirmedRetentionDays;
    }

    public Integer getContactRetentionDays() {
        return contactRetentionDays;
    }

    public void setContactRetentionDays(Integer contactRetentionDays) {
        this.contactRetentionDays = contactRetentionDays;
    }

    public String getWord() {
        return word;
    }

    public void setWord(String word) {
        this.word = word;
    }

    public Screening.WatchedWord.Action getWordAction() {
        return wordAction;
    }

    public void setWordAction(Screening.WatchedWord.Action wordAction) {
        this.wordAction = wordAction;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public String getTemplateBody() {
        return templateBody;
    }

    public void setTemplateBody(String templateBody) {
        this.templateBody = templateBody;
    }
}
