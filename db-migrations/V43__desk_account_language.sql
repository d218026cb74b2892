-- Each desk account may choose the language of its own desk, admin and account pages and of
-- the staff emails it receives. Null: the magazine's language, whatever it is at the time.
ALTER TABLE account ADD COLUMN language varchar(35);
