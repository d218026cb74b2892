-- The campaign check fetched the text of every letter sharing a MinHash band with the new one
-- and cut it into shingles to measure the likeness exactly; under the submissions benchmark
-- (1M letters, 20 to 100 such letters each time) that was a fifth of the server's work for a
-- letter. Each letter now keeps 16 bits of each of its 32 minimum hashes (64 bytes), and only
-- the letters whose sketch agrees in 12 or more places are fetched and measured. Letters
-- stored before this have no sketch and are measured as before; the check looks back 90 days,
-- so they stop mattering then. An erased letter loses its sketch with its bands.
ALTER TABLE letter ADD COLUMN minhash_sketch bytea;
