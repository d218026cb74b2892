package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.postbag.house.AdminEvents;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.Hashing;

/**
 * The second factor of local accounts: setting it up, the second step of a sign-in, new
 * recovery codes, turning it off, and the admins' rule that every account must have one. A
 * wrong code at sign-in counts against the account like a wrong password (the same lock-out);
 * every change is written to the admins' trail and ends the account's other sessions.
 */
@ApplicationScoped
public class SecondFactors {

    /** How long the second step of a sign-in may take after the password passed. */
    static final Duration PENDING_LIFE = Duration.ofMinutes(5);

    static final int SECRET_BYTES = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private SecondFactorKeys keys;

    @Inject
    private Settings settings;

    @Inject
    private Config config;

    @Inject
    private AdminEvents events;

    @Inject
    private Clock clock;

    @Inject
    private SignInProgress progress;

    private final Totp totp = new Totp();

    /** A secret being set up, not stored yet: what the QR code and the typed-in key carry. */
    public record Enrolment(byte[] secret, String keyUri, String key) {}

    public boolean requiredForAll() {
        return settings.requireSecondFactor();
    }

    /** Whether a sign-in to this account takes a second step after the password. */
    public boolean applies(Account account) {
        return account.hasSecondFactor() || requiredForAll();
    }

    /** A new secret for this account, to be confirmed with a code before it counts. */
    public Enrolment newEnrolment(Account account) {
        return enrolment(account.email(), Hashing.randomBytes(SECRET_BYTES));
    }

    private Enrolment enrolment(String email, byte[] secret) {
        String issuer = settings.magazineName() + " desk";
        return new Enrolment(secret, Totp.keyUri(issuer, email, secret), grouped(Totp.Base32.encode(secret)));
    }

