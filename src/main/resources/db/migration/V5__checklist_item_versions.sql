-- Each checklist item carries its own version, so that two people marking the same item cannot
-- silently overwrite each other: a mark sends the version it read, and a stale one is refused.
-- Items stored before this start at version 1, as new items do; each mark adds one.
ALTER TABLE checklist_items ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
