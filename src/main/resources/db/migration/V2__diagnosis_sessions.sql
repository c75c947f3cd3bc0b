-- Guided breach diagnoses: the session's state (how it started and the answers given) as JSON,
-- versioned so that two concurrent answers to one session cannot silently overwrite each other.

CREATE TABLE diagnosis_sessions (
    id          VARCHAR(36) PRIMARY KEY,
    alliance_id VARCHAR(36) REFERENCES alliances (id),
    created_at  VARCHAR(24) NOT NULL,
    updated_at  VARCHAR(24) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    version     INTEGER     NOT NULL,
    state_json  TEXT        NOT NULL
);
CREATE INDEX diagnosis_sessions_by_alliance ON diagnosis_sessions (alliance_id, id);
