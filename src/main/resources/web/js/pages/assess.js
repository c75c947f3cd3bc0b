// The partner assessment as a guided form: the deal, the decision context, then the evidence one
// trust element at a time, and a review. Unknown is allowed everywhere; the draft is kept in this
// tab, so leaving the page or a refused submission never loses what was typed.
import { api } from '../api.js';
import { fillFromCaseFile } from '../case-file-deal.js';
import { enums, evidenceByElement, fitAndPower, ourSideCatalogue } from '../catalogue.js';
import { add, announce, fill, h, pageHeading } from '../dom.js';
import { evidenceGroup, fitGroups, knownCounts, powerGroup, trackKnown } from '../evidence.js';
import {
  booleanField, countryField, dropDraft, errorSummary, keepDraft, listTextField, loadDraft, numberField, readForm, restoreValues,
  saveDraft, selectField, showErrors, showServerError, textField, validateAll, validateAsYouType,
} from '../forms.js';
import { label, options } from '../labels.js';
import { remember } from '../session.js';
import { contractFields } from './contract.js';

const DRAFT = 'assess';
const STEP_KEY = 'assess.step';


export async function assessForm(view, { query, go }) {
  const [groups, deal, codes, alliances, ourSide] = await Promise.all([
    evidenceByElement(),
    fitAndPower(),
    enums({ purpose: ['PartnerAssessmentRequestAlliancePlan', 'purpose'], ip: ['PartnerAssessmentRequestAlliancePlan', 'ipSensitivity'],
      ceo: ['PartnerAssessmentRequestDecisionContext', 'ceoCommitment'], pressure: ['PartnerAssessmentRequestDecisionContext', 'timePressure'],
      control: ['ContractTerms', 'controlProvisions'], coordination: ['ContractTerms', 'coordinationProvisions'], reaction: ['ContractTerms', 'reactionToDraft'] }),
    api('/api/v1/alliances?size=100'),
    ourSideCatalogue(),
  ]);

  const steps = [
    {
      title: 'Partner and alliance',
      body: () => [
        h('p', { class: 'section-intro' }, 'Who the candidate partner is and what the alliance is for. Only the name and the purpose are required.'),
        selectField({ name: 'allianceId', label: 'Case file', help: 'Store this assessment in an alliance\'s case file, or leave it unstored.',
          unknown: 'Do not store it', options: alliances.items.map((a) => ({ value: a.id, label: `${a.partner.name} — ${label('purpose', a.purpose)}` })) }),
        textField({ name: 'partner.name', label: 'Partner\'s name', required: true, maxLength: 200, autocomplete: 'organization' }),
        countryField({ name: 'partner.country', label: 'Partner\'s country' }),
        textField({ name: 'partner.industry', label: 'Partner\'s industry', maxLength: 200 }),
        countryField({ name: 'alliance.ourCountry', label: 'Our country',
          help: 'With the partner\'s country, the result also compares the two cultures and says how to adapt.' }),
        selectField({ name: 'alliance.purpose', label: 'Purpose of the alliance', required: true, options: options('purpose', codes.purpose) }),
        listTextField({ name: 'alliance.scopeDomains', label: 'Domains the alliance covers', help: 'Separate them with commas, for example: R&D, manufacturing, sales.' }),
        selectField({ name: 'alliance.ipSensitivity', label: 'Sensitivity of the intellectual property involved', unknown: 'Not known yet', options: options('ipSensitivity', codes.ip) }),
        numberField({ name: 'alliance.expectedDurationYears', label: 'Expected duration', unit: 'years', min: 0, max: 100, help: 'Leave empty if not known.' }),
        booleanField({ name: 'alliance.virtual', label: 'Will the teams work mostly at a distance?', help: 'A virtual alliance relies more on written communication and early, swift trust.', yes: 'Yes, mostly at a distance', no: 'No, largely face to face' }),
        booleanField({ name: 'alliance.governmentFacing', label: 'Will the alliance\'s work deal with public officials?',
          help: 'For example licences, permits, customs or public contracts.' }),
        booleanField({ name: 'alliance.intermediaries', label: 'Will agents, consultants or introducers act for either side?',
          help: 'Anyone paid to win business, obtain permits or make introductions on the alliance\'s behalf, ours or the partner\'s. Where corruption risk is high or medium, they widen the company\'s own legal exposure and the contract must control them. How to find out: ask both deal teams who is paid to help win or run the business, and read the partner\'s answers on third parties in the due-diligence questionnaire.' }),
        numberField({ name: 'alliance.priorAlliances', label: 'Earlier alliances with this partner', min: 0, max: 1000, help: 'How many alliances our company has already had with this partner. Leave empty if not known.' }),
      ],
    },
    {
      title: 'Decision context',
      body: () => [
        h('p', { class: 'section-intro' }, 'How the decision is being made. Pressure from the top or the clock is where due diligence is most often cut short.'),
        selectField({ name: 'context.ceoCommitment', label: 'How set is the CEO on this partner?', unknown: 'Not known', options: options('ceoCommitment', codes.ceo) }),
        selectField({ name: 'context.timePressure', label: 'Time pressure on the decision', unknown: 'Not known', options: options('timePressure', codes.pressure) }),
        numberField({ name: 'context.alternativesConsidered', label: 'Other candidate partners considered', min: 0, max: 1000, help: 'Leave empty if not known.' }),
      ],
    },
    {
      title: 'Our own side',
      body: () => [
        h('p', { class: 'section-intro' }, 'What our side has done in the deal. Stalls and breaches are often two-sided: this never lowers the partner\'s trust profile, it is read as the risk we create ourselves, with advice addressed to us.'),
        ourSide.map((f) => selectField({ name: `context.ourSide.${f.name}`, label: f.label, help: `${f.help} How to find out: ${f.collect}`,
          unknown: 'Not known yet', options: f.values.map((v) => ({ value: v.value, label: v.label.charAt(0).toUpperCase() + v.label.slice(1) })) })),
      ],
    },
    ...groups.map((g) => ({ title: g.element.name, element: g.element.id, body: () => [evidenceGroup(g, { headingLevel: 3 })] })),
    {
      title: 'Partner fit',
      counted: deal.fit.map((g) => `FIT_${g.kind}`),
      body: () => [
        h('p', { class: 'section-intro' }, 'Beside trust: does the partner bring what the alliance needs, and can the two firms work together? A trusted partner that brings nothing the alliance needs is a friend, not a partner. Fit is judged apart from trust and never counts towards its confidence; anything not known stays a gap to close, never good or bad news.'),
        fitGroups(deal.fit),
      ],
    },
    {
      title: 'Power and dependence',
      counted: ['POWER'],
      body: () => [
        h('p', { class: 'section-intro' }, 'How much each side needs the other. When we depend on the partner far more than it depends on us, the advice says how to reduce that; when the relationship is healthy, how to build dependence both ways.'),
        powerGroup(deal.power),
      ],
    },
    {
      title: 'The contract (optional)',
      body: () => [
        h('p', { class: 'section-intro' }, 'If a draft contract is on the table, describe it: the result then also says whether it supports or undermines the relationship. Leave this step empty otherwise.'),
        contractFields(codes),
        h('div', { class: 'grid-2' },
          selectField({ name: 'contract.reactionToDraft', label: 'How did the partner react to the draft?', unknown: 'Not known yet', options: options('reactionToDraft', codes.reaction) }),
          booleanField({ name: 'contract.partnerRelationshipBased', label: 'Does the partner build trust through relationships rather than documents?' })),
      ],
    },
    { title: 'Review and assess', review: true, body: () => [h('div', { class: 'review' })] },
  ];

  const summary = errorSummary();
  const stepButtons = steps.map((s, i) => h('button', { type: 'button', 'data-step': String(i), onclick: () => show(i) },
    h('span', { class: 'step-count' }, `${i + 1}.`), ` ${s.title}`));
  const sections = steps.map((s, i) => h('section', { class: 'form-section step', 'data-step': String(i), 'aria-labelledby': `step-${i}-title`, hidden: true },
    h('h2', { id: `step-${i}-title`, tabindex: '-1' }, `Step ${i + 1} of ${steps.length}: ${s.title}`),
    s.body()));
  const back = h('button', { type: 'button', onclick: () => show(current - 1) }, 'Back');
  const next = h('button', { type: 'submit', class: 'primary', 'data-action': 'next' }, 'Next');
  const assess = h('button', { type: 'submit', class: 'primary', 'data-action': 'assess' }, 'Assess the partner');
  const assessEarly = h('button', { type: 'submit', 'data-action': 'assess' }, 'Assess with what is known');
  const form = h('form', { novalidate: true, class: 'assessment-form', 'aria-labelledby': 'assess-title' },
    summary,
    h('nav', { 'aria-label': 'Steps of the assessment' }, h('ol', { class: 'steps' }, stepButtons.map((b) => h('li', {}, b)))),
    sections,
    h('div', { class: 'actions' }, back, next, assess, assessEarly,
      h('button', { type: 'button', class: 'link', onclick: startAgain }, 'Clear the form and start again')));

  let current = 0;
  function show(i, { focus = true } = {}) {
    current = Math.max(0, Math.min(steps.length - 1, i));
    sections.forEach((s, n) => { s.hidden = n !== current; });
    stepButtons.forEach((b, n) => { if (n === current) b.setAttribute('aria-current', 'step'); else b.removeAttribute('aria-current'); });
    back.disabled = current === 0;
    next.hidden = current === steps.length - 1;
    assess.hidden = current !== steps.length - 1;
    assessEarly.hidden = current === steps.length - 1 || current === 0;
    if (steps[current].review) renderReview();
    try { sessionStorage.setItem(`advisor.draft.${STEP_KEY}`, String(current)); } catch { /* storage off */ }
    if (focus) sections[current].querySelector('h2').focus();
  }

  function stepOf(element) {
    const section = element.closest('section.step');
    return section ? Number(section.dataset.step) : current;
  }

  function renderReview() {
    const box = sections[steps.length - 1].querySelector('.review');
    const counts = knownCounts(form);
    const body = readForm(form);
    fill(box, 
      h('p', {}, body.partner && body.partner.name ? `Partner: ${body.partner.name}` : 'The partner\'s name is still missing (step 1).',
        body.alliance && body.alliance.purpose ? ` · Purpose: ${label('purpose', body.alliance.purpose)}` : ' · The purpose is still missing (step 1).'),
      h('ul', {}, steps.filter((s) => s.element || s.counted).map((s) => {
        const groupsCounted = s.element ? [s.element] : s.counted;
        const known = groupsCounted.reduce((n, g) => n + (counts[g] ? counts[g].known : 0), 0);
        const total = groupsCounted.reduce((n, g) => n + (counts[g] ? counts[g].total : 0), 0);
        return h('li', {}, `${s.title}: ${known} of ${total} items known`);
      })),
      h('p', { class: 'muted' }, 'Unknown items are never guessed: they lower the confidence of the result and come back as due-diligence actions.'));
  }

  function startAgain() {
    dropDraft(DRAFT);
    form.reset();
    form.querySelectorAll('input, select, textarea').forEach((c) => { if (c.type !== 'checkbox' && c.type !== 'radio') c.value = ''; });
    form.dispatchEvent(new Event('change'));
    announce('The form has been cleared.');
    show(0);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const action = event.submitter ? event.submitter.dataset.action : (current === steps.length - 1 ? 'assess' : 'next');
    if (action === 'next') {
      const problems = validateAll(sections[current]);
      if (problems.length) { showErrors(form, summary, problems); return; }
      show(current + 1);
      return;
    }
    const problems = validateAll(form);
    if (problems.length) {
      showErrors(form, summary, problems, { reveal: (w) => show(stepOf(w), { focus: false }) });
      show(stepOf(form.querySelector(`[data-field="${CSS.escape(problems[0].field)}"]`)), { focus: false });
      summary.focus();
      return;
    }
    const body = readForm(form);
    if (body.partner && body.partner.country) body.partner.country = body.partner.country.toUpperCase();
    if (body.alliance && body.alliance.ourCountry) body.alliance.ourCountry = body.alliance.ourCountry.toUpperCase();
    assess.disabled = true;
    assessEarly.disabled = true;
    try {
      const output = await api('/api/v1/partner-assessments', { method: 'POST', body });
      remember('assessment', { input: body, output });
      announce(`Assessment done: ${label('verdict', output.verdict.value)}.`);
      go(output.assessmentId ? `/assessments/${encodeURIComponent(output.assessmentId)}` : '/result');
    } catch (error) {
      const wrapper = error.field ? form.querySelector(`[data-field="${CSS.escape(error.field)}"]`) : null;
      if (wrapper) show(stepOf(wrapper), { focus: false });
      showServerError(form, summary, error, { reveal: (w) => show(stepOf(w), { focus: false }) });
    } finally {
      assess.disabled = false;
      assessEarly.disabled = false;
    }
  });

  add(view, pageHeading('Assess a candidate partner'),
    h('p', { class: 'lead', id: 'assess-title' }, 'Describe what due diligence found, element by element. Leave anything you do not know as "Not known yet": the advisor never guesses, and tells you what to find out.'),
    form);

  validateAsYouType(form);
  trackKnown(form);
  const draft = loadDraft(DRAFT);
  restoreValues(form, draft);
  await prefillFromCaseFile(form, query.get('alliance'), draft);
  keepDraft(form, DRAFT);
  form.dispatchEvent(new Event('change'));
  let step = 0;
  try { step = Number(sessionStorage.getItem(`advisor.draft.${STEP_KEY}`)) || 0; } catch { /* storage off */ }
  show(query.get('alliance') ? 0 : step, { focus: false });
}

/**
 * Opening the form from a case file fills in what the case file knows (the partner and the purpose) and
 * stores the result there; a draft for another partner is dropped rather than mixed with this one.
 */
async function prefillFromCaseFile(form, allianceId, draft) {
  if (!allianceId) return;
  const forAnother = draft && draft.allianceId && draft.allianceId !== allianceId;
  const clear = () => {
    form.querySelectorAll('input, select, textarea').forEach((c) => { if (c.type === 'checkbox' || c.type === 'radio') c.checked = false; else c.value = ''; });
    saveDraft(DRAFT, {});
  };
  if (forAnother) clear();
  await fillFromCaseFile(form, 'assess', allianceId, { clear });
}
