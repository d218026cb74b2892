-- Every submission looks up the new letter's MinHash bands in letter_minhash_idx (the
-- campaign check). With GIN's fast update, the default, new entries wait in a pending list
-- that every lookup reads through in full until a vacuum merges it: under the submissions
-- benchmark (1M letters) the lookup took 4 to 8 ms and was the largest part of PostgreSQL's
-- time; without the list, 0.07 ms. A letter adds only eight keys, so inserting them straight
-- into the index costs little. (The full-text index keeps its pending list: a letter adds
-- hundreds of words to it, and only editors' searches read it.)
ALTER INDEX letter_minhash_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('letter_minhash_idx');

-- Without an SMTP server the outbox notes each waiting message once (OutboxClaims.noteWaiting);
-- finding those not yet noted walked every waiting message.
CREATE INDEX outbox_unlogged_idx ON outbox_message (id) WHERE status = 'PENDING' AND NOT logged;
