package org.postbag.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import org.postbag.accounts.CurrentAccount;
import org.postbag.admin.HouseRules;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
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

    @NotNull(message = "Enter the house word limit")
    private Integer wordLimit;

    private boolean linkAddresses;

    @NotNull(message = "Enter how many days unconfirmed letters are kept")
    private Integer unconfirmedRetentionDays;

    @NotNull(message = "Enter how many days contact details are kept")
    private Integer contactRetentionDays;

    @NotNull(message = "Enter how many seconds decision emails wait")
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
        done(changed == 0 ? "Nothing had changed." : "Settings saved.");
    }

    @PageAction(refusalFor = "word")
    public void watch() {
        rules.watch(word, wordAction, me.require().id());
        done("Letters with “" + word.strip().toLowerCase() + "” are now "
                + (wordAction == Screening.WatchedWord.Action.SPAM ? "marked as spam." : "held."));
    }

    public void unwatch(WatchedWordRule rule) {
        rules.unwatch(rule.id(), me.require().id());
        done("“" + rule.word() + "” is no longer watched.");
    }

    public void edit(RejectionTemplate template) {
        templateId = template.id();
        templateName = template.name();
        templateBody = template.body();
    }

    @PageAction(refusalFor = "templateName")
    public void saveTemplate() {
        rules.saveTemplate(templateId, templateName, templateBody, me.require().id());
        done("Template “" + templateName.strip() + "” saved.");
    }

    public void removeTemplate(RejectionTemplate template) {
        rules.removeTemplate(template.id(), me.require().id());
        done("Template “" + template.name() + "” removed.");
    }

    private static void done(String message) {
        PageActionBoundary.done(message, "/admin/settings");
    }

    @Override
    public String lostRaceMessage() {
        return "Another admin changed this at the same moment. Look again.";
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
