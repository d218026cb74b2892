package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.postbag.house.AdminEvents;

/**
 * Signing in through the OpenID provider, once Jakarta Security has checked its tokens: the
 * account with the verified email address is found or made, and its roles become those that
 * the person's groups give, at every sign-in. Someone taken out of the group loses the role
 * here; their other sessions end at their next request ({@code DeskSessions} compares a
 * session's roles with the account's). Every change of roles goes into the admins' trail.
 */
@ApplicationScoped
public class SingleSignOn {

    /** The actor the admins' trail names for changes that the provider's groups made. */
    static final String ACTOR = "Single sign-on";

    /** Why nobody was signed in, as the sign-in page names it in its address. */
    public enum Refusal {
        NO_EMAIL,
        UNVERIFIED_EMAIL,
        NO_ROLE,
        DISABLED;

        public String code() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** The account signed in, or why none was. */
    public record Result(Account account, Refusal refusal) {

        static Result refused(Refusal refusal) {
            return new Result(null, refusal);
        }
    }

    @Inject
    private Accounts accounts;

    @Inject
    private AdminEvents events;

    @Inject
    private SingleSignOnSettings settings;

    @Inject
    private Clock clock;

    /** The claims of a checked ID token. */
    @Transactional
    public Result signIn(Map<String, Object> claims) {
        ProviderClaims.Identity identity = settings.claims().read(claims);
        if (identity.refusal() == ProviderClaims.Refusal.NO_EMAIL) {
            return Result.refused(Refusal.NO_EMAIL);
        }
        if (identity.refusal() == ProviderClaims.Refusal.UNVERIFIED_EMAIL) {
            return Result.refused(Refusal.UNVERIFIED_EMAIL);
        }
        Instant now = clock.instant();
        Optional<Account> existing = accounts.byEmail(identity.email());
        if (existing.isEmpty()) {
            if (!identity.accepted()) {
                return Result.refused(Refusal.NO_ROLE);
            }
            Account account = new Account(identity.email(), identity.name(), identity.roles(), now);
            accounts.add(account);
            account.signedIn(now);
            events.record(
                    ACTOR,
                    "ACCOUNT_CREATED",
                    account.email(),
                    "Roles from the provider: " + describe(identity.roles()));
            return new Result(account, null);
        }
        Account account = existing.get();
        Set<Role> before = account.roles();
        if (!before.equals(identity.roles())) {
            account.changeRoles(identity.roles());
            events.record(
                    ACTOR,
                    "ROLES_CHANGED",
                    account.email(),
                    describe(before) + " → " + describe(identity.roles()) + " (groups at the provider)");
        }
        if (account.isDisabled()) {
            return Result.refused(Refusal.DISABLED);
        }
        if (!identity.accepted()) {
            return Result.refused(Refusal.NO_ROLE);
        }
        account.signedIn(now);
        return new Result(account, null);
    }

    private static String describe(Set<Role> roles) {
        return roles.isEmpty()
                ? "none"
                : roles.stream().map(Role::roleName).sorted().collect(Collectors.joining(", "));
    }
}
