-- Cut to length: every save of an editor's edit is a revision; the original stays in
-- letter.original_body forever. What is published is the revision an editor approved.
-- The writer may be asked to agree to a cut through a private link.

CREATE SEQUENCE letter_revision_id_seq INCREMENT BY 50;

CREATE TABLE letter_revision (
    id          bigint PRIMARY KEY,
    letter_id   bigint      NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
    number      integer     NOT NULL CHECK (number > 0),
    headline    text,
    body        text        NOT NULL,
    sign_off    text        NOT NULL,
    word_count  integer     NOT NULL,
    author_id   bigint REFERENCES account (id),
    author_name text        NOT NULL,
    created_at  timestamptz NOT NULL,
    reason      text,
    UNIQUE (letter_id, number)
);

ALTER TABLE letter
    -- The headline of the latest revision, kept here for the queue's rows.
    ADD COLUMN headline             text,
    -- The revision an editor approved for print; null means the text as sent.
    ADD COLUMN approved_revision_id bigint REFERENCES letter_revision (id);

-- letter.word_count now counts the current text (the latest revision), so that the queue
-- shows which letters are still over the limit after a cut.
CREATE INDEX letter_over_limit_idx ON letter (word_count, received_at, id);

CREATE SEQUENCE author_approval_id_seq INCREMENT BY 50;

CREATE TABLE author_approval (
    id          bigint PRIMARY KEY,
    letter_id   bigint      NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
    revision_id bigint      NOT NULL REFERENCES letter_revision (id) ON DELETE CASCADE,
    token_hash  text        NOT NULL UNIQUE,
    sent_by     text        NOT NULL,
    sent_at     timestamptz NOT NULL,
    due_at      timestamptz NOT NULL,
    answered_at timestamptz,
    answer      text CHECK (answer IN ('ACCEPTED', 'DECLINED')),
    comment     text,
    version     integer     NOT NULL DEFAULT 0
);
CREATE INDEX author_approval_letter_idx ON author_approval (letter_id, sent_at DESC);
CREATE INDEX author_approval_open_idx ON author_approval (due_at) WHERE answered_at IS NULL;
