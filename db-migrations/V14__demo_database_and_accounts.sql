-- Demo mode used to create its editor and admin, whose passwords the README publishes, in
-- whatever database it was pointed at, and they stayed there after demo mode was off.
--
-- demo_database holds one row in a database that the demo filled itself: it is written in the
-- same transaction as the demo content, and only when the database held nothing before.
-- Demo accounts are made only where that row exists; every other start disables them.
CREATE TABLE demo_database (
    only_row  boolean     PRIMARY KEY DEFAULT true CHECK (only_row),
    filled_at timestamptz NOT NULL
);

ALTER TABLE account ADD COLUMN demo boolean NOT NULL DEFAULT false;

-- The demo accounts made before this migration have the published passwords too. A database
-- that they are in is not marked as the demo's: nothing tells a demo database from a real
-- one that a demo start wrongly added them to, so the next start disables them.
UPDATE account SET demo = true WHERE email IN ('editor@demo.postbag.org', 'admin@demo.postbag.org');
