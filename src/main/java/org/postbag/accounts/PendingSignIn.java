package org.postbag.accounts;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * A sign-in whose password passed and whose second step is still to come: the code from the
 * account's authenticator app ({@link Step#CODE}), or, where an admin requires a second factor
 * and the account has none, setting one up ({@link Step#ENROL}, with the new secret). It
 * travels in the page as a sealed token ({@link SecondFactorKeys#sealToken}) instead of in a
 * session, so that nobody who has not signed in makes the server hold anything. It is good for
 * a few minutes, and only while the account's credentials stay as they were when it was made.
 */
public record PendingSignIn(Step step, long accountId, Instant issuedAt, long credentialsStamp, byte[] secret) {

    public enum Step {
        CODE,
        ENROL
    }

    public PendingSignIn {
        secret = secret == null ? new byte[0] : secret.clone();
    }

    static long stamp(Account account) {
        return account.credentialsChangedAt() == null
                ? 0
                : account.credentialsChangedAt().toEpochMilli();
    }

    byte[] toBytes() {
        return ByteBuffer.allocate(1 + 3 * Long.BYTES + secret.length)
                .put((byte) step.ordinal())
                .putLong(accountId)
                .putLong(issuedAt.toEpochMilli())
                .putLong(credentialsStamp)
                .put(secret)
                .array();
    }

    static Optional<PendingSignIn> fromBytes(byte[] bytes) {
        if (bytes.length < 1 + 3 * Long.BYTES || bytes[0] < 0 || bytes[0] >= Step.values().length) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        Step step = Step.values()[buffer.get()];
        long account = buffer.getLong();
        Instant issued = Instant.ofEpochMilli(buffer.getLong());
        long stamp = buffer.getLong();
        return Optional.of(new PendingSignIn(
                step, account, issued, stamp, Arrays.copyOfRange(bytes, 1 + 3 * Long.BYTES, bytes.length)));
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }
}
