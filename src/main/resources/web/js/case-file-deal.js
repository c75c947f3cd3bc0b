// What a case file knows about a deal, carried into every form opened from it so that nothing is typed
// twice: the partner, the purpose and the countries from the case file itself, the rest of the deal
// (our side, the plan, the evidence on the partner) from the latest assessment stored in it. One way
// of filling for every page: a value the case file knows fills its field, a short note says what was
// filled and from where, and the user checks and changes what differs.
import { api } from './api.js';
import { countryName, countryNames } from './countries.js';
import { h } from './dom.js';

const LAST_FILLED = 'advisor.filledFrom.';

/** The case file's alliance and the input of its latest stored assessment ({} when none is stored). */
export async function caseFileDeal(allianceId) {
  const [file] = await Promise.all([api(`/api/v1/alliances/${encodeURIComponent(allianceId)}`),
    countryNames().catch(() => null)]); // countries are filled by name; without the list, by code
  const latest = file.assessments.length ? file.assessments[file.assessments.length - 1] : null;
  let input = {};
  if (latest) {
    try {
      input = (await api(`/api/v1/assessments/${encodeURIComponent(latest.id)}`)).input || {};
    } catch {
      input = {}; // the case file alone still fills the partner and the purpose
    }
  }
  return { alliance: file.alliance, assessmentId: latest ? latest.id : null, input };
}

/** The parts of a deal every page draws on, whichever of the case file or its latest assessment knows them. */
function parts(deal) {
  const a = deal.alliance;
  const input = deal.input || {};
  const plan = input.alliance || {};
  const partner = input.partner || {};
  return {
    a, input, plan, context: input.context || {},
    name: a.partner.name || partner.name,
    country: a.partner.country || partner.country,
    industry: a.partner.industry || partner.industry,
    purpose: a.purpose || plan.purpose,
  };
}

const text = (v) => (v === undefined || v === null ? undefined : String(v));

/** A candidate's fields (name, country, industry, evidence, fit and dependence) from an assessment's input. */
export function candidateValues(prefix, input, partner = input.partner || {}) {
  const values = {
    [`${prefix}.partner.name`]: partner.name,
    [`${prefix}.partner.country`]: partner.country ? countryName(partner.country) : undefined,
    [`${prefix}.partner.industry`]: partner.industry,
  };
  for (const [element, items] of Object.entries(input.evidence || {})) {
    for (const [name, value] of Object.entries(items || {})) values[`${prefix}.evidence.${element}.${name}`] = text(value);
  }
  for (const section of ['fit', 'power']) {
    for (const [name, value] of Object.entries(input[section] || {})) values[`${prefix}.${section}.${name}`] = text(value);
  }
  return values;
}

/** For each page opened from a case file: the form's fields and what the case file knows of each. */
export const FROM_CASE_FILE = {
  assess: (deal) => {
    const d = parts(deal);
    return { allianceId: d.a.id, 'partner.name': d.name, 'partner.country': d.country && countryName(d.country),
      'partner.industry': d.industry, 'alliance.ourCountry': d.plan.ourCountry && countryName(d.plan.ourCountry), 'alliance.purpose': d.purpose };
  },
  checklist: (deal) => {
    const d = parts(deal);
    return { allianceId: d.a.id, partnerCountry: d.country && countryName(d.country), ourCountry: d.plan.ourCountry && countryName(d.plan.ourCountry),
      purpose: d.purpose, ipSensitivity: d.plan.ipSensitivity, governmentFacing: text(d.plan.governmentFacing), virtual: text(d.plan.virtual),
      expectedDurationYears: text(d.plan.expectedDurationYears) };
  },
  diagnosis: (deal) => {
    const d = parts(deal);
    return { allianceId: d.a.id, purpose: d.purpose, partnerCountry: d.country && countryName(d.country),
      ourCountry: d.plan.ourCountry && countryName(d.plan.ourCountry) };
  },
  compare: (deal) => {
    const d = parts(deal);
    const values = { 'alliance.purpose': d.purpose, 'alliance.ipSensitivity': d.plan.ipSensitivity,
      'alliance.expectedDurationYears': text(d.plan.expectedDurationYears), 'alliance.virtual': text(d.plan.virtual),
      'context.ceoCommitment': d.context.ceoCommitment, 'context.timePressure': d.context.timePressure,
      ...candidateValues('candidates[0]', d.input, { name: d.name, country: d.country, industry: d.industry }) };
    for (const [name, value] of Object.entries(d.context.ourSide || {})) values[`context.ourSide.${name}`] = text(value);
    return values;
  },
  contract: (deal) => {
    const d = parts(deal);
    return { 'alliance.purpose': d.purpose, 'alliance.ipSensitivity': d.plan.ipSensitivity,
      'alliance.expectedDurationYears': text(d.plan.expectedDurationYears), 'alliance.governmentFacing': text(d.plan.governmentFacing),
      'relationship.priorAlliances': text(d.plan.priorAlliances), 'partner.country': d.country && countryName(d.country) };
  },
  culture: (deal) => {
    const d = parts(deal);
    return { 'ours.country': d.plan.ourCountry, 'partner.country': d.country, 'alliance.virtual': text(d.plan.virtual),
      'alliance.governmentFacing': text(d.plan.governmentFacing), 'alliance.intermediaries': text(d.plan.intermediaries) };
  },
};

