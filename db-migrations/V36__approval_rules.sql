-- When sending a cut to the writer, the editor may ask that the writer's acceptance approve
-- the letter for print. Without that (and for every request already sent), an acceptance
-- brings the letter back to the desk, held and flagged, for an editor to approve.
ALTER TABLE author_approval ADD COLUMN approve_on_accept boolean NOT NULL DEFAULT false;
