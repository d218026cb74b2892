-- The conversation across issues: who decided each reply link and on what evidence, and
-- invitations to the author of a piece to answer a letter about it (right of reply).

ALTER TABLE reply_link
    ADD COLUMN evidence   text,
    ADD COLUMN confidence real,
    ADD COLUMN decided_by text,
    ADD COLUMN decided_at timestamptz;
CREATE INDEX reply_link_piece_status_idx ON reply_link (piece_id, status);
CREATE INDEX reply_link_letter_status_idx ON reply_link (letter_id, status);

-- Citation detection looks pieces up by author and by date as well as by issue number.
CREATE INDEX piece_author_lower_trgm_idx ON piece USING gin (lower(author_name) gin_trgm_ops);
CREATE INDEX piece_title_lower_trgm_idx ON piece USING gin (lower(title) gin_trgm_ops);

CREATE SEQUENCE invitation_id_seq INCREMENT BY 50;

CREATE TABLE invitation (
    id            bigint PRIMARY KEY,
    token_hash    text        NOT NULL UNIQUE,
    -- The letter that answers the invitee's piece, and that piece.
    letter_id     bigint      NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
    piece_id      bigint      NOT NULL REFERENCES piece (id) ON DELETE CASCADE,
    invitee_name  text        NOT NULL,
    invitee_email text        NOT NULL,
    sent_by       text        NOT NULL,
    sent_at       timestamptz NOT NULL,
    used_at       timestamptz,
    reply_id      bigint REFERENCES letter (id) ON DELETE SET NULL,
    version       integer     NOT NULL DEFAULT 0
);
CREATE INDEX invitation_letter_idx ON invitation (letter_id);
