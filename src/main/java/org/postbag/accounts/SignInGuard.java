package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
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
import org.postbag.infrastructure.web.ClientAddress;

/**
 * Checks a password against an account, and counts: an account locks after too many wrong
 * passwords in a row ({@code POSTBAG_SIGNIN_MAX_FAILURES}, default 5) for a while
 * ({@code POSTBAG_SIGNIN_LOCK_MINUTES}, default 15), and an address that fails too often is
 * throttled whatever accounts it tries ({@code POSTBAG_SIGNIN_MAX_FAILURES_PER_ADDRESS},
 * default 20 in 15 minutes). An IPv6 address counts as its /64 network, the block a single
 * customer is usually given, so that walking through one's own block is not a fresh start.
 * When the password checks are all taken (see {@link Passwords}) a sign-in is turned away
 * unchecked, and answered as a throttled one.
 */
@ApplicationScoped
public class SignInGuard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Ledger ledger;

    @Inject
    private Passwords passwords;

    @Inject
    private Config config;

    @Inject
    private Secrets secrets;

    @Inject
    private Clock clock;

    @Inject
    private TurnedAway turnedAway;

    /** Whether this request's sign-in was turned away because no password check was free. */
    @RequestScoped
    static class TurnedAway {

        private boolean busy;

        void busy() {
            busy = true;
        }

        boolean isBusy() {
            return busy;
        }
    }

    /**
     * The account, if the password is right and the account may sign in now. No transaction,
     * and so no database connection, is held across the password check: it is slow, and it
     * may wait for its turn.
     */
    public Optional<Account> check(String email, String password) {
        Optional<Account> found = ledger.account(email);
        boolean right;
        try {
            if (found.isEmpty()) {
                passwords.matches(password == null ? "" : password, null);
                return Optional.empty();
            }
            right = password != null && passwords.matches(password, found.get().passwordHash());
        } catch (Passwords.Busy busy) {
            // Not a wrong password: the account's failure count is left alone.
            turnedAway.busy();
            return Optional.empty();
        }
        return ledger.settle(found.get().id(), right, clock.instant());
    }

    /** The account's side of a sign-in, each step in a short transaction of its own. */
    @ApplicationScoped
    static class Ledger {

        @PersistenceContext
        private EntityManager em;

        @Inject
        private Accounts accounts;

        @Inject
        private Config config;

        @Inject
        private SecondFactors secondFactors;

        @Transactional
        Optional<Account> account(String email) {
            return accounts.byEmail(email);
        }

        /** Counts the attempt against the account: the account if it may sign in now. */
        @Transactional
        Optional<Account> settle(long accountId, boolean right, Instant now) {
            // Guesses sent all at once would otherwise race on the failure count: the losers'
            // commits failed (a 500 to the guesser) and their failures were not counted, so more
            // than the allowed number of guesses got through before the lock. Read the count under
            // a row lock. (Lock the row first, then read it: a read with a lock mode would check
            // the version it read before and fail the same way.)
            em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE")
                    .setParameter(1, accountId)
                    .getResultList();
            Account account = em.find(Account.class, accountId);
            if (account == null || account.isDisabled() || account.isLocked(now)) {
                return Optional.empty();
            }
            if (!right) {
                account.signInFailed(
                        now,
                        config.integer("POSTBAG_SIGNIN_MAX_FAILURES", 5),
                        Duration.ofMinutes(config.integer("POSTBAG_SIGNIN_LOCK_MINUTES", 15)));
                return Optional.empty();
            }
            if (secondFactors.applies(account)) {
                // The password alone does not sign in, and so does not wipe the count of wrong
                // tries: otherwise the right password, tried again between wrong codes, would
                // let someone who knows it guess codes for ever.
                secondFactors.secondStepDue(account);
                return Optional.empty();
            }
            account.signedIn(now);
            return Optional.of(account);
        }
    }

    /** True when this request's sign-in found every password check taken: answer it as a throttled one. */
    public boolean wasTurnedAway() {
        return turnedAway.isBusy();
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
        return Hashing.hmacHex(secrets.key("submitter"), ClientAddress.network(address));
    }
}
