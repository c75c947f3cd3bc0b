// An alliance's case file (the alliance, what can be done for it, its assessments and timeline),
// and the form that opens or updates one.
import { api } from '../api.js';
import { briefPdfButton } from '../brief-download.js';
import { enums } from '../catalogue.js';
import { countryName } from '../countries.js';
import { add, announce, badge, formatDate, h, link, pageHeading } from '../dom.js';
import {
  countriesField, countryField, dropDraft, errorSummary, keepDraft, loadDraft, readForm, restoreValues, selectField, showErrors,
  showServerError, textAreaField, textField, validateAll, validateAsYouType,
} from '../forms.js';
import { label, options, tone } from '../labels.js';
import { planStepsSection } from '../plan-steps.js';

const RECORD_ROUTES = {
  ASSESSMENT: (id) => `/assessments/${id}`,
  CHECKLIST: (id) => `/checklists/${id}`,
  DIAGNOSIS_STARTED: (id) => `/diagnoses/${id}`,
  DIAGNOSIS_DETERMINED: (id) => `/diagnoses/${id}`,
};

export async function caseFile(view, { params: [id] }) {
  const file = await api(`/api/v1/alliances/${encodeURIComponent(id)}`);
  const a = file.alliance;
  const enc = encodeURIComponent(a.id);
  const latest = file.assessments.length ? file.assessments[file.assessments.length - 1] : null;
  const planRoute = `/plan?alliance=${enc}${latest ? `&assessment=${encodeURIComponent(latest.id)}` : ''}`;
  const planSteps = await planStepsSection(file.timeline, planRoute);
  add(view, 
    pageHeading(a.partner.name),
    h('p', { class: 'lead' }, `${label('purpose', a.purpose)} alliance · `, badge(label('allianceStatus', a.status), 'neutral')),
    h('dl', { class: 'summary panel' },
      term('Partner', [a.partner.name, a.partner.country ? ` (${countryName(a.partner.country)})` : '', a.partner.industry ? `, ${a.partner.industry}` : '']),
      term('Owner', a.owner || '–'),
      term('Countries involved', a.countries && a.countries.length ? a.countries.map(countryName).join(', ') : '–'),
      term('Description', a.description || '–'),
      term('Opened', formatDate(a.createdAt, true)),
      term('Last updated', `${formatDate(a.updatedAt, true)} (version ${a.version})`)),
    h('div', { class: 'actions' },
      link(`/assess?alliance=${enc}`, 'Assess this partner', { class: 'button primary' }),
      latest ? briefPdfButton({ allianceId: file.alliance.id }) : null,
      link(`/alliances/${enc}/health/new`, 'Record a health check', { class: 'button' }),
      link(`/alliances/${enc}/health`, 'Trust health and trend', { class: 'button' }),
      link(`/diagnosis?alliance=${enc}`, 'Diagnose a breach of trust', { class: 'button' }),
      link(`/checklists/new?alliance=${enc}${latest ? `&assessment=${encodeURIComponent(latest.id)}` : ''}`, 'Build a due-diligence checklist', { class: 'button' }),
      link(`/compare?alliance=${enc}`, 'Compare with other candidates', { class: 'button' }),
      link(`/contract?alliance=${enc}`, 'Check the contract\'s balance', { class: 'button' }),
      link(`/culture?alliance=${enc}`, 'Adapt to the partner\'s culture', { class: 'button' }),
      link(planRoute, 'Make a trust-building plan', { class: 'button' }),
      link(`/alliances/${enc}/edit`, 'Edit the case file', { class: 'button' })),

    h('section', { class: 'section', 'aria-labelledby': 'assessments-heading' },
      h('h2', { id: 'assessments-heading' }, `Assessments (${file.assessments.length})`),
      file.assessments.length ? h('div', { class: 'table-scroll' }, h('table', { class: 'data' },
        h('thead', {}, h('tr', {}, ['Made', 'Verdict', 'Rules version', 'Open'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, [...file.assessments].reverse().map((s) => h('tr', {},
          h('td', {}, formatDate(s.createdAt, true)),
          h('td', {}, badge(label('verdict', s.verdict), tone('verdict', s.verdict))),
          h('td', {}, h('code', {}, s.rulesVersion)),
          h('td', {}, link(`/assessments/${encodeURIComponent(s.id)}`, 'Result', { 'aria-label': `Result of the assessment made ${formatDate(s.createdAt, true)}` }),
            ' · ', link(`/brief/${encodeURIComponent(s.id)}`, 'CEO brief', { 'aria-label': `CEO brief of the assessment made ${formatDate(s.createdAt, true)}` })))))))
        : h('p', {}, 'No assessment is stored yet. ', link(`/assess?alliance=${enc}`, 'Assess this partner'), ' to start.')),

    planSteps,

    h('section', { class: 'section', 'aria-labelledby': 'timeline-heading' },
      h('h2', { id: 'timeline-heading' }, 'Timeline'),
      h('ol', { class: 'timeline' }, [...file.timeline].reverse().map((t) => {
        const route = t.recordId && RECORD_ROUTES[t.kind] ? RECORD_ROUTES[t.kind](encodeURIComponent(t.recordId))
          : t.kind === 'HEALTH_CHECK' ? `/alliances/${enc}/health` : null;
        return h('li', { 'data-kind': t.kind },
          h('time', { datetime: t.at }, formatDate(t.at, true)),
          route ? link(route, t.summary) : t.summary);
      }))));
}

function term(name, value) {
  return [h('dt', {}, name), h('dd', {}, value)];
}

/** Opens a case file, or (with an id) updates one, sending the version read so that no change is overwritten unseen. */
export async function allianceForm(view, { params: [id], go }) {
  const codes = await enums({ purpose: ['AllianceDraft', 'purpose'], status: ['AllianceDraft', 'status'] });
  const existing = id ? (await api(`/api/v1/alliances/${encodeURIComponent(id)}`)).alliance : null;
  const draftKey = existing ? `alliance.${existing.id}` : 'alliance.new';
  const summary = errorSummary();
  const save = h('button', { type: 'submit', class: 'primary' }, existing ? 'Save the changes' : 'Open the case file');
  const form = h('form', { novalidate: true },
    summary,
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'The partner'),
      textField({ name: 'partner.name', label: 'Partner\'s name', required: true, maxLength: 200, value: existing ? existing.partner.name : '' }),
      countryField({ name: 'partner.country', label: 'Partner\'s country', value: existing ? existing.partner.country || '' : '' }),
      textField({ name: 'partner.industry', label: 'Partner\'s industry', maxLength: 200, value: existing ? existing.partner.industry || '' : '' })),
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'The alliance'),
      selectField({ name: 'purpose', label: 'Purpose', required: true, options: options('purpose', codes.purpose), value: existing ? existing.purpose : '' }),
      selectField({ name: 'status', label: 'Status', options: options('allianceStatus', codes.status.filter((s) => s !== 'ARCHIVED')),
        value: existing ? existing.status : 'PROSPECT', required: true }),
      countriesField({ name: 'countries', label: 'Countries involved', value: existing ? existing.countries || [] : [] }),
      textField({ name: 'owner', label: 'Owner', help: 'Who in our company is responsible for this alliance.', maxLength: 200, value: existing ? existing.owner || '' : '' }),
      textAreaField({ name: 'description', label: 'Description', help: 'What the alliance is meant to achieve, in a few sentences.', maxLength: 10000, value: existing ? existing.description || '' : '' })),
    h('div', { class: 'actions' }, save,
      link(existing ? `/alliances/${encodeURIComponent(existing.id)}` : '/', 'Cancel', { class: 'button' })));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problems = validateAll(form);
    if (problems.length) { showErrors(form, summary, problems); return; }
    const body = readForm(form);
    if (body.partner.country) body.partner.country = body.partner.country.toUpperCase();
    if (body.countries) body.countries = body.countries.map((c) => c.toUpperCase());
    save.disabled = true;
    try {
      const saved = existing
        ? await api(`/api/v1/alliances/${encodeURIComponent(existing.id)}`, { method: 'PUT', body: { ...body, version: existing.version } })
        : await api('/api/v1/alliances', { method: 'POST', body });
      dropDraft(draftKey);
      announce(existing ? 'The case file was updated.' : 'The case file was opened.');
      go(`/alliances/${encodeURIComponent(saved.id)}`);
    } catch (error) {
      if (error.status === 409) error.message += ' Your changes are still in the form: copy what you need, then reload the page to see the current version.';
      showServerError(form, summary, error);
    } finally {
      save.disabled = false;
    }
  });

  add(view, pageHeading(existing ? `Edit the case file of ${existing.partner.name}` : 'Open a case file'),
    h('p', { class: 'lead' }, 'A case file keeps an alliance\'s assessments, diagnoses, checklists and health checks together, with a timeline of what was done.'),
    form);
  validateAsYouType(form);
  restoreValues(form, loadDraft(draftKey));
  keepDraft(form, draftKey);
}
