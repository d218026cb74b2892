-- What each editor hears about the postbag: a daily digest (on unless they turn it off) and,
-- if they ask, an email for every new letter. last_digest_on is the editor's local date of the
-- last digest considered, sent or (with nothing to say) not, so that none goes out twice a day.
CREATE TABLE editor_alert (
    account_id      bigint  PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    daily_digest    boolean NOT NULL DEFAULT true,
    each_new_letter boolean NOT NULL DEFAULT false,
    last_digest_on  date,
    version         integer NOT NULL DEFAULT 0
);
