-- The Approved tab (approved letters and those placed on a page, oldest first) had no index
-- in its order. Approved letters are recent, so with a million letters PostgreSQL walked the
-- received-time index from the oldest letter and threw 840,000 rows away before it found the
-- first one (2.8 s for the tab's first page; see src/docs/benchmarks.md). A partial index in
-- the tab's order, like the New tab's, makes its pages cost the same at any size.
CREATE INDEX letter_approved_idx ON letter (received_at, id) WHERE status IN ('APPROVED', 'SCHEDULED');
