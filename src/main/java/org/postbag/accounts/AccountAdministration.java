package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.postbag.house.AdminEvents;
import org.postbag.house.Languages;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.Hashing;
import org.postbag.infrastructure.mail.MailTemplates;
import org.postbag.infrastructure.mail.Outbox;

/** Creating accounts and changing what they may do. */
@ApplicationScoped
public class AccountAdministration {

    @Inject
    private Accounts accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private Settings settings;

    @Inject
    private Config config;

    @Inject
    private AdminEvents events;

    @Inject
    private Languages languages;

    /** The first admin, from the environment; nothing happens when an admin exists already. */
    @Transactional
    public boolean createFirstAdmin(String email, String name, String password) {
        if (accounts.activeAdmins() > 0 || accounts.byEmail(email).isPresent()) {
            return false;
        }
        String weakness = Passwords.weakness(password);
        if (weakness != null) {
            throw new IllegalStateException("POSTBAG_ADMIN_PASSWORD is too weak: "
                    + DomainException.of(weakness, Passwords.SHORTEST).getMessage());
        }
        create(email, name, password, EnumSet.of(Role.EDITOR, Role.ADMIN));
        return true;
    }

    /**
     * A demo account with this published password, created if missing and enabled again if a
     * start without demo mode disabled it. The caller has made sure that the demo filled this
     * database; an account of the same address that is not the demo's is left alone.
     */
    @Transactional
    public Account ensureDemo(String email, String name, String password, Set<Role> roles) {
        Optional<Account> existing = accounts.byEmail(email);
        if (existing.isPresent()) {
            if (existing.get().isDemo() && existing.get().isDisabled()) {
                existing.get().enable();
                events.record(
                        "Postbag", "ENABLED", existing.get().email(), "A demo account, in demo mode's own database");
            }
            return existing.get();
        }
        Account account = Account.demo(email, name, roles, clock.instant());
        account.setPasswordHash(passwords.hash(password));
        accounts.add(account);
        return account;
    }

    /**
     * Disables every demo account: outside a demo database their published passwords would let
     * anyone in. Not held back by the last-admin rule: the first admin from the environment is
     * created afterwards when no other admin is left. Returns their addresses.
     */
    @Transactional
    public List<String> disableDemoAccounts() {
        List<String> disabled = new ArrayList<>();
        for (Account account : accounts.enabledDemo()) {
            account.disable();
            events.record("Postbag", "DISABLED", account.email(), "A demo account, outside demo mode's own database");
            disabled.add(account.email());
        }
        return disabled;
    }

    @Transactional
    public Account create(String email, String name, String password, Set<Role> roles) {
        if (accounts.byEmail(email).isPresent()) {
            throw DomainException.of("refused.account.exists", Account.normaliseEmail(email));
        }
        Account account = new Account(email, name, roles, clock.instant());
        if (password != null) {
            account.setPasswordHash(passwords.hash(password));
        }
        accounts.add(account);
        return account;
    }

    /** How long an invitation or new-password link stays good. */
    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    /**
     * Invites someone to the desk: an account without a password, and an email with a link
     * that lets them choose one. The roles are what the admin ticked (the desk needs editor).
     */
    @Transactional
    public Account invite(String email, String name, Set<Role> roles, long adminId) {
        Account admin = admin(adminId);
        if (roles.isEmpty()) {
            throw DomainException.of("refused.account.noRole");
        }
        if (accounts.byEmail(email).isPresent()) {
            throw DomainException.of("refused.account.exists", Account.normaliseEmail(email));
        }
        Account account = new Account(email, name, roles, clock.instant());
        accounts.add(account);
        sendLink(account, admin, false);
        events.record(admin.displayName(), "INVITED", account.email(), "Roles: " + describe(roles));
        return account;
    }

    /** A fresh link for an account: the first one expired, or the editor forgot their password. */
    @Transactional
    public void sendNewLink(long accountId, long adminId) {
        Account admin = admin(adminId);
        Account account = account(accountId);
        if (account.isDisabled()) {
            throw DomainException.of("refused.account.disabledFirst", account.displayName());
        }
        sendLink(account, admin, !account.isPending());
        events.record(
                admin.displayName(), "LINK_SENT", account.email(), account.isPending() ? "Invitation" : "New password");
    }

