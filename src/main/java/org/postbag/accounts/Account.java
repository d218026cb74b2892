package org.postbag.accounts;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An editor's or admin's account. Identified by email address. Locks itself for a while
 * after too many failed sign-ins; an admin may disable it. A demo account (its password is
 * published) is made only by demo mode, in a database the demo filled itself.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(name = "Account.all", query = "select a from Account a order by a.displayName")
@NamedQuery(name = "Account.byInvitation", query = "select a from Account a where a.invitationTokenHash = :hash")
@NamedQuery(
        name = "Account.countActiveAdmins",
        query = "select count(a) from Account a join a.roles r where r = org.postbag.accounts.Role.ADMIN"
                + " and a.disabled = false")
@NamedQuery(
        name = "Account.enabledDemo",
        query = "select a from Account a where a.demo = true and a.disabled = false order by a.email")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private boolean disabled;

    @Column(nullable = false, updatable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "invitation_token_hash")
    private String invitationTokenHash;

    @Column(name = "invitation_expires_at")
    private Instant invitationExpiresAt;

    /** When the password was last set: sessions signed in before then are ended. */
    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    /** The second factor's secret, sealed by {@link SecondFactorKeys}; null: no second factor. */
    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    /** The time step of the last code accepted: that code, and every older one, is spent. */
    @Column(name = "last_code_step")
    private Long lastCodeStep;

    /** Keyed hashes of the recovery codes not used yet (eager: the account page counts them). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash")
    private Set<String> recoveryCodeHashes = new HashSet<>();

    /**
     * The sections this account is limited to (none: not limited). Lazy: read in services,
     * within their transaction, through {@link #sectionScope()}.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_section", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "section_id")
    private Set<Long> sectionIds = new HashSet<>();

    /** The interface language this account chose (a BCP 47 tag); null: the magazine's language. */
    @Column(name = "language")
    private String language;

    @Version
    private int version;

    protected Account() {}

    public Account(String email, String displayName, Set<Role> roles, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.displayName = requireNonNull(displayName).strip();
        if (this.displayName.isEmpty()) {
            throw new IllegalArgumentException("a name is required");
        }
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = requireNonNull(createdAt);
    }

    /** An account of the demo, whose password anyone can read in the README. */
    public static Account demo(String email, String displayName, Set<Role> roles, Instant createdAt) {
        Account account = new Account(email, displayName, roles, createdAt);
        account.demo = true;
        return account;
    }

    public static String normaliseEmail(String email) {
        return requireNonNull(email).strip().toLowerCase(Locale.ROOT);
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = requireNonNull(passwordHash);
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A wrong password: after {@code most} in a row the account locks for {@code lockFor}. */
    public void signInFailed(Instant now, int most, Duration lockFor) {
        failedSignIns++;
        if (failedSignIns >= most) {
            lockedUntil = now.plus(lockFor);
            failedSignIns = 0;
        }
    }

    public void signedIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    /** A one-time link (its token's hash) with which the holder sets this account's password. */
    public void invite(String tokenHash, Instant expiresAt) {
        this.invitationTokenHash = requireNonNull(tokenHash);
        this.invitationExpiresAt = requireNonNull(expiresAt);
    }

    /** Whether the invitation link is still good at {@code now}. */
    public boolean invitationValid(Instant now) {
        return invitationTokenHash != null && invitationExpiresAt != null && invitationExpiresAt.isAfter(now);
    }

    /** The invitation is used: the account has the password its holder chose, and the link is spent. */
    public void acceptInvitation(String passwordHash, Instant now) {
        if (!invitationValid(now)) {
            throw new IllegalStateException("the invitation is spent or expired");
        }
        setPasswordHash(passwordHash);
        this.credentialsChangedAt = now;
        this.invitationTokenHash = null;
        this.invitationExpiresAt = null;
    }

    /**
     * Whether a session that signed in at {@code signedInAt} (null: unknown) may go on: not if
     * the password was set again since then.
     */
    public boolean signedInSinceCredentialsChanged(Instant signedInAt) {
        if (credentialsChangedAt == null) {
            return true;
        }
        // The database keeps microseconds; a sign-in in the same microsecond counts as after.
        return signedInAt != null && !signedInAt.isBefore(credentialsChangedAt.truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * An invitation not yet taken up: no password set, and never signed in (an account made at
     * a sign-in through the OpenID provider has no password, and is not pending).
     */
    public boolean isPending() {
        return passwordHash == null && lastSignInAt == null;
    }

    /**
     * A second factor set up: its sealed secret, the hashes of fresh recovery codes, and the step
     * of the code that confirmed it (spent). Sessions signed in before {@code now} end.
     */
    public void enrolSecondFactor(
            String sealedSecret, Set<String> recoveryCodeHashes, long confirmedStep, Instant now) {
        this.totpSecret = requireNonNull(sealedSecret);
        this.totpEnrolledAt = requireNonNull(now);
        this.lastCodeStep = confirmedStep;
        replaceRecoveryCodes(recoveryCodeHashes, now);
    }

    /** No second factor any more, nor recovery codes. Sessions signed in before {@code now} end. */
    public void removeSecondFactor(Instant now) {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
        this.lastCodeStep = null;
        this.recoveryCodeHashes.clear();
        this.credentialsChangedAt = requireNonNull(now);
    }

    /** New recovery codes instead of the old ones. Sessions signed in before {@code now} end. */
    public void replaceRecoveryCodes(Set<String> hashes, Instant now) {
        if (hashes.isEmpty()) {
            throw new IllegalArgumentException("recovery codes are required");
        }
        this.recoveryCodeHashes.clear();
        this.recoveryCodeHashes.addAll(hashes);
        this.credentialsChangedAt = requireNonNull(now);
    }

    /** A code of this step was accepted: it and every older one are spent. */
    public void codeAccepted(long step) {
        if (lastCodeStep != null && step <= lastCodeStep) {
            throw new IllegalStateException("that code is spent");
        }
        this.lastCodeStep = step;
    }

    /** Spends the recovery code with this hash: true if it was one of the account's unused ones. */
    public boolean useRecoveryCode(String hash) {
        return recoveryCodeHashes.remove(hash);
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public String sealedTotpSecret() {
        return totpSecret;
    }

    public Long lastCodeStep() {
        return lastCodeStep;
    }

    public Instant secondFactorSince() {
        return totpEnrolledAt;
    }

    public int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    /** When the password or the second factor last changed (null: never since the account was made). */
    public Instant credentialsChangedAt() {
        return credentialsChangedAt;
    }

    public void changeRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Limits the account to these sections; none: every section. */
    public void limitToSections(Set<Long> sections) {
        this.sectionIds.clear();
        this.sectionIds.addAll(sections);
    }

    /** The sections the account was limited to, whatever its roles (empty: not limited). */
    public Set<Long> sectionLimits() {
        return Set.copyOf(sectionIds);
    }

    /** Which letters the account may see: an admin sees all of them, whatever was set. */
    public SectionScope sectionScope() {
        return has(Role.ADMIN) || sectionIds.isEmpty() ? SectionScope.ALL : SectionScope.only(sectionIds);
    }

    public void disable() {
        this.disabled = true;
    }

    public void enable() {
        this.disabled = false;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isDisabled() {
        return disabled;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    public int version() {
        return version;
    }

    /** The language this account chose for its pages and emails, if any (else the magazine's). */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** Chooses the account's own language; null or blank goes back to the magazine's. */
    public void chooseLanguage(String tag) {
        this.language = tag == null || tag.isBlank() ? null : tag.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && email.equals(account.email);
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }

    @Override
    public String toString() {
        return displayName + " <" + email + ">";
    }
}
