-- Case files: alliances, the timeline of what was recorded for each, and stored assessments.
-- Portable SQL for SQLite and PostgreSQL: ids are time-ordered UUIDs, timestamps are fixed-width
-- ISO-8601 UTC text (so they sort as text), JSON documents are text.

CREATE TABLE alliances (
    id               VARCHAR(36)  PRIMARY KEY,
    partner_name     VARCHAR(200) NOT NULL,
    partner_country  VARCHAR(2),
    partner_industry VARCHAR(200),
    purpose          VARCHAR(32)  NOT NULL,
    countries        TEXT         NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    owner            VARCHAR(200),
    description      TEXT,
    created_at       VARCHAR(24)  NOT NULL,
    updated_at       VARCHAR(24)  NOT NULL,
    version          INTEGER      NOT NULL
);
CREATE INDEX alliances_by_status ON alliances (status, id);

CREATE TABLE timeline_events (
    id          VARCHAR(36) PRIMARY KEY,
    alliance_id VARCHAR(36) NOT NULL REFERENCES alliances (id),
    at          VARCHAR(24) NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    summary     TEXT        NOT NULL,
    record_id   VARCHAR(36)
);
CREATE INDEX timeline_by_alliance ON timeline_events (alliance_id, id);

CREATE TABLE assessments (
    id            VARCHAR(36)  PRIMARY KEY,
    alliance_id   VARCHAR(36)  NOT NULL REFERENCES alliances (id),
    created_at    VARCHAR(24)  NOT NULL,
    rules_version VARCHAR(64)  NOT NULL,
    partner_name  VARCHAR(200) NOT NULL,
    verdict       VARCHAR(32)  NOT NULL,
    input_json    TEXT         NOT NULL,
    output_json   TEXT         NOT NULL
);
CREATE INDEX assessments_by_alliance ON assessments (alliance_id, id);