    /** The roles of an account, as the admin ticked them. There is always one active admin left. */
    @Transactional
    public void changeRoles(long accountId, int version, Set<Role> roles, long adminId) {
        Account admin = admin(adminId);
        Account account = current(accountId, version);
        if (account.has(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(account, "demote");
        }
        Set<Role> before = account.roles();
        account.changeRoles(roles);
        events.record(
                admin.displayName(), "ROLES_CHANGED", account.email(), describe(before) + " → " + describe(roles));
    }

    @Transactional
    public void disable(long accountId, int version, long adminId) {
        Account admin = admin(adminId);
        Account account = current(accountId, version);
        if (account.has(Role.ADMIN)) {
            requireAnotherAdmin(account, "disable");
        }
        account.disable();
        events.record(admin.displayName(), "DISABLED", account.email(), null);
    }

    @Transactional
    public void enable(long accountId, int version, long adminId) {
        Account admin = admin(adminId);
        Account account = current(accountId, version);
        account.enable();
        events.record(admin.displayName(), "ENABLED", account.email(), null);
    }

    /** The account an invitation or new-password link is for, while the link is good. */
    @Transactional
    public Optional<Account> invited(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return accounts.byInvitationHash(Hashing.sha256(token)).filter(a -> a.invitationValid(clock.instant()));
    }

    /** The holder of the link chooses a password; the link is spent. */
    @Transactional
    public Account acceptInvitation(String token, String password) {
        Account account = invited(token).orElseThrow(() -> DomainException.of("refused.account.linkSpent"));
        if (account.isDisabled()) {
            throw DomainException.of("refused.account.disabled");
        }
        String weakness = Passwords.weakness(password);
        if (weakness != null) {
            throw DomainException.of(weakness, Passwords.SHORTEST);
        }
        account.acceptInvitation(passwords.hash(password), clock.instant());
        events.record(account.displayName(), "PASSWORD_SET", account.email(), null);
        return account;
    }

    /**
     * The language of one's own desk, admin and account pages and of the staff emails one receives: one the magazine
     * has bundles for, or none (blank) for the magazine's language.
     */
    @Transactional
    public void chooseLanguage(long accountId, String tag) {
        Account account = account(accountId);
        if (tag == null || tag.isBlank()) {
            account.chooseLanguage(null);
            return;
        }
        account.chooseLanguage(languages
                .find(tag)
                .orElseThrow(() -> DomainException.of("account.language.refused"))
                .tag());
    }

    @Transactional
    public List<Account> all() {
        return accounts.all();
    }

    private void requireAnotherAdmin(Account account, String what) {
        List<Long> admins = accounts.lockActiveAdmins();
        if (admins.stream().noneMatch(id -> !id.equals(account.id()))) {
            throw DomainException.of("refused.account.lastAdmin." + what, account.displayName());
        }
    }

    private void sendLink(Account account, Account admin, boolean newPassword) {
        String token = Hashing.newToken();
        account.invite(Hashing.sha256(token), clock.instant().plus(INVITATION_LIFETIME));
        Map<String, String> values = new HashMap<>(Map.of(
                "name", account.displayName(),
                "admin", admin.displayName(),
                "magazine", settings.magazineName(),
                "link", config.baseUrl() + "/welcome/" + token));
        if (!newPassword) {
            values.put("email", account.email());
        }
        // An invitation goes in the magazine's language: the new account has chosen none yet.
        Locale locale = newPassword
                ? languages.chosenOr(account.language().orElse(null)).locale()
                : languages.magazine().locale();
        outbox.send(MailTemplates.render(
                newPassword ? "new-password" : "desk-invitation", locale, account.email(), null, values));
    }

    private Account admin(long adminId) {
        Account admin = account(adminId);
        if (!admin.has(Role.ADMIN) || admin.isDisabled()) {
            throw DomainException.of("refused.account.adminsOnly");
        }
        return admin;
    }

    private Account account(long id) {
        return accounts.byId(id).orElseThrow(() -> DomainException.of("refused.account.none"));
    }

    private Account current(long id, int version) {
        Account account = account(id);
        if (account.version() != version) {
            throw DomainException.of("refused.account.changed", account.displayName());
        }
        return account;
    }

    private static String describe(Set<Role> roles) {
        return roles.isEmpty()
                ? "none"
                : roles.stream().map(r -> r.name().toLowerCase()).sorted().collect(Collectors.joining(", "));
    }
}
