// Plain words for the API's codes. The codes themselves (which values exist) always come from the
// server; this only says them in English. A code without a label here is still shown, humanised.

const LABELS = {
  finding: { recoverability: 'How recoverable the relationship is', readsAs: 'Reads as', warningsMissed: 'Warning signs missed',
    possibleMisreading: 'Possible cultural misreading', culturalReading: 'Cultural reading',
    breachOnOurSide: 'Breach on our side', ourShare: 'Our own part', partnerMayMisreadUs: 'The partner may have misread us' },
  findingValue: { NOT_KNOWN: 'Not known yet: establish the missing answers first', LIKELY: 'likely', NOT_FOUND: 'not found', POSSIBLE: 'possible', MISSED_DATES: 'missed or moved dates',
    UNSPOKEN_NO: 'silence, or agreement not acted on', SLOW_DECISION: 'a slow or referred decision', REOPENED_TERMS: 'terms reopened after signing',
    OPEN: 'not yet checked: not to be treated as bad faith meanwhile', CONFIRMED: 'the partner\'s usual way of working, not a breach',
    RULED_OUT: 'checked: the cultural difference does not explain it', BENEVOLENCE: 'A question of goodwill', YES: 'Yes',
    SPEED: 'our push for speed, read as disrespect', FEEDBACK: 'our frank criticism, read as an attack',
    LEAD_CHANGE: 'the change of our lead, read as withdrawn commitment', ESCALATION: 'our escalation, read as an affront' },
  category: {
    ACTION: 'Action', CEO_BRIEFING: 'CEO briefing', CONTRACT: 'Contract', DECISION: 'Decision', DUE_DILIGENCE: 'Due diligence',
    GOVERNANCE: 'Governance', IF_THE_CEO_PROCEEDS: 'If the CEO goes ahead anyway', OUR_CONDUCT: 'Our own conduct', INFO: 'For information', KNOWLEDGE_PROTECTION: 'Knowledge protection',
    LEGAL: 'Legal exposure', RELATIONSHIP: 'Relationship', SAFEGUARDS: 'Safeguards', WARNING: 'Warning',
    FOUNDATION: 'First 90 days', DEEPENING: 'First year', INTERDEPENDENCE: 'As trust grows',
  },
  gapSize: { SIMILAR: 'Similar', MODERATE: 'Moderate', LARGE: 'Large' },
  caseSection: { CANNOT_BE_MADE_YET: 'Why the case cannot be made yet', VALUE_OF_TRUST: 'What trust is worth',
    OUTCOMES_AS_THINGS_STAND: 'What to expect if we proceed as things stand', ALTERNATIVES: 'The alternatives', WIN_WIN_TERMS: 'Terms to negotiate' },
  basis: { COGNITIVE: 'Cognitive (evidence of reliability)', AFFECTIVE: 'Affective (care and goodwill)' },
  purpose: {
    JOINT_RND: 'Joint research and development', INNOVATION: 'Innovation', CO_MARKETING: 'Co-marketing', SUPPLY: 'Supply',
    DISTRIBUTION: 'Distribution', LICENSING: 'Licensing', JOINT_VENTURE: 'Joint venture', OTHER: 'Other',
  },
  ipSensitivity: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' },
  ceoCommitment: { OPEN: 'Open: still weighing the options', INCLINED: 'Inclined towards this partner', DETERMINED: 'Determined to do this deal' },
  timePressure: { LOW: 'Low', MODERATE: 'Moderate', HIGH: 'High' },
  verdict: {
    PROCEED: 'Proceed', PROCEED_WITH_SAFEGUARDS: 'Proceed with safeguards', INSUFFICIENT_EVIDENCE: 'Not enough evidence to decide yet',
    RECONSIDER: 'Reconsider', DO_NOT_PROCEED: 'Do not proceed',
  },
  level: { LOW: 'Low', MODERATE: 'Moderate', HIGH: 'High', VERY_HIGH: 'Very high', UNKNOWN: 'Unknown', NOT_EVALUATED: 'Not evaluated' },
  // How well the research behind a piece of advice is established.
  confidence: { HIGH: 'High', MEDIUM_HIGH: 'Medium-high', MEDIUM: 'Medium', LOW_MEDIUM: 'Low-medium', LOW: 'Low' },
  bearing: { STRONGLY_AGAINST: 'Strongly against', AGAINST: 'A concern', SLIGHTLY_AGAINST: 'A slight concern', UNVERIFIED: 'To verify' },
  element: { COMPETENCE: 'Competence', INTEGRITY: 'Integrity', BENEVOLENCE: 'Benevolence', PREDICTABILITY: 'Predictability', OVERALL: 'Overall' },
  allianceStatus: {
    PROSPECT: 'Prospect', NEGOTIATING: 'Negotiating', ACTIVE: 'Active', SUSPENDED: 'Suspended', ENDED: 'Ended', ARCHIVED: 'Archived',
  },
  severity: { CRITICAL: 'Critical', SERIOUS: 'Serious', WARNING: 'Warning' },
  priority: { CRITICAL: 'Critical', HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' },
  stage: { CALCULUS: 'Calculus-based (early)', KNOWLEDGE: 'Knowledge-based', IDENTIFICATION: 'Identification-based (mature)' },
  riskType: { RELATIONAL: 'Relational risk', PERFORMANCE: 'Performance risk' },
  checkStatus: { OPEN: 'Open', DONE: 'Done', NOT_APPLICABLE: 'Not applicable', RED_FLAG: 'Red flag' },
  section: {
    STRATEGIC_FIT: 'Strategic fit', COMPETENCE: 'Competence', FINANCIAL_HEALTH: 'Financial health', INTEGRITY_COMPLIANCE: 'Integrity and compliance',
    RELATIONAL_HISTORY: 'Relational history', CULTURE_ORGANISATION: 'Culture and organisation', IP_INFORMATION: 'IP and information',
    GOVERNANCE_DESIGN: 'Governance design', EXIT: 'Exit',
  },
  phase: {
    IMMEDIATE_RESPONSE: 'Immediate response', DIAGNOSIS: 'Diagnosis', REFORMS: 'Reforms', EVALUATION: 'Evaluation', REBUILDING: 'Rebuilding',
    AVOID: 'What to avoid', MONITORING: 'Monitoring',
  },
  accused: { PARTNER: 'The partner', US: 'Our company' },
  diagnosisStatus: { IN_PROGRESS: 'In progress', DETERMINED: 'Complete' },
  trend: {
    FIRST_CHECK: 'First check', NO_CHECKS: 'No checks yet', UP: 'Improving', DOWN: 'Declining', STEADY: 'Steady',
  },
  pace: { QUARTERLY: 'Every quarter', TWICE_YEARLY: 'Twice a year' },
  side: { OURS: 'Our side', PARTNER: "Partner's side", ALL: 'Both sides' },
  frequency: { WEEKLY: 'Weekly', FORTNIGHTLY: 'Every two weeks', MONTHLY: 'Monthly', QUARTERLY: 'Quarterly', RARELY: 'Rarely' },
  turnover: { NONE: 'None', SOME: 'Some', HIGH: 'High' },
  event: {
    LEADERSHIP_CHANGE: 'Change of leadership on either side', BOUNDARY_SPANNER_CHANGE: 'Change of the people who manage the relationship',
    MISSED_MILESTONE: 'A missed milestone', MAJOR_CONFLICT: 'A major conflict', SCOPE_CHANGE: 'A change of scope',
  },
  controlProvision: {
    MONITORING_AUDIT: 'Monitoring and audit of the work', PENALTIES: 'Penalties', LIQUIDATED_DAMAGES: 'Liquidated damages',
    UNILATERAL_TERMINATION: 'Unilateral termination rights', EXCLUSIVITY: 'Exclusivity or non-compete',
    AUDIT_RIGHTS: 'Audit rights over the partner\'s books and records', ANTI_CORRUPTION: 'Anti-corruption and compliance representations',
  },
  coordinationProvision: {
    ROLES: 'Roles and responsibilities', DECISION_RIGHTS: 'Decision rights', JOINT_COMMITTEE: 'A joint steering committee',
    INFORMATION_SHARING: 'Information-sharing arrangements', CHANGE_PROCEDURE: 'A procedure for changes', ESCALATION_LADDER: 'An escalation ladder',
    SCOPE: 'The alliance\'s scope, set out explicitly', DISCLOSURE_OBLIGATIONS: 'Obligations to disclose (conflicts of interest, changes of control)',
  },
  trustLevel: { LOW: 'Low', MODERATE: 'Moderate', HIGH: 'High', VERY_HIGH: 'Very high' },
  outputTrend: { RISING: 'Rising', STABLE: 'Stable', FALLING: 'Falling' },
  reactionToDraft: {
    ACCEPTED: 'Accepted it', NEGOTIATED: 'Negotiated it in the usual way', OBJECTED: 'Objected to it', OFFENDED: 'Took offence at it',
  },
  position: {
    UNDER_PROTECTED: 'Under-protected', BALANCED: 'Balanced', CONTROL_HEAVY: 'Control-heavy', OVER_TRUSTING: 'Over-trusting',
    UNDER_COORDINATED: 'Under-coordinated', UNKNOWN: 'Not described enough to tell',
  },
  erosion: {
    NONE: 'No sign of erosion', POSSIBLE: 'Trust may be eroding', LIKELY: 'Trust is likely eroding',
    NOT_ENOUGH_OBSERVED: 'Not enough observed yet to rule erosion out', UNKNOWN: 'Not enough known to tell',
  },
};

/** The tone (colour family) a value is shown in; always alongside its written label. */
const TONES = {
  verdict: { PROCEED: 'good', PROCEED_WITH_SAFEGUARDS: 'caution', INSUFFICIENT_EVIDENCE: 'neutral', RECONSIDER: 'warning', DO_NOT_PROCEED: 'bad' },
  bearing: { STRONGLY_AGAINST: 'bad', AGAINST: 'warning', SLIGHTLY_AGAINST: 'caution', UNVERIFIED: 'neutral' },
  level: { HIGH: 'good', VERY_HIGH: 'good', MODERATE: 'caution', LOW: 'bad', UNKNOWN: 'neutral', NOT_EVALUATED: 'warning' },
  risk: { HIGH: 'bad', MODERATE: 'caution', LOW: 'good' },
  severity: { CRITICAL: 'bad', SERIOUS: 'warning', WARNING: 'caution' },
  priority: { CRITICAL: 'bad', HIGH: 'warning', MEDIUM: 'caution', LOW: 'neutral' },
  checkStatus: { OPEN: 'neutral', DONE: 'good', NOT_APPLICABLE: 'neutral', RED_FLAG: 'bad' },
  position: { BALANCED: 'good', UNDER_PROTECTED: 'warning', CONTROL_HEAVY: 'warning', OVER_TRUSTING: 'warning', UNDER_COORDINATED: 'warning' },
  trend: { UP: 'good', STEADY: 'neutral', DOWN: 'bad' },
  erosion: { NONE: 'good', POSSIBLE: 'caution', LIKELY: 'bad', NOT_ENOUGH_OBSERVED: 'neutral' },
};

/** What each verdict asks of the reader, in one sentence. */
export const VERDICT_MEANING = {
  PROCEED: 'The evidence supports going ahead with this partner.',
  PROCEED_WITH_SAFEGUARDS: 'Go ahead only with the safeguards and outstanding checks below as conditions.',
  INSUFFICIENT_EVIDENCE: 'Do not decide yet: the checks below are the fewest that would allow a verdict; nothing unknown is counted for or against the partner.',
  RECONSIDER: 'Do not commit yet: a weakness must be resolved or the deal restructured first.',
  DO_NOT_PROCEED: 'The evidence rules this partner out for this alliance.',
};

export function humanise(code) {
  if (code === null || code === undefined) return '';
  const text = String(code).replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function label(group, code) {
  const words = LABELS[group] && LABELS[group][code];
  return words || humanise(code);
}

export function tone(group, code) {
  return (TONES[group] && TONES[group][code]) || 'neutral';
}

/** Options for a select or a group of boxes, from the server's list of codes. */
export function options(group, codes) {
  return codes.map((value) => ({ value, label: label(group, value) }));
}
