-- Making up and publishing the letters page, and the public site: the page of each issue
-- (which letters, in which order, within what budget), publication at once or at a set
-- time, corrections, and full-text search over what is published.

ALTER TABLE issue
    ADD COLUMN page_budget_words integer CHECK (page_budget_words > 0),
    ADD COLUMN scheduled_for     timestamptz,
    ADD COLUMN published_at      timestamptz;
CREATE INDEX issue_scheduled_idx ON issue (scheduled_for) WHERE scheduled_for IS NOT NULL AND published_at IS NULL;

-- A letter's place on an issue's letters page, before and after publication.
ALTER TABLE letter
    ADD COLUMN page_issue_id bigint REFERENCES issue (id),
    ADD COLUMN page_position integer;
CREATE INDEX letter_page_idx ON letter (page_issue_id, page_position) WHERE page_issue_id IS NOT NULL;

ALTER TABLE piece
    ADD COLUMN page_position integer,
    -- The author's name as it appears in the address of their page of letters.
    ADD COLUMN author_slug   text,
    ADD COLUMN correction    text,
    ADD COLUMN corrected_at  timestamptz,
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(sign_off, '')), 'B')
        || setweight(to_tsvector('english', coalesce(body, '')), 'C')) STORED;
CREATE INDEX piece_search_idx ON piece USING gin (search_vector);
CREATE INDEX piece_author_slug_idx ON piece (author_slug, published_at DESC) WHERE published_at IS NOT NULL;
CREATE INDEX piece_issue_position_idx ON piece (issue_id, page_position);

-- One number that moves whenever anything public changes; public pages are cached against it.
CREATE TABLE publication_state (
    id         integer PRIMARY KEY CHECK (id = 1),
    version    bigint      NOT NULL,
    changed_at timestamptz NOT NULL
);
INSERT INTO publication_state (id, version, changed_at) VALUES (1, 1, now());
