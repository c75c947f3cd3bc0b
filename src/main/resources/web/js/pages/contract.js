// Contract balance: does the contract on the table support the relationship or undermine it?
// Described by what it contains and the relationship it governs; anything not known stays unknown.
import { api } from '../api.js';
import { clearForm, fillFromCaseFile } from '../case-file-deal.js';
import { enums } from '../catalogue.js';
import { add, announce, badge, fill, h, pageHeading } from '../dom.js';
import { explanation, recommendationCard } from '../explain.js';
import { summaryPanel } from '../summary.js';
import {
  booleanField, checkboxesField, clearErrors, countryField, errorSummary, keepDraft, loadDraft, numberField, readForm, restoreValues,
  selectField, showErrors, showServerError, validateAll, validateAsYouType,
} from '../forms.js';
import { label, options, tone } from '../labels.js';
import { recall, remember } from '../session.js';

/** What the contract on the table contains, by the JSON names of the contract section (shared with the assessment form). */
export function contractFields(codes) {
  return [
    checkboxesField({ name: 'contract.controlProvisions', legend: 'Control provisions',
      help: 'Clauses that deter or punish: they protect against opportunism but, in excess, signal distrust. Tick those in the draft; leave all unticked if you have not checked.',
      options: options('controlProvision', codes.control), none: 'The draft has none of these' }),
    checkboxesField({ name: 'contract.coordinationProvisions', legend: 'Coordination provisions',
      help: 'Clauses that organise the joint work: who does what, who decides, how changes and disputes are handled.',
      options: options('coordinationProvision', codes.coordination), none: 'The draft has none of these' }),
    h('div', { class: 'grid-2' },
      booleanField({ name: 'contract.reviewClause', label: 'Does it provide for a review of its terms (for example after 12 to 18 months)?' }),
      booleanField({ name: 'contract.flexibilityClause', label: 'Can it be adapted as the alliance changes?' }),
      booleanField({ name: 'contract.reciprocalRemedies', label: 'Do remedies apply to both sides alike?' }),
      booleanField({ name: 'contract.ipProtocol', label: 'Does it set out how intellectual property is shared and protected?' }),
      numberField({ name: 'contract.pages', label: 'Length of the draft', unit: 'pages', min: 1, max: 10000 })),
  ];
}

/** Where the contract stands and what to change: the answer of contract balance, alone or within an assessment. */
export function contractPosition(result, headingLevel = 3) {
  return [
    summaryPanel(result.summary),
    h('div', { class: ['verdict', `verdict-${tone('position', result.position)}`] },
      h('p', { class: 'verdict-label', 'data-position': result.position }, label('position', result.position)),
      result.explanation && result.explanation.why ? h('p', {}, result.explanation.why) : null,
      result.provisional ? h('p', {}, 'Provisional: this placement rests on one list of provisions only.') : null,
      result.missing && result.missing.length ? [h('p', {}, 'What would settle it:'), h('ul', {}, result.missing.map((m) => h('li', {}, m)))] : null,
      h('p', { class: 'muted' }, `${result.controlProvisions} control and ${result.coordinationProvisions} coordination provisions described.`),
      result.weighing ? h('p', { class: 'muted' }, `The controls weigh ${result.weighing.control} against `
        + (result.weighing.coordination == null ? 'coordination not described' : `${result.weighing.coordination} for coordination`)
        + `; for this relationship the controls may weigh up to ${result.weighing.allowance} more.`) : null,
      explanation(result.explanation, 'How this was decided')),
    h(`h${headingLevel}`, {}, `What to do about the contract (${result.recommendations.length})`),
    result.recommendations.map((r) => recommendationCard(r, { headingLevel: headingLevel + 1 })),
  ];
}

