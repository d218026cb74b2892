package org.postbag.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try at signing in, by the hashed address it came from. Kept to throttle guessing. */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "address_hash", nullable = false, updatable = false)
    private String addressHash;

    @Column(nullable = false, updatable = false)
    private boolean succeeded;

    protected SignInAttempt() {}

    SignInAttempt(Instant at, String addressHash, boolean succeeded) {
        this.at = at;
        this.addressHash = addressHash;
        this.succeeded = succeeded;
    }
}
