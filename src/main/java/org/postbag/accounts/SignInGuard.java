package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.Hashing;
import org.postbag.infrastructure.Secrets;

/**
 * Checks a password against an account, and counts: an account locks after too many wrong
 * passwords in a row ({@code POSTBAG_SIGNIN_MAX_FAILURES}, default 5) for a while
 * ({@code POSTBAG_SIGNIN_LOCK_MINUTES}, default 15), and an address that fails too often is
 * throttled whatever accounts it tries ({@code POSTBAG_SIGNIN_MAX_FAILURES_PER_ADDRESS},
 * default 20 in 15 minutes).
 */
@ApplicationScoped
public class SignInGuard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private Config config;

    @Inject
    private Secrets secrets;

    @Inject
    private Clock clock;

    /** The account, if the password is right and the account may sign in now. */
    @Transactional
    public Optional<Account> check(String email, String password) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.byEmail(email);
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, null);
            return Optional.empty();
        }
        Account account = found.get();
        boolean right = password != null && passwords.matches(password, account.passwordHash());
        // Guesses sent all at once would otherwise race on the failure count: the losers' commits
        // failed (a 500 to the guesser) and their failures were not counted, so more than the
        // allowed number of guesses got through before the lock. Read the count under a row lock.
        // (Lock the row first, then read it again: a refresh with a lock mode would check the
        // version it read before and fail the same way.)
        em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE")
                .setParameter(1, account.id())
                .getResultList();
        em.refresh(account);
        if (account.isDisabled() || account.isLocked(now)) {
            return Optional.empty();
        }
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

    /** True when this address has failed too often lately to be allowed another try now. */
    public boolean isThrottled(String address) {
        long failures = em.createQuery(
                        "select count(a) from SignInAttempt a where a.addressHash = :address and a.succeeded = false"
                                + " and a.at > :since",
                        Long.class)
                .setParameter("address", hash(address))
                .setParameter("since", clock.instant().minus(Duration.ofMinutes(15)))
                .getSingleResult();
        return failures >= config.integer("POSTBAG_SIGNIN_MAX_FAILURES_PER_ADDRESS", 20);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String address, boolean succeeded) {
        em.persist(new SignInAttempt(clock.instant(), hash(address), succeeded));
    }

    private String hash(String address) {
        return Hashing.hmacHex(secrets.key("submitter"), address);
    }
}
