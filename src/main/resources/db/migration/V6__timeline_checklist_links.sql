-- A re-assessment from a checklist's findings was noted on the timeline as a CHECKLIST entry whose
-- record was the new assessment (which has an ASSESSMENT entry of its own), so the entry led to no
-- checklist. Point those entries at the checklist their summary names
-- ("Re-assessed from the findings of checklist <id>: ...", the id from character 44).
UPDATE timeline_events SET record_id = SUBSTR(summary, 44, 36)
 WHERE kind = 'CHECKLIST' AND summary LIKE 'Re-assessed from the findings of checklist %'
   AND record_id IN (SELECT id FROM assessments)
   AND SUBSTR(summary, 44, 36) IN (SELECT id FROM checklists);
