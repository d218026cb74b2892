-- A second factor for local desk accounts (RFC 6238 codes from an authenticator app).
-- The secret is stored sealed (AES-GCM, with a key from the environment where one is given:
-- see SecondFactorKeys), so that a dump of this table alone does not give it away.
-- last_code_step is the time step of the last code accepted: a code is good once only, and no
-- older code is taken after it.
ALTER TABLE account ADD COLUMN totp_secret text;
ALTER TABLE account ADD COLUMN totp_enrolled_at timestamptz;
ALTER TABLE account ADD COLUMN last_code_step bigint;

-- Ten single-use recovery codes per account, by their keyed hash; a used one is deleted.
CREATE TABLE account_recovery_code (
    account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash  text   NOT NULL,
    PRIMARY KEY (account_id, code_hash)
);
