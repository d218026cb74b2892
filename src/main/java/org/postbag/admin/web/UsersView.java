package org.postbag.admin.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.postbag.accounts.Account;
import org.postbag.accounts.AccountAdministration;
import org.postbag.accounts.CurrentAccount;
import org.postbag.accounts.Role;
import org.postbag.accounts.SecondFactors;
import org.postbag.accounts.SectionAdministration;
import org.postbag.house.AdminEvent;
import org.postbag.house.AdminEvents;
import org.postbag.house.Language;
import org.postbag.house.Languages;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;

/**
 * /admin/users: the people who may use the desk. An admin invites an editor by email (the
 * link in the email lets them choose a password), gives or takes a role, disables an account
 * or sends a new password link. The last active admin cannot be demoted or disabled.
 */
@Named("users")
@ViewScoped
@PageAction
public class UsersView implements Serializable, PageAction.LostRace, PageAction.Refused {

    private static final long serialVersionUID = 1L;

    /** A row of the table, read once per request. */
    public record Row(
            long id,
            int version,
            String name,
            String email,
            boolean editor,
            boolean admin,
            String state,
            Instant lastSignInAt,
            boolean me,
            String sections,
            String language) {}

    @Inject
    private transient AccountAdministration administration;

    @Inject
    private transient AdminEvents events;

    @Inject
    private transient CurrentAccount me;

    @Inject
    private transient Clock clock;

    @Inject
    private transient Languages languages;

    @NotBlank(message = "{admin.users.name.required}")
    @Size(max = 100, message = "{admin.users.name.size}")
    private String name;

    @NotBlank(message = "{admin.users.email.required}")
    @Size(max = 254, message = "{admin.users.email.size}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{admin.users.email.format}")
    private String email;

    private boolean inviteAsAdmin;

    private transient List<Row> rows;

    private transient Set<Long> secondFactorIds = Set.of();

    @Inject
    private transient SecondFactors secondFactors;

    @Inject
    private transient SectionAdministration sectionAdministration;

    private transient Map<Long, String> sectionNames;

    private Long limitAccount;

    private List<Long> limitSections;

    public List<Row> getRows() {
        if (rows == null) {
            Instant now = clock.instant();
            long myId = me.require().id();
            List<Account> all = administration.all();
            Map<Long, Set<Long>> limits = sectionAdministration.limits();
            Map<Long, String> names = sectionNames();
            secondFactorIds = all.stream()
                    .filter(Account::hasSecondFactor)
                    .map(Account::id)
                    .collect(Collectors.toSet());
            rows = all.stream()
                    .map(account -> new Row(
                            account.id(),
                            account.version(),
                            account.displayName(),
                            account.email(),
                            account.has(Role.EDITOR),
                            account.has(Role.ADMIN),
                            state(account, now),
                            account.lastSignInAt(),
                            account.id() == myId,
                            account.has(Role.ADMIN) || !limits.containsKey(account.id())
                                    ? null
                                    : limits.get(account.id()).stream()
                                            .map(id -> names.getOrDefault(id, "?"))
                                            .sorted()
                                            .collect(Collectors.joining(", ")),
                            account.language()
                                    .flatMap(languages::find)
                                    .map(Language::ownName)
                                    .orElse(null)))
                    .toList();
        }
        return rows;
    }

    private static String state(Account account, Instant now) {
        if (account.isDisabled()) {
            return "disabled";
        }
        if (account.isPending()) {
            return account.invitationValid(now) ? "invited" : "invitationExpired";
        }
        if (account.isLocked(now)) {
            return "locked";
        }
        return "active";
    }

    /** The sections of the magazine, by id, for the form that limits an editor to some of them. */
    public Map<Long, String> sectionNames() {
        if (sectionNames == null) {
            sectionNames = new LinkedHashMap<>();
            sectionAdministration.all().forEach(section -> sectionNames.put(section.id(), section.name()));
        }
        return sectionNames;
    }

    /** The sections for the checkboxes, as name to id. */
    public Map<String, Long> getSectionItems() {
        Map<String, Long> items = new LinkedHashMap<>();
        sectionNames().forEach((id, label) -> items.put(label, id));
        return items;
    }

    /** Accounts that can be limited: editors who are not admins (admins see every section). */
    public List<Row> getLimitable() {
        return getRows().stream().filter(row -> row.editor() && !row.admin()).toList();
    }