/** The words a field's label shows, first letter in lower case, for a list in a sentence (the form may not be on the page yet). */
function labelOf(root, control) {
  const l = (control.labels && control.labels[0]) || (control.id && root.querySelector(`label[for="${CSS.escape(control.id)}"]`));
  const words = (l ? l.textContent : control.name).trim().replace(/[*:]$/, '').trim();
  return words.charAt(0).toLowerCase() + words.slice(1);
}

/**
 * Fills the controls of root named in values: only empty ones, unless overwrite; a value a select does
 * not offer is left out. Returns the labels of the controls it filled, in the order of the form.
 */
export function fillFields(root, values, { overwrite = false } = {}) {
  const wanted = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const filled = [];
  for (const c of root.querySelectorAll('input[name], select[name], textarea[name]')) {
    if (!(c.name in wanted) || c.type === 'hidden' || c.type === 'checkbox' || c.type === 'radio') continue;
    const value = String(wanted[c.name]);
    if (c.value === value || (c.value && !overwrite)) continue;
    if (c.tagName === 'SELECT' && ![...c.options].some((o) => o.value === value)) continue;
    c.value = value;
    if (c.value === value) filled.push(labelOf(root, c));
  }
  return filled;
}

/** "a, b and c"; a long list names its first six and counts the rest. */
function sentenceList(items) {
  if (items.length > 8) return `${items.slice(0, 6).join(', ')} and ${items.length - 6} more`;
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A short note saying what was filled, and from where; tabindex so that focus can be moved to it. */
export function filledNote(filled, source) {
  const note = h('div', { class: ['notice', 'notice-info', 'filled-note'], role: 'status', tabindex: '-1' },
    filled.length ? `Filled in from ${source}: ${sentenceList(filled)}. Check them and change what differs.`
      : `Nothing was filled in from ${source}: the fields it knows already hold values, or it knows none of them.`);
  return note;
}

/** Empties every control of a form, for a form about to be filled for another partner. */
export function clearForm(form) {
  form.querySelectorAll('input[name], select[name], textarea[name]').forEach((c) => {
    if (c.type === 'checkbox') c.checked = false; else if (c.type !== 'radio') c.value = ''; // a choice of radios keeps its default
  });
}

/**
 * Opens a page's form from a case file: fills what the case file knows and puts the note on top of
 * the form. Opened from another case file than last time in this tab, the form is first cleared
 * (by {@code clear}), so that two partners' details are never mixed; from the same one, only empty
 * fields are filled and what the user typed stays. Returns the deal ({@code another} when the form was
 * cleared for it), or null without a case file.
 */
export async function fillFromCaseFile(form, page, allianceId, { clear } = {}) {
  if (!allianceId) return null;
  const deal = await caseFileDeal(allianceId);
  let previous = null;
  try { previous = sessionStorage.getItem(LAST_FILLED + page); sessionStorage.setItem(LAST_FILLED + page, allianceId); } catch { /* storage off */ }
  const another = previous !== null && previous !== allianceId;
  if (another && clear) clear();
  const filled = fillFields(form, FROM_CASE_FILE[page](deal), { overwrite: another || previous === null });
  const old = form.querySelector('.filled-note');
  if (old) old.remove();
  const source = `the case file of ${deal.alliance.partner.name}${deal.assessmentId && Object.keys(deal.input).length ? ' and its latest assessment' : ''}`;
  form.prepend(filledNote(filled, source));
  form.dispatchEvent(new Event('change', { bubbles: true }));
  return { ...deal, another };
}
