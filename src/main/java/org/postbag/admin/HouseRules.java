package org.postbag.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.Role;
import org.postbag.house.AdminEvents;
import org.postbag.house.Settings;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.web.PublicationState;
import org.postbag.infrastructure.web.Words;
import org.postbag.letter.Screening;
import org.postbag.moderation.RejectionTemplate;
import org.postbag.moderation.RejectionTemplates;
import org.postbag.moderation.WatchedWordRule;
import org.postbag.moderation.WatchedWords;

/**
 * What admins change at run time: the settings (magazine name, house word limit, link policy,
 * retention periods, the grace period of decision emails), the watched words and the rejection templates. Every change is checked,
 * recorded in the admins' trail, and reaches every server within seconds; public pages are
 * rendered again because the magazine's name and the link policy show on them.
 */
@ApplicationScoped
public class HouseRules {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    @Inject
    private WatchedWords watchedWords;

    @Inject
    private RejectionTemplates templates;

    @Inject
    private Accounts accounts;

    @Inject
    private AdminEvents events;

    @Inject
    private PublicationState publicationState;

    /** The settings as an admin edits them. */
    public record Values(
            String magazineName,
            Integer wordLimit,
            boolean linkAddresses,
            Integer unconfirmedRetentionDays,
            Integer contactRetentionDays,
            Integer decisionEmailGraceSeconds) {}

    public Values current() {
        return new Values(
                settings.magazineName(),
                settings.wordLimit(),
                settings.linkAddresses(),
                settings.integer(Settings.Name.UNCONFIRMED_RETENTION_DAYS),
                settings.integer(Settings.Name.CONTACT_RETENTION_DAYS),
                (int) settings.decisionEmailGrace().toSeconds());
    }

    /**
     * Saves what changed. Nothing is saved unless everything is valid; the problems come back
     * as one exception naming each, so that the form can show them all.
     */
    @Transactional
    public int save(Values values, long adminId) {
        Account admin = admin(adminId);
        List<String> problems = new ArrayList<>();
        String name = values.magazineName() == null ? "" : values.magazineName().strip();
        if (name.isEmpty() || name.length() > 100) {
            problems.add("admin.settings.refused.magazineName");
        }
        check(problems, values.wordLimit(), 50, 5000, "admin.settings.refused.wordLimit");
        check(problems, values.unconfirmedRetentionDays(), 1, 90, "admin.settings.refused.unconfirmed");
        check(problems, values.contactRetentionDays(), 7, 3650, "admin.settings.refused.contact");
        check(problems, values.decisionEmailGraceSeconds(), 0, 3600, "admin.settings.refused.grace");
        if (!problems.isEmpty()) {
            throw new Problems(problems);
        }
        Map<Settings.Name, String> wanted = new LinkedHashMap<>();
        wanted.put(Settings.Name.MAGAZINE_NAME, name);
        wanted.put(Settings.Name.WORD_LIMIT, values.wordLimit().toString());
        wanted.put(Settings.Name.LINK_ADDRESSES, Boolean.toString(values.linkAddresses()));
        wanted.put(
                Settings.Name.UNCONFIRMED_RETENTION_DAYS,
                values.unconfirmedRetentionDays().toString());
        wanted.put(
                Settings.Name.CONTACT_RETENTION_DAYS,
                values.contactRetentionDays().toString());
        wanted.put(
                Settings.Name.DECISION_EMAIL_GRACE_SECONDS,
                values.decisionEmailGraceSeconds().toString());
        int changed = 0;
        for (Map.Entry<Settings.Name, String> entry : wanted.entrySet()) {
            String before = settings.string(entry.getKey());
            if (!before.equals(entry.getValue())) {
                em.createNativeQuery("INSERT INTO setting (name, value) VALUES (?1, ?2) ON CONFLICT (name)"
                                + " DO UPDATE SET value = EXCLUDED.value, version = setting.version + 1")
                        .setParameter(1, entry.getKey().key())
                        .setParameter(2, entry.getValue())
                        .executeUpdate();
                events.record(
                        admin.displayName(),
                        "SETTING_CHANGED",
                        entry.getKey().environment(),
                        before + " → " + entry.getValue());
                changed++;
            }
        }
        if (changed > 0) {
            publicationState.changed();
        }
        settings.refresh();
        return changed;
    }

