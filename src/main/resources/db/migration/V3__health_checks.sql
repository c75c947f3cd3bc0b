-- Periodic trust health checks. Survey answers are reduced to per-side, per-element aggregates
-- before they are stored: no individual answer is kept, so none can ever be reported back.

CREATE TABLE health_checks (
    id              VARCHAR(36) PRIMARY KEY,
    alliance_id     VARCHAR(36) NOT NULL REFERENCES alliances (id),
    check_date      VARCHAR(10) NOT NULL,
    recorded_at     VARCHAR(24) NOT NULL,
    aggregates_json TEXT        NOT NULL,
    indicators_json TEXT        NOT NULL,
    events_json     TEXT        NOT NULL
);
CREATE INDEX health_checks_by_alliance ON health_checks (alliance_id, check_date, id);
