// Plain words for the API's codes, from the knowledge base (knowledge-base/labels.yaml). The codes
// themselves (which values exist) always come from the server; a code without words is shown humanised.

import { api } from './api.js';

let LABELS = {};
let loading = null;

/**
 * Reads the words from the knowledge base once (GET /api/v1/knowledge/labels); pages render after it.
 * Should it fail, codes are shown humanised and the next page tries again.
 */
export function loadLabels() {
  if (!loading) {
    loading = api('/api/v1/knowledge/labels').then((groups) => {
      LABELS = Object.fromEntries(groups.map((g) => [g.group, g.labels]));
    }).catch(() => { loading = null; });
  }
  return loading;
}

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
export function verdictMeaning(verdict) {
  return (LABELS.verdictMeaning && LABELS.verdictMeaning[verdict]) || '';
}

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
