package org.postbag.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An editor's choice of news about the postbag, and when their last digest was made. */
@Entity
@Table(name = "editor_alert")
public class EditorAlert {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest = true;

    @Column(name = "each_new_letter", nullable = false)
    private boolean eachNewLetter;

    @Column(name = "last_digest_on")
    private LocalDate lastDigestOn;

    @Version
    private int version;

    protected EditorAlert() {}

    /** The default: a daily digest, no email for each letter. */
    public EditorAlert(long accountId) {
        this.accountId = accountId;
        this.dailyDigest = true;
    }

    public void choose(boolean dailyDigest, boolean eachNewLetter) {
        this.dailyDigest = dailyDigest;
        this.eachNewLetter = eachNewLetter;
    }

    /** The digest of this local date was made (or had nothing to say). */
    public void digestMadeOn(LocalDate day) {
        this.lastDigestOn = day;
    }

    public long accountId() {
        return accountId;
    }

    public boolean dailyDigest() {
        return dailyDigest;
    }

    public boolean eachNewLetter() {
        return eachNewLetter;
    }

    public LocalDate lastDigestOn() {
        return lastDigestOn;
    }
}
