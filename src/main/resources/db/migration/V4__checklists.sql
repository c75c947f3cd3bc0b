-- Due-diligence checklists: the items chosen for a deal, each with why it was chosen, and its
-- tracking state (status, note, finding, who marked it and when).

CREATE TABLE checklists (
    id            VARCHAR(36) PRIMARY KEY,
    alliance_id   VARCHAR(36) REFERENCES alliances (id),
    assessment_id VARCHAR(36) REFERENCES assessments (id),
    created_at    VARCHAR(24) NOT NULL,
    rules_version VARCHAR(64) NOT NULL,
    context_json  TEXT        NOT NULL,
    version       INTEGER     NOT NULL
);
CREATE INDEX checklists_by_alliance ON checklists (alliance_id, id);

CREATE TABLE checklist_items (
    checklist_id VARCHAR(36) NOT NULL REFERENCES checklists (id),
    item_id      VARCHAR(64) NOT NULL,
    position     INTEGER     NOT NULL,
    priority     VARCHAR(16) NOT NULL,
    reasons_json TEXT        NOT NULL,
    status       VARCHAR(16) NOT NULL,
    note         TEXT,
    finding      VARCHAR(64),
    marked_at    VARCHAR(24),
    marked_by    VARCHAR(200),
    PRIMARY KEY (checklist_id, item_id)
);