    /** Every problem of the settings form at once, each a bundle key, shown in the page's language. */
    static final class Problems extends DomainException {

        private static final long serialVersionUID = 1L;

        private final List<String> keys;

        Problems(List<String> keys) {
            super(joined(keys, Locale.ENGLISH));
            this.keys = List.copyOf(keys);
        }

        @Override
        public String textIn(Locale locale) {
            return joined(keys, locale);
        }

        private static String joined(List<String> keys, Locale locale) {
            return keys.stream().map(key -> Words.in(locale, key)).collect(Collectors.joining(" "));
        }
    }

    private static void check(List<String> problems, Integer value, int least, int most, String problem) {
        if (value == null || value < least || value > most) {
            problems.add(problem);
        }
    }

    @Transactional
    public List<WatchedWordRule> watchedWords() {
        return watchedWords.all();
    }

    @Transactional
    public void watch(String word, Screening.WatchedWord.Action action, long adminId) {
        Account admin = admin(adminId);
        String cleaned = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        if (cleaned.isEmpty() || cleaned.length() > 60 || cleaned.matches(".*\\s.*")) {
            throw DomainException.of("admin.settings.refused.word");
        }
        if (action == null) {
            throw DomainException.of("admin.settings.refused.wordAction");
        }
        if (watchedWords.byWord(cleaned).isPresent()) {
            throw DomainException.of("admin.settings.refused.watchedAlready", cleaned);
        }
        watchedWords.add(new WatchedWordRule(cleaned, action));
        events.record(
                admin.displayName(), "WORD_WATCHED", cleaned, action.name().toLowerCase());
    }

    @Transactional
    public void unwatch(long id, long adminId) {
        Account admin = admin(adminId);
        WatchedWordRule rule = em.find(WatchedWordRule.class, id);
        if (rule != null) {
            watchedWords.remove(rule);
            events.record(admin.displayName(), "WORD_UNWATCHED", rule.word(), null);
        }
    }

    @Transactional
    public List<RejectionTemplate> templates() {
        return templates.all();
    }

    /** A new template, or the template {@code id} reworded. */
    @Transactional
    public void saveTemplate(Long id, String name, String body, long adminId) {
        Account admin = admin(adminId);
        String title = name == null ? "" : name.strip();
        String text = body == null ? "" : body.strip();
        if (title.isEmpty() || title.length() > 80) {
            throw DomainException.of("admin.settings.refused.templateName");
        }
        if (text.isEmpty() || text.length() > 5000) {
            throw DomainException.of("admin.settings.refused.templateBody");
        }
        boolean clash = templates.all().stream().anyMatch(t -> t.name().equalsIgnoreCase(title) && !t.id().equals(id));
        if (clash) {
            throw DomainException.of("admin.settings.refused.templateTaken", title);
        }
        if (id == null) {
            templates.add(new RejectionTemplate(title, text));
            events.record(admin.displayName(), "TEMPLATE_ADDED", title, null);
        } else {
            RejectionTemplate template =
                    templates.byId(id).orElseThrow(() -> DomainException.of("admin.settings.refused.templateGone"));
            template.reword(title, text);
            events.record(admin.displayName(), "TEMPLATE_CHANGED", title, null);
        }
    }

    @Transactional
    public void removeTemplate(long id, long adminId) {
        Account admin = admin(adminId);
        templates.byId(id).ifPresent(template -> {
            templates.remove(template);
            events.record(admin.displayName(), "TEMPLATE_REMOVED", template.name(), null);
        });
    }

    private Account admin(long adminId) {
        return accounts.byId(adminId)
                .filter(account -> account.has(Role.ADMIN) && !account.isDisabled())
                .orElseThrow(() -> DomainException.of("refused.account.adminsOnly"));
    }
}
