-- Each alliance's health as the monitoring rules last evaluated it, kept so that the portfolio is
-- read without running the rules. `changes` counts the writes that can change an alliance's health
-- (to the alliance itself and its health checks), each counted in the transaction of the write;
-- `computed` is the count the kept summary reflects (0: none yet). A summary is brought up to date
-- when it lags behind its changes, was made by other rules, or for an earlier day.

CREATE TABLE health_summaries (
    alliance_id    VARCHAR(36) PRIMARY KEY REFERENCES alliances (id),
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
-- The portfolio's order: those the rules could not evaluate (or not yet), then the most attention, the earliest check due.
CREATE INDEX health_summaries_in_order ON health_summaries (evaluated, attention DESC, next_check_due, alliance_id);

INSERT INTO health_summaries (alliance_id, changes, computed, evaluated, attention, next_check_due)
    SELECT id, 1, 0, 0, 0, '' FROM alliances;
