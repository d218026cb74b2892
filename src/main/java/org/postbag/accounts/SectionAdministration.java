package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.postbag.house.AdminEvents;
import org.postbag.house.Section;
import org.postbag.house.Sections;
import org.postbag.infrastructure.DomainException;

/**
 * The magazine's sections as admins define them, and which of them an editor is limited to.
 * Every change goes into the admins' trail. A limit takes effect at the editor's next request:
 * every query and action reads it from the account as it is then.
 */
@ApplicationScoped
public class SectionAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Sections sections;

    @Inject
    private Accounts accounts;

    @Inject
    private AdminEvents events;

    @Inject
    private Clock clock;

    @Transactional
    public Section define(String name, String slug, long adminId) {
        Account admin = admin(adminId);
        Section section = new Section(name, slug, clock.instant());
        requireFree(section.name(), section.slug(), null);
        sections.add(section);
        events.record(admin.displayName(), "SECTION_DEFINED", section.name(), "short name " + section.slug());
        return section;
    }

    @Transactional
    public void rename(long sectionId, int version, String name, String slug, long adminId) {
        Account admin = admin(adminId);
        Section section = sections.byId(sectionId).orElseThrow(() -> DomainException.of("refused.section.none"));
        if (section.version() != version) {
            throw DomainException.of("refused.section.changed", section.name());
        }
        String before = section.name() + " (" + section.slug() + ")";
        // Checked on a copy first: the queries that look for a clash must not flush a clash.
        Section renamed = new Section(name, slug, clock.instant());
        requireFree(renamed.name(), renamed.slug(), section.id());
        section.rename(renamed.name(), renamed.slug());
        events.record(
                admin.displayName(),
                "SECTION_RENAMED",
                section.name(),
                before + " → " + section.name() + " (" + section.slug() + ")");
    }

    /**
     * Limits an account to these sections (none: every section). An admin is never limited: the
     * limit would be ignored, so it is refused rather than kept for later.
     */
    @Transactional
    public void limit(long accountId, int version, Set<Long> sectionIds, long adminId) {
        Account admin = admin(adminId);
        Account account = accounts.byId(accountId).orElseThrow(() -> DomainException.of("refused.account.none"));
        if (account.version() != version) {
            throw DomainException.of("refused.account.changed", account.displayName());
        }
        if (account.has(Role.ADMIN) && !sectionIds.isEmpty()) {
            throw DomainException.of("refused.section.adminSeesAll", account.displayName());
        }
        Map<Long, String> names = sections.names();
        if (!names.keySet().containsAll(sectionIds)) {
            throw DomainException.of("refused.section.gone");
        }
        Set<Long> before = account.sectionLimits();
        if (before.equals(sectionIds)) {
            throw DomainException.of("refused.section.same", account.displayName());
        }
        account.limitToSections(new HashSet<>(sectionIds));
        // The version is the admins' check that nobody changed the account under them; a change
        // of the collection alone does not raise it.
        em.lock(account, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        events.record(
                admin.displayName(),
                "SECTIONS_CHANGED",
                account.email(),
                describe(before, names) + " → " + describe(sectionIds, names));
    }

    /** The sections each account is limited to, by account id (accounts not limited are left out). */
    @Transactional
    public Map<Long, Set<Long>> limits() {
        Map<Long, Set<Long>> limits = new HashMap<>();
        em.createQuery("select a.id, s from Account a join a.sectionIds s", Object[].class)
                .getResultList()
                .forEach(row -> limits.computeIfAbsent((Long) row[0], id -> new HashSet<>())
                        .add((Long) row[1]));
        return limits;
    }

    /** The scope of an account, read now (an account that is gone sees nothing). */
    @Transactional
    public SectionScope scopeOf(long accountId) {
        return accounts.sectionScopeOf(accountId);
    }

    public List<Section> all() {
        return sections.all();
    }

    private void requireFree(String name, String slug, Long except) {
        if (sections.nameTaken(name, except)) {
            throw DomainException.of("refused.section.nameTaken", name);
        }
        sections.bySlug(slug).filter(other -> !other.id().equals(except)).ifPresent(other -> {
            throw DomainException.of("refused.section.slugTaken", other.name(), slug);
        });
    }

    private static String describe(Set<Long> ids, Map<Long, String> names) {
        return ids.isEmpty()
                ? "every section"
                : ids.stream()
                        .map(id -> names.getOrDefault(id, "#" + id))
                        .sorted()
                        .collect(Collectors.joining(", "));
    }

    private Account admin(long adminId) {
        Account admin = accounts.byId(adminId).orElseThrow(() -> DomainException.of("refused.account.adminsOnly"));
        if (!admin.has(Role.ADMIN) || admin.isDisabled()) {
            throw DomainException.of("refused.account.adminsOnly");
        }
        return admin;
    }
}
