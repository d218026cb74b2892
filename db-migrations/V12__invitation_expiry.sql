-- A right-of-reply link works until a date, like every private link: a reply is wanted while
-- the letter it answers is news, and a link that never expires is a key nobody can take back.
-- Invitations sent before this have the default lifetime, counted from when they were sent.
ALTER TABLE invitation ADD COLUMN expires_at timestamptz;
UPDATE invitation SET expires_at = sent_at + interval '30 days';
ALTER TABLE invitation ALTER COLUMN expires_at SET NOT NULL;
