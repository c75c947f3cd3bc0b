-- Trust-building plans kept in a case file: the plan as made (its phases and steps with why), and
-- the tracking state of each step (status, note, who marked it and when), each step with its own
-- version so that a mark based on a stale read is refused. A step's due date is its phase's.

CREATE TABLE trust_plans (
    id            VARCHAR(36) PRIMARY KEY,
    alliance_id   VARCHAR(36) NOT NULL REFERENCES alliances (id),
    assessment_id VARCHAR(36) REFERENCES assessments (id),
    created_at    VARCHAR(24) NOT NULL,
    rules_version VARCHAR(64) NOT NULL,
    plan_json     TEXT        NOT NULL,
    version       INTEGER     NOT NULL
);
CREATE INDEX trust_plans_by_alliance ON trust_plans (alliance_id, created_at, id);

CREATE TABLE trust_plan_steps (
    plan_id   VARCHAR(36)  NOT NULL REFERENCES trust_plans (id),
    step_id   VARCHAR(100) NOT NULL,
    position  INTEGER      NOT NULL,
    phase     VARCHAR(32)  NOT NULL,
    title     VARCHAR(500) NOT NULL,
    due       VARCHAR(10)  NOT NULL,
    status    VARCHAR(16)  NOT NULL,
    note      TEXT,
    marked_at VARCHAR(10),
    marked_by VARCHAR(200),
    version   INTEGER      NOT NULL,
    PRIMARY KEY (plan_id, step_id)
);
CREATE INDEX trust_plan_steps_open ON trust_plan_steps (plan_id, status, due);
