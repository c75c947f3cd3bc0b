// The plan after signing: how to build trust in a new or healthy alliance, phase by phase, from a
// stored assessment (when the page is opened from one) or from what the HR executive knows.
import { api } from '../api.js';
import { enums } from '../catalogue.js';
import { add, announce, fill, formatDate, h, link, pageHeading } from '../dom.js';
import { recommendationCard } from '../explain.js';
import { fold, summaryPanel } from '../summary.js';
import {
  booleanField, clearErrors, errorSummary, keepDraft, loadDraft, readForm, restoreValues, selectField, showErrors, showServerError,
  textField, validateAll, validateAsYouType,
} from '../forms.js';
import { label, options } from '../labels.js';

const ELEMENTS = ['competence', 'integrity', 'benevolence', 'predictability'];

export async function trustBuildingPlan(view, { query, go }) {
  const assessmentId = query.get('assessment');
  // The case file the plan can be kept in: the one the page was opened from, or the assessment's.
  let allianceId = query.get('alliance');
  if (!allianceId && assessmentId) allianceId = (await api(`/api/v1/assessments/${encodeURIComponent(assessmentId)}`)).allianceId || null;
  const alliance = allianceId ? (await api(`/api/v1/alliances/${encodeURIComponent(allianceId)}`)).alliance : null;
  const caseFiles = alliance ? [] : (await api('/api/v1/alliances?size=100')).items;
  let made = null;
  const codes = await enums({ level: ['TrustBuildingRequestProfile', 'integrity'], stage: ['TrustBuildingRequest', 'stage'],
    gap: ['TrustBuildingRequest', 'largestCultureGap'] });
  const summary = errorSummary();
  const results = h('div', { class: 'section', 'aria-live': 'polite' }); // its headings name what it holds, once it holds it
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Make the plan');
  const levels = codes.level.filter((c) => c !== 'UNKNOWN');
  const form = h('form', { novalidate: true },
    summary,
    assessmentId ? h('p', { class: 'panel' }, 'Starting from ', link(`/assessments/${encodeURIComponent(assessmentId)}`, 'the stored assessment'),
      ': its trust profile, stage, cultural gap and contract are used. Anything you give below replaces what the assessment found.') : null,
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'When the plan starts'),
      textField({ name: 'startDate', label: 'Start of the plan', size: 10, pattern: '\\d{4}-\\d{2}-\\d{2}',
        patternMessage: 'Enter the date as year-month-day, such as 2027-01-04.', help: 'Usually the day the agreement is signed. Today when left empty.' })),
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'What is established about the partner'),
      h('p', { class: 'muted' }, 'From the partner assessment. An element nobody has established stays unknown: the plan treats it as a blind spot to close, not as a strength.'),
      h('div', { class: 'grid-2' }, ELEMENTS.map((e) => selectField({ name: `profile.${e}`, label: label('element', e.toUpperCase()),
        unknown: assessmentId ? 'As the assessment found' : 'Not established', options: options('level', levels) })))),
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'The relationship and the deal'),
      h('div', { class: 'grid-2' },
        selectField({ name: 'stage', label: 'Stage of trust', unknown: assessmentId ? 'As the assessment found' : 'Not known',
          help: 'A new relationship starts with small, verifiable commitments.', options: options('stage', codes.stage) }),
        selectField({ name: 'largestCultureGap', label: 'Widest cultural gap between the two sides', unknown: assessmentId ? 'As the assessment found' : 'Not known',
          options: options('gapSize', codes.gap) }),
        booleanField({ name: 'virtual', label: 'Will the alliance work mostly remotely?' }),
        booleanField({ name: 'reviewClause', label: 'Does the contract provide for a review of its terms as trust grows?' }),
        booleanField({ name: 'ourLeadChangeExpected', label: 'Is our own lead for the alliance expected to change in the first year?',
          help: 'Trust between the firms rests on the people who span the boundary, on our side too.' }))),
    h('div', { class: 'actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problems = validateAll(form);
    if (problems.length) { showErrors(form, summary, problems); return; }
    submit.disabled = true;
    try {
      const body = readForm(form);
      if (assessmentId) body.assessmentId = assessmentId;
      const plan = await api('/api/v1/trust-building-plans', { method: 'POST', body });
      made = body;
      clearErrors(form, summary);
      show(plan);
      announce(`The plan has ${plan.phases.length} phases.`);
    } catch (error) {
      showServerError(form, summary, error);
    } finally {
      submit.disabled = false;
    }
  });

  function show(plan) {
    fill(results,
      h('h2', { id: 'plan-heading', tabindex: '-1' }, `Building trust from ${formatDate(plan.startDate)}`),
      h('p', { class: 'muted' }, plan.basis),
      plan.notEstablished.length ? h('p', { class: 'panel' }, `Not established yet, so treated as blind spots: ${plan.notEstablished.join(', ')}.`) : null,
      summaryPanel(plan.summary),
      plan.phases.map((phase, n) => fold(`phase-${phase.id}`, `${phase.name}, by ${formatDate(phase.due)}`, [
        h('p', { class: 'muted' }, phase.timing),
        phase.steps.map((step) => recommendationCard(step, { headingLevel: 4 }))], { open: n === 0, level: 3, attributes: { 'data-phase': phase.id } })),
      keepSection());
    results.querySelector('h2').focus();
  }

  /** Keeps the plan in a case file, where its steps are tracked with their due dates. */
  function keepSection() {
    if (!alliance && !caseFiles.length) {
      return h('section', { class: 'section panel', 'aria-labelledby': 'keep-heading' }, h('h2', { id: 'keep-heading' }, 'Keep the plan in a case file'),
        h('p', {}, 'To track the steps with their due dates, ', link('/alliances/new', 'open a case file'), ' for the alliance first.'));
    }
    const keepSummary = errorSummary();
    const state = h('span', { class: 'save-state', 'aria-live': 'polite' });
    const keep = h('button', { type: 'button', class: 'primary' }, alliance ? `Save to the case file of ${alliance.partner.name}` : 'Save to the case file');
    const box = h('section', { class: 'section panel', 'aria-labelledby': 'keep-heading' },
      h('h2', { id: 'keep-heading' }, 'Keep the plan in a case file'),
      keepSummary,
      h('p', {}, 'The case file keeps the plan and tracks each step with its due date, marked done or not applicable as the work goes on.',
        assessmentId ? '' : ' It is made there from the case file\'s latest assessment, if it has one, with what you gave above.'),
      alliance ? null : selectField({ name: 'allianceId', label: 'Case file', required: true,
        options: caseFiles.map((c) => ({ value: c.id, label: c.partner.name })) }),
      h('div', { class: 'actions' }, keep, state));
    keep.addEventListener('click', async () => {
      const target = alliance ? alliance.id : readForm(box).allianceId;
      if (!target) { showErrors(box, keepSummary, [{ field: 'allianceId', message: 'Choose the case file to keep the plan in.' }]); return; }
      keep.disabled = true;
      state.textContent = 'Saving…';
      try {
        await api(`/api/v1/alliances/${encodeURIComponent(target)}/trust-building-plans`, { method: 'POST', body: made });
        announce('The plan is kept in the case file.');
        go(`/alliances/${encodeURIComponent(target)}`);
      } catch (error) {
        state.textContent = 'Not saved.';
        showServerError(box, keepSummary, error);
      } finally {
        keep.disabled = false;
      }
    });
    return box;
  }

  add(view, pageHeading('Trust-building plan'),
    h('p', { class: 'lead' }, 'Once the agreement is signed, trust is built step by step: ground rules and small commitments first, then joint planning and personal ties, then joint investment and a lighter contract as the record holds. The plan follows what is known about the partner and the deal.'),
    form, results);
  validateAsYouType(form);
  const draftKey = assessmentId ? `plan-${assessmentId}` : 'plan';
  restoreValues(form, loadDraft(draftKey));
  keepDraft(form, draftKey);
}
