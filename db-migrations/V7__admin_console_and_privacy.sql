-- The admin console and the writers' privacy: invitations that let a new editor set a
-- password, a record of what admins did, and the dates on which a writer's contact details
-- were purged (retention) or everything about them was erased (on request).

-- SHA-256 of the one-time token in an invitation or new-password link; the token itself is
-- not kept. Cleared when the link is used.
ALTER TABLE account
    ADD COLUMN invitation_token_hash  text UNIQUE,
    ADD COLUMN invitation_expires_at  timestamptz;

-- What admins changed: accounts, settings, exports and erasures. The subject of a privacy
-- action is a hash of the address, so that this table does not keep what was erased.
CREATE SEQUENCE admin_event_id_seq INCREMENT BY 50;
CREATE TABLE admin_event (
    id       bigint PRIMARY KEY,
    at       timestamptz NOT NULL,
    actor    text        NOT NULL,
    action   text        NOT NULL,
    subject  text        NOT NULL,
    detail   text
);
CREATE INDEX admin_event_at_idx ON admin_event (at DESC);

ALTER TABLE letter
    ADD COLUMN contact_purged_at timestamptz,
    ADD COLUMN erased_at         timestamptz;

-- The retention job looks only at closed letters whose contact details are still there.
CREATE INDEX letter_contact_retained_idx ON letter (received_at)
    WHERE contact_purged_at IS NULL AND status IN ('PUBLISHED', 'REJECTED', 'SPAM', 'WITHDRAWN');

CREATE INDEX outbox_message_recipient_idx ON outbox_message (lower(recipient));
CREATE INDEX invitation_email_idx ON invitation (lower(invitee_email));
