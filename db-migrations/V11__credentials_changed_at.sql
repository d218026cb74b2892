-- When an account's password was last set: desk sessions signed in before then end at their
-- next request (DeskSessions), so that a new password also shuts out whoever knew the old one.
ALTER TABLE account ADD COLUMN credentials_changed_at timestamptz;