    /** Limits the chosen editor to the sections ticked; none ticked: every section. */
    public void limitToSections() {
        Row row = getRows().stream()
                .filter(candidate -> limitAccount != null && candidate.id() == limitAccount)
                .findFirst()
                .orElse(null);
        if (row == null) {
            PageActionBoundary.refuse("limitAccount", words("admin.users.refused.chooseEditor"));
            return;
        }
        Set<Long> chosen = limitSections == null ? Set.of() : Set.copyOf(limitSections);
        act(
                () -> sectionAdministration.limit(
                        row.id(), row.version(), chosen, me.require().id()),
                chosen.isEmpty()
                        ? Words.of(FacesContext.getCurrentInstance(), "admin.users.done.everySection", row.name())
                        : Words.of(FacesContext.getCurrentInstance(), "admin.users.done.limited", row.name()));
    }

    public Long getLimitAccount() {
        return limitAccount;
    }

    public void setLimitAccount(Long limitAccount) {
        this.limitAccount = limitAccount;
    }

    public List<Long> getLimitSections() {
        return limitSections;
    }

    public void setLimitSections(List<Long> limitSections) {
        this.limitSections = limitSections;
    }

    /** What an admin did, in the page's words ("Roles changed"). */
    public String label(String action) {
        return AdminActions.label(action);
    }

    private static String words(String key) {
        return Words.of(FacesContext.getCurrentInstance(), key);
    }

    public List<AdminEvent> getEvents() {
        return events.latest(30);
    }

    public void invite() {
        Set<Role> roles = inviteAsAdmin ? EnumSet.of(Role.EDITOR, Role.ADMIN) : EnumSet.of(Role.EDITOR);
        act(
                () -> administration.invite(email, name, roles, me.require().id()),
                Words.of(FacesContext.getCurrentInstance(), "admin.users.done.invited", email.strip()));
    }

    public void toggle(Row row, String role) {
        Role which = Role.valueOf(role);
        boolean has = which == Role.ADMIN ? row.admin() : row.editor();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (row.editor()) {
            roles.add(Role.EDITOR);
        }
        if (row.admin()) {
            roles.add(Role.ADMIN);
        }
        if (has) {
            roles.remove(which);
        } else {
            roles.add(which);
        }
        act(
                () -> administration.changeRoles(
                        row.id(), row.version(), roles, me.require().id()),
                Words.of(
                        FacesContext.getCurrentInstance(),
                        "admin.users.done." + (has ? "noLonger" : "now") + (which == Role.ADMIN ? "Admin" : "Editor"),
                        row.name()));
    }

    public void disable(Row row) {
        act(
                () -> administration.disable(
                        row.id(), row.version(), me.require().id()),
                Words.of(FacesContext.getCurrentInstance(), "admin.users.done.disabled", row.name()));
    }

    public void enable(Row row) {
        act(
                () -> administration.enable(
                        row.id(), row.version(), me.require().id()),
                Words.of(FacesContext.getCurrentInstance(), "admin.users.done.enabled", row.name()));
    }

    /**
     * The one admin who can still sign in: the page does not offer to remove their role or
     * disable them (the service would refuse, as the desk must keep an admin).
     */
    public boolean lastAdmin(Row row) {
        return row.admin()
                && !"disabled".equals(row.state())
                && getRows().stream()
                                .filter(other -> other.admin() && !"disabled".equals(other.state()))
                                .count()
                        == 1;
    }

    /** Whether the account signs in with a second factor. */
    public boolean secondFactor(Row row) {
        getRows();
        return secondFactorIds.contains(row.id());
    }

    /** For a holder who lost their phone and their recovery codes: they sign in with the password again. */
    public void resetSecondFactor(Row row) {
        act(
                () -> secondFactors.reset(row.id(), me.require().id()),
                Words.of(FacesContext.getCurrentInstance(), "admin.users.done.secondFactorReset", row.name()));
    }

    public void sendLink(Row row) {
        act(
                () -> administration.sendNewLink(row.id(), me.require().id()),
                Words.of(FacesContext.getCurrentInstance(), "admin.users.done.linkSent", row.email()));
    }

    private void act(Runnable action, String done) {
        action.run();
        PageActionBoundary.done(done, "/admin/users");
    }

    @Override
    public String lostRaceMessage() {
        return words("admin.users.refused.lostRace");
    }

    /** A refused action shows the accounts as they are now, not as the page first read them. */
    @Override
    public void refused() {
        rows = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isInviteAsAdmin() {
        return inviteAsAdmin;
    }

    public void setInviteAsAdmin(boolean inviteAsAdmin) {
        this.inviteAsAdmin = inviteAsAdmin;
    }
}
