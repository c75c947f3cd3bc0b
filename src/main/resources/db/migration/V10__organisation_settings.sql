-- Settings about the company itself that advice on the portfolio as a whole depends on, one row per
-- setting (such as `allianceFunction`: YES or NO). A setting with no row is not known.

CREATE TABLE organisation_settings (
    name       VARCHAR(64) PRIMARY KEY,
    value      VARCHAR(64) NOT NULL,
    updated_at VARCHAR(24) NOT NULL
);
