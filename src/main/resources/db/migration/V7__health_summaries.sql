-- Each alliance's health as the monitoring rules last evaluated it, kept so that the portfolio is
-- read without running the rules. `changes` counts the writes that can change an alliance's health
-- (to the alliance itself and its health checks), each counted in the transaction of the write;
-- `computed` is the count the kept summary reflects (0: none yet). A summary is brought up to date
-- when it lags behind its changes, was made by other rules, or for an earlier day. `listed` is 0 for
-- an archived alliance, which the portfolio leaves out; it is written with the alliance's status.

CREATE TABLE health_summaries (
    alliance_id    VARCHAR(36) PRIMARY KEY REFERENCES alliances (id),
    listed         INTEGER     NOT NULL,
    changes        INTEGER     NOT NULL,
    computed       INTEGER     NOT NULL,
    rules_version  VARCHAR(64),
    as_of          VARCHAR(10),
    computed_at    VARCHAR(24),
    evaluated      INTEGER     NOT NULL,
    attention      INTEGER     NOT NULL,
    next_check_due VARCHAR(10) NOT NULL,
    summary_json   TEXT
);
-- The portfolio's order (those not evaluated, or not yet, first; then the most attention, the
-- earliest check due), with all a count of the portfolio needs: a page and the counts are read from
-- the index alone, and only the rows of the page from the table.
CREATE INDEX health_summaries_in_order ON health_summaries (listed, evaluated, attention DESC, next_check_due, alliance_id,
    computed, changes, as_of, rules_version, computed_at);

INSERT INTO health_summaries (alliance_id, listed, changes, computed, evaluated, attention, next_check_due)
    SELECT id, CASE WHEN status = 'ARCHIVED' THEN 0 ELSE 1 END, 1, 0, 0, 0, '' FROM alliances;
