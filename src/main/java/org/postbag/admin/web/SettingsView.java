package org.postbag.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.postbag.accounts.CurrentAccount;
import org.postbag.admin.HouseRules;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;
import org.postbag.letter.Screening;
import org.postbag.moderation.RejectionTemplate;
import org.postbag.moderation.WatchedWordRule;

/** /admin/settings: the house rules, the watched words and the rejection templates. */
@Named("houseRules")
@ViewScoped
@PageAction
public class SettingsView implements Serializable, PageAction.LostRace {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient HouseRules rules;

    @Inject
    private transient CurrentAccount me;

    private String magazineName;

    @NotNull(message = "{admin.settings.wordLimit.required}")
    private Integer wordLimit;

    private boolean linkAddresses;

    @NotNull(message = "{admin.settings.unconfirmed.required}")
    private Integer unconfirmedRetentionDays;

    @NotNull(message = "{admin.settings.contact.required}")
    private Integer contactRetentionDays;

    @NotNull(message = "{admin.settings.grace.required}")
    private Integer decisionEmailGraceSeconds;

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
        decisionEmailGraceSeconds = values.decisionEmailGraceSeconds();
    }

    public void save() {
        int changed = rules.save(
                new HouseRules.Values(
                        magazineName,
                        wordLimit,
                        linkAddresses,
                        unconfirmedRetentionDays,
                        contactRetentionDays,
                        decisionEmailGraceSeconds),
                me.require().id());
        done(Words.of(
                FacesContext.getCurrentInstance(),
                changed == 0 ? "admin.settings.done.nothing" : "admin.settings.done.saved"));
    }

    @PageAction(refusalFor = "word")
    public void watch() {
        rules.watch(word, wordAction, me.require().id());
        done(Words.of(
                FacesContext.getCurrentInstance(),
                wordAction == Screening.WatchedWord.Action.SPAM
                        ? "admin.settings.done.watchedSpam"
                        : "admin.settings.done.watchedHeld",
                word.strip().toLowerCase(Locale.ROOT)));
    }

    public void unwatch(WatchedWordRule rule) {
        rules.unwatch(rule.id(), me.require().id());
        done(Words.of(FacesContext.getCurrentInstance(), "admin.settings.done.unwatched", rule.word()));
    }

    public void edit(RejectionTemplate template) {
        templateId = template.id();
        templateName = template.name();
        templateBody = template.body();
    }

    @PageAction(refusalFor = "templateName")
    public void saveTemplate() {
        rules.saveTemplate(templateId, templateName, templateBody, me.require().id());
        done(Words.of(FacesContext.getCurrentInstance(), "admin.settings.done.templateSaved", templateName.strip()));
    }

    public void removeTemplate(RejectionTemplate template) {
        rules.removeTemplate(template.id(), me.require().id());
        done(Words.of(FacesContext.getCurrentInstance(), "admin.settings.done.templateRemoved", template.name()));
    }

    private static void done(String message) {
        PageActionBoundary.done(message, "/admin/settings");
    }

    @Override
    public String lostRaceMessage() {
        return Words.of(FacesContext.getCurrentInstance(), "admin.refused.lostRace");
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

    public Integer getDecisionEmailGraceSeconds() {
        return decisionEmailGraceSeconds;
    }

    public void setDecisionEmailGraceSeconds(Integer decisionEmailGraceSeconds) {
        this.decisionEmailGraceSeconds = decisionEmailGraceSeconds;
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