    private static String grouped(String key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.length(); i += 4) {
            out.append(i == 0 ? "" : " ").append(key, i, Math.min(key.length(), i + 4));
        }
        return out.toString();
    }

    // -- Sign-in ---------------------------------------------------------------------------

    /** The password passed: the token for the second step, noted for the sign-in page. */
    void secondStepDue(Account account) {
        PendingSignIn pending = account.hasSecondFactor()
                ? new PendingSignIn(
                        PendingSignIn.Step.CODE, account.id(), clock.instant(), PendingSignIn.stamp(account), null)
                : new PendingSignIn(
                        PendingSignIn.Step.ENROL,
                        account.id(),
                        clock.instant(),
                        PendingSignIn.stamp(account),
                        Hashing.randomBytes(SECRET_BYTES));
        progress.secondStepDue(keys.sealToken(pending.toBytes()), pending.step());
    }

    /** The pending sign-in in this token, if the token is ours and still good. */
    public Optional<PendingSignIn> pending(String token) {
        Instant now = clock.instant();
        return keys.openToken(token)
                .flatMap(PendingSignIn::fromBytes)
                .filter(p -> !p.issuedAt().isAfter(now.plusSeconds(60))
                        && !p.issuedAt().plus(PENDING_LIFE).isBefore(now));
    }

    /** The secret of a pending set-up, as the sign-in page shows it again. */
    @Transactional
    public Optional<Enrolment> pendingEnrolment(String token) {
        return pending(token)
                .filter(p -> p.step() == PendingSignIn.Step.ENROL)
                .flatMap(p -> accounts.byId(p.accountId()).map(a -> enrolment(a.email(), p.secret())));
    }

    /**
     * The second step of a sign-in: the account, if the token is good and the code is right
     * for it. Counted like a password: wrong codes lock the account.
     */
    @Transactional
    Optional<Account> completeSignIn(SecondStepCredential credential) {
        Optional<PendingSignIn> found = pending(credential.token());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PendingSignIn pending = found.get();
        Instant now = clock.instant();
        // As for passwords (SignInGuard.Ledger): codes sent all at once must not race on the count.
        em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE")
                .setParameter(1, pending.accountId())
                .getResultList();
        Account account = em.find(Account.class, pending.accountId());
        if (account == null
                || account.isDisabled()
                || account.isLocked(now)
                || PendingSignIn.stamp(account) != pending.credentialsStamp()) {
            return Optional.empty();
        }
        boolean right = pending.step() == PendingSignIn.Step.CODE
                ? account.hasSecondFactor() && spend(account, credential.code(), now, account.email())
                : !account.hasSecondFactor() && enrolAtSignIn(account, pending.secret(), credential.code(), now);
        if (!right) {
            account.signInFailed(
                    now,
                    config.integer("POSTBAG_SIGNIN_MAX_FAILURES", 5),
                    Duration.ofMinutes(config.integer("POSTBAG_SIGNIN_LOCK_MINUTES", 15)));
            return Optional.empty();
        }
        account.signedIn(now);
        return Optional.of(account);
    }

    private boolean enrolAtSignIn(Account account, byte[] secret, String code, Instant now) {
        OptionalLong step = totp.accept(secret, code, now, null);
        if (step.isEmpty()) {
            return false;
        }
        progress.enrolled(store(account, secret, step.getAsLong(), now, account.email()));
        return true;
    }

    /**
     * Spends a code of this account: a code from the app (newer than the last one taken) or an
     * unused recovery code. False if it is neither.
     */
    private boolean spend(Account account, String code, Instant now, String actor) {
        Optional<byte[]> secret = keys.open(account.id(), account.sealedTotpSecret());
        if (secret.isEmpty()) {
            return false;
        }
        OptionalLong step = totp.accept(secret.get(), code, now, account.lastCodeStep());
        if (step.isPresent()) {
            account.codeAccepted(step.getAsLong());
            return true;
        }
        String recovery = RecoveryCodes.normalise(code);
        if (recovery != null && account.useRecoveryCode(keys.recoveryCodeHash(recovery))) {
            events.record(
                    actor, "RECOVERY_CODE_USED", account.email(), account.recoveryCodesLeft() + " recovery codes left");
            return true;
        }
        return false;
    }

    private List<String> store(Account account, byte[] secret, long step, Instant now, String actor) {
        List<String> codes = RecoveryCodes.fresh();
        account.enrolSecondFactor(keys.seal(account.id(), secret), hashes(codes), step, now);
        events.record(
                actor,
                "SECOND_FACTOR_ENROLLED",
                account.email(),
                "authenticator app and " + codes.size() + " recovery codes");
        return codes;
    }

    private Set<String> hashes(List<String> codes) {
        return codes.stream()
                .map(c -> keys.recoveryCodeHash(RecoveryCodes.normalise(c)))
                .collect(Collectors.toSet());
    }

    // -- The account page ------------------------------------------------------------------

    /** What a change on the account page gives back: when it happened, and new codes if any. */
    public record Change(Instant at, List<String> recoveryCodes) {}

    /** Sets up the second factor whose secret the account holder's app shows {@code code} for. */
    @Transactional
    public Change enrol(long accountId, byte[] secret, String code) {
        Account account = account(accountId);
        if (account.hasSecondFactor()) {
            throw DomainException.of("refused.secondFactor.already");
        }
        Instant now = clock.instant();
        OptionalLong step = totp.accept(secret, code, now, null);
        if (step.isEmpty()) {
            throw DomainException.of("refused.secondFactor.enrolCode");
        }
        return new Change(now, store(account, secret, step.getAsLong(), now, account.displayName()));
    }

    /** Ten new recovery codes instead of the old ones; a current code proves the holder is here. */
    @Transactional
    public Change newRecoveryCodes(long accountId, String code) {
        Account account = withCurrentCode(accountId, code);
        Instant now = clock.instant();
        List<String> codes = RecoveryCodes.fresh();
        account.replaceRecoveryCodes(hashes(codes), now);
        events.record(
                account.displayName(), "RECOVERY_CODES_REPLACED", account.email(), codes.size() + " recovery codes");
        return new Change(now, codes);
    }

    /** No second factor any more; a current code proves the holder is here. */
    @Transactional
    public Change turnOff(long accountId, String code) {
        Account account = withCurrentCode(accountId, code);
        Instant now = clock.instant();
        account.removeSecondFactor(now);
        events.record(account.displayName(), "SECOND_FACTOR_REMOVED", account.email(), "by the account holder");
        return new Change(now, List.of());
    }

    /** An admin takes the second factor off an account whose holder lost it. */
    @Transactional
    public void reset(long accountId, long adminId) {
        Account admin = account(adminId);
        if (!admin.has(Role.ADMIN)) {
            throw new SecurityException("Only admins reset another account's second factor");
        }
        Account account = account(accountId);
        if (!account.hasSecondFactor()) {
            throw DomainException.of("refused.secondFactor.noneFor", account.displayName());
        }
        account.removeSecondFactor(clock.instant());
        events.record(admin.displayName(), "SECOND_FACTOR_REMOVED", account.email(), "reset by an admin");
    }

    /** The admins' rule that every local account signs in with a second factor. */
    @Transactional
    public boolean requireForAll(boolean required, long adminId) {
        Account admin = account(adminId);
        if (!admin.has(Role.ADMIN)) {
            throw new SecurityException("Only admins change the sign-in rules");
        }
        boolean before = requiredForAll();
        if (before == required) {
            return false;
        }
        em.createNativeQuery("INSERT INTO setting (name, value) VALUES (?1, ?2) ON CONFLICT (name)"
                        + " DO UPDATE SET value = EXCLUDED.value, version = setting.version + 1")
                .setParameter(1, Settings.Name.REQUIRE_SECOND_FACTOR.key())
                .setParameter(2, Boolean.toString(required))
                .executeUpdate();
        events.record(
                admin.displayName(),
                "SETTING_CHANGED",
                Settings.Name.REQUIRE_SECOND_FACTOR.environment(),
                before + " → " + required);
        settings.refresh();
        return true;
    }

    private Account withCurrentCode(long accountId, String code) {
        em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE")
                .setParameter(1, accountId)
                .getResultList();
        Account account = account(accountId);
        if (!account.hasSecondFactor()) {
            throw DomainException.of("refused.secondFactor.none");
        }
        if (!spend(account, code, clock.instant(), account.displayName())) {
            throw DomainException.of("refused.secondFactor.code");
        }
        return account;
    }

    private Account account(long id) {
        return accounts.byId(id).orElseThrow(() -> DomainException.of("refused.account.gone"));
    }
}
