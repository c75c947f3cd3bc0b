-- Survey rounds: a health check's survey answered by the respondents themselves, through one link
-- per side. A link is kept only as the SHA-256 hash of its token. Answers are never stored one by
-- one: each answer is added to the running totals of its round and side (per scored element: how many
-- answered it, and the sum and sum of squares of their element scores, in 2520ths) and forgotten.
-- Nothing records when an answer came or from where. The totals are deleted when the round is closed
-- (the health check keeps what the anonymity rule allows) or cancelled.

CREATE TABLE survey_rounds (
    id              VARCHAR(36) PRIMARY KEY,
    alliance_id     VARCHAR(36) NOT NULL REFERENCES alliances (id),
    status          VARCHAR(16) NOT NULL,
    opened_at       VARCHAR(24) NOT NULL,
    closes_on       VARCHAR(10) NOT NULL,
    ended_at        VARCHAR(24),
    health_check_id VARCHAR(36),
    version         INTEGER     NOT NULL
);
CREATE INDEX survey_rounds_by_alliance ON survey_rounds (alliance_id, id);

CREATE TABLE survey_round_sides (
    round_id    VARCHAR(36) NOT NULL REFERENCES survey_rounds (id),
    side        VARCHAR(16) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL UNIQUE,
    respondents INTEGER     NOT NULL,
    PRIMARY KEY (round_id, side)
);

CREATE TABLE survey_round_totals (
    round_id VARCHAR(36) NOT NULL REFERENCES survey_rounds (id),
    side     VARCHAR(16) NOT NULL,
    element  VARCHAR(32) NOT NULL,
    answered INTEGER     NOT NULL,
    score_sum     BIGINT NOT NULL,
    score_squares BIGINT NOT NULL,
    PRIMARY KEY (round_id, side, element)
);
