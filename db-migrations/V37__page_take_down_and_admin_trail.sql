-- A published letters page taken down (within a day of publishing), with the reason readers read.
ALTER TABLE issue ADD COLUMN taken_down_at timestamptz;
ALTER TABLE issue ADD COLUMN taken_down_reason text;

-- The audit trail filters the admins' events by kind, newest first.
CREATE INDEX admin_event_action_at_idx ON admin_event (action, at DESC);