export async function contract(view, { query }) {
  const codes = await enums({
    control: ['ContractBalanceRequestContract', 'controlProvisions'], coordination: ['ContractBalanceRequestContract', 'coordinationProvisions'],
    stage: ['ContractBalanceRequestRelationship', 'stage'], trust: ['ContractBalanceRequestRelationship', 'trust'],
    purpose: ['ContractBalanceRequestAllianceFacts', 'purpose'], ip: ['ContractBalanceRequestAllianceFacts', 'ipSensitivity'],
    trend: ['ContractBalanceRequestInnovation', 'outputTrend'], reaction: ['ContractBalanceRequestPartnerSide', 'reactionToDraft'],
  });
  const summary = errorSummary();
  const results = h('div', { class: 'section', 'aria-live': 'polite' }); // its headings name what it holds, once it holds it
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Weigh the contract');
  const form = h('form', { novalidate: true },
    summary,
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'What the contract contains'),
      contractFields(codes)),
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'The relationship'),
      h('div', { class: 'grid-2' },
        selectField({ name: 'relationship.stage', label: 'Stage of trust', help: 'Early trust rests on calculation and the contract; later on knowing each other; mature trust on shared identity.',
          unknown: 'Not known', options: options('stage', codes.stage) }),
        selectField({ name: 'relationship.trust', label: 'Trust in the partner', help: 'From a health check or an assessment.', unknown: 'Not known', options: options('trustLevel', codes.trust) }),
        numberField({ name: 'relationship.priorAlliances', label: 'Earlier alliances with this partner', min: 0, max: 1000 }))),
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'The alliance'),
      h('div', { class: 'grid-2' },
        selectField({ name: 'alliance.purpose', label: 'Purpose', unknown: 'Not given', options: options('purpose', codes.purpose) }),
        selectField({ name: 'alliance.ipSensitivity', label: 'Sensitivity of the intellectual property', unknown: 'Not known', options: options('ipSensitivity', codes.ip) }),
        numberField({ name: 'alliance.ageMonths', label: 'Age of the alliance', unit: 'months', min: 0, max: 1200, help: 'Empty or 0 for an alliance not yet started.' }),
        numberField({ name: 'alliance.expectedDurationYears', label: 'Expected duration', unit: 'years', min: 0, max: 100 }),
        booleanField({ name: 'alliance.governmentFacing', label: 'Will the alliance\'s work deal with public officials?',
          help: 'For example licences, permits, customs or public contracts.' }))),
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'Innovation and the partner'),
      h('div', { class: 'grid-2' },
        selectField({ name: 'innovation.outputTrend', label: 'Trend of the alliance\'s innovation output', unknown: 'Not known', options: options('outputTrend', codes.trend) }),
        selectField({ name: 'innovation.taskChallenge', label: 'How much the partners still challenge each other\'s ideas (1 to 5)', unknown: 'Not known', dataType: 'int',
          options: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })) }),
        booleanField({ name: 'partner.relationshipBased', label: 'Does the partner build trust through relationships rather than documents?',
          help: 'In many business cultures a long, detailed contract early on reads as distrust.' }),
        selectField({ name: 'partner.reactionToDraft', label: 'How did the partner react to the draft?', unknown: 'Not known yet', options: options('reactionToDraft', codes.reaction) }),
        countryField({ name: 'partner.country', label: 'Partner\'s country',
          help: 'Its perceived corruption risk decides whether the draft needs anti-corruption and audit clauses.' }))),
    h('div', { class: 'actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problems = validateAll(form);
    if (problems.length) { showErrors(form, summary, problems); return; }
    submit.disabled = true;
    try {
      const result = await api('/api/v1/contract-balance', { method: 'POST', body: readForm(form) });
      remember('contract', result);
      clearErrors(form, summary);
      show(result, true);
      announce(`The contract looks ${label('position', result.position).toLowerCase()}.`);
    } catch (error) {
      showServerError(form, summary, error);
    } finally {
      submit.disabled = false;
    }
  });

  function show(result, focus) {
    fill(results,
      h('h2', { id: 'contract-result-heading', tabindex: '-1' }, 'Where the contract stands'),
      contractPosition(result));
    if (focus) results.querySelector('h2').focus();
  }

  add(view, pageHeading('Contract balance'),
    h('p', { class: 'lead' }, 'A contract and trust work best together: too few safeguards leave the company exposed, too many controls tell the partner it is not trusted. Describe the draft and the relationship; the advisor says where the contract stands and what to change.'),
    form, results);
  validateAsYouType(form);
  restoreValues(form, loadDraft('contract'));
  const deal = await fillFromCaseFile(form, 'contract', query.get('alliance'), { clear: () => clearForm(form) });
  keepDraft(form, 'contract');
  const previous = recall('contract');
  if (previous && loadDraft('contract') && !(deal && deal.another)) show(previous, false);
}
