-- An email caused by an editor's decision (a rejection that tells the writer) waits a short
-- grace period before it goes, so that undoing the decision also takes the email back.
-- not_before is that moment, shown on the desk; a message taken back is CANCELLED, never sent.
ALTER TABLE outbox_message
    ADD COLUMN not_before   timestamptz,
    ADD COLUMN cancelled_at timestamptz;

ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_status_check;
ALTER TABLE outbox_message
    ADD CONSTRAINT outbox_message_status_check CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED'));

-- Undo looks for the letter's emails still in their grace period.
CREATE INDEX outbox_waiting_letter_idx ON outbox_message (letter_reference, kind)
    WHERE status = 'PENDING' AND not_before IS NOT NULL;
