-- Full-text search stems words in the magazine's language, not always in English.
--
-- The configuration in use is one row, kept by the application from the language setting
-- (SearchLanguage): 'german' for a German magazine, 'simple' where PostgreSQL has no stemmer.
-- Each letter and piece records the configuration its search vector was built with, so that a
-- change of language rebuilds every vector (and with it the GIN index) by one UPDATE of that
-- column, and a new row takes the configuration in use when it is written.
CREATE TABLE search_language (
    id            integer   PRIMARY KEY CHECK (id = 1),
    configuration regconfig NOT NULL
);
INSERT INTO search_language (id, configuration) VALUES (1, 'english');

CREATE FUNCTION stamp_search_configuration() RETURNS trigger AS $$
BEGIN
    NEW.search_configuration := (SELECT configuration FROM search_language WHERE id = 1);
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

-- Generated columns are computed after BEFORE triggers, so the vector uses the stamped configuration.
ALTER TABLE letter ADD COLUMN search_configuration regconfig NOT NULL DEFAULT 'english';
ALTER TABLE letter DROP COLUMN search_vector;
ALTER TABLE letter ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(search_configuration, coalesce(subject, '') || ' ' || author_name || ' ' || author_town), 'A')
    || setweight(to_tsvector(search_configuration, original_body), 'B')) STORED;
CREATE INDEX letter_search_idx ON letter USING gin (search_vector);
CREATE TRIGGER letter_search_configuration BEFORE INSERT ON letter
    FOR EACH ROW EXECUTE FUNCTION stamp_search_configuration();

ALTER TABLE piece ADD COLUMN search_configuration regconfig NOT NULL DEFAULT 'english';
ALTER TABLE piece DROP COLUMN search_vector;
ALTER TABLE piece ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(search_configuration, coalesce(title, '')), 'A')
    || setweight(to_tsvector(search_configuration, coalesce(sign_off, '')), 'B')
    || setweight(to_tsvector(search_configuration, coalesce(body, '')), 'C')) STORED;
CREATE INDEX piece_search_idx ON piece USING gin (search_vector);
CREATE TRIGGER piece_search_configuration BEFORE INSERT ON piece
    FOR EACH ROW EXECUTE FUNCTION stamp_search_configuration();
