// Trust health checks: recording one (survey answers from both sides, indicators, events) and the
// alliance's health over time, with a trend chart and the warnings the monitoring rules raise.
import { api } from '../api.js';
import { enums, trustSurvey } from '../catalogue.js';
import { trendChart, trendTable } from '../charts.js';
import { add, announce, badge, fill, formatDate, h, link, notice, pageHeading, today, uid } from '../dom.js';
import { fold, summaryPanel } from '../summary.js';
import { recommendationCard } from '../explain.js';
import {
  checkboxesField, errorSummary, loadDraft, numberField, rawValues, readForm, restoreValues, saveDraft, dropDraft, selectField,
  showErrors, showServerError, textField, validateAll, validateAsYouType,
} from '../forms.js';
import { label, options, tone } from '../labels.js';

const ELEMENTS = ['COMPETENCE', 'INTEGRITY', 'BENEVOLENCE', 'PREDICTABILITY'];
const MIN_RESPONDENTS = 3;
const SCALE = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: n === 1 ? '1 (lowest)' : n === 5 ? '5 (highest)' : String(n) }));

export async function healthView(view, { params: [id] }) {
  const health = await api(`/api/v1/alliances/${encodeURIComponent(id)}/health`);
  const enc = encodeURIComponent(id);
  const overdue = health.warnings.some((w) => w.id === 'health-check-overdue');
  add(view, 
    pageHeading(`Trust health: ${health.partner}`),
    h('p', { class: 'muted' }, `As of ${formatDate(health.asOf)} · `, link(`/alliances/${enc}`, 'case file'), ` · rules version ${health.version}`),
    health.checks.length ? summaryPanel(health.summary) : null,
    h('div', { class: 'actions' }, link(`/alliances/${enc}/health/new`, 'Record a health check', { class: 'button primary' })));

  if (!health.checks.length) {
    add(view, h('p', { class: 'section' }, 'No health check has been recorded for this alliance yet.'));
    return;
  }
  add(view, 
    health.notEvaluated ? notice(health.notEvaluated, 'warning', 'status') : null,
    h('dl', { class: 'grid-3 section' },
      stat('Overall trust', [badge(label('level', health.overallLevel), tone('level', health.overallLevel)),
        health.overallScore ? ` ${health.overallScore.toFixed(2)} / 5` : '']),
      stat('Trend', badge(label('trend', health.trend), tone('trend', health.trend)), 'trend'),
      stat('Stage of trust', label('stage', health.stage)),
      stat('Checks', `${health.checks.length}, the last on ${formatDate(health.lastCheck)}`),
      stat('Next check due', [formatDate(health.nextCheckDue), overdue ? [' ', badge('Overdue', 'bad')] : null]),
      stat('Pace', label('pace', health.pace))),

    h('section', { class: 'section', 'aria-labelledby': 'trend-heading' },
      h('h2', { id: 'trend-heading' }, 'Trust over time'),
      h('figure', { class: 'panel' }, trendChart(health.series),
        h('figcaption', { class: 'muted' }, 'Mean survey score per trust element at each check, both sides together (1 to 5). The dashed line is overall trust.')),
      h('details', { class: 'explain' }, h('summary', {}, 'The numbers behind the chart'), h('div', { class: 'explanation' }, trendTable(health.series)))),

    h('section', { class: 'section', 'aria-labelledby': 'levels-heading' },
      h('h2', { id: 'levels-heading' }, 'Each element now'),
      h('ul', { class: 'row plain' }, ELEMENTS.filter((e) => health.levels[e]).map((e) => h('li', {},
        `${label('element', e)}: `, badge(label('level', health.levels[e]), tone('level', health.levels[e])))))),

    h('section', { class: 'section', 'aria-labelledby': 'warnings-heading' },
      h('h2', { id: 'warnings-heading' }, `Warnings and advice (${health.warnings.length})`),
      health.warnings.length ? health.warnings.map((w) => recommendationCard(w)) : h('p', {}, 'No warning: trust looks healthy on the evidence so far.')),

    fold('checks-heading', `Checks recorded (${health.checks.length})`,
      h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'checks-heading' }, h('table', { class: 'data' },
        h('thead', {}, h('tr', {}, ['Date', 'Respondents', 'Overall', ...ELEMENTS.map((e) => label('element', e)), 'Events'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, [...health.checks].reverse().map((c) => {
          const all = c.scores.ALL || {};
          const fmt = (v) => (typeof v === 'number' ? v.toFixed(2) : '–');
          return h('tr', {},
            h('th', { scope: 'row' }, formatDate(c.date)),
            h('td', {}, Object.keys(c.respondents).length ? Object.entries(c.respondents).map(([side, n]) => `${label('side', side)}: ${n}`).join(', ')
              : 'No survey: trust not measured',
              c.withheld && c.withheld.length ? h('span', { class: 'reverse-note' }, `Not shown separately (fewer than ${MIN_RESPONDENTS}): ${c.withheld.map((s) => label('side', s)).join(', ')}`) : null),
            h('td', {}, fmt(all.OVERALL)),
            ELEMENTS.map((e) => h('td', {}, fmt(all[e]))),
            h('td', {}, c.events && c.events.length ? c.events.map((e) => label('event', e)).join('; ') : '–'));
        }))))));
}

function stat(term, value, key) {
  return h('div', { class: 'stat', 'data-stat': key }, h('dt', {}, term), h('dd', {}, value));
}

export async function recordHealth(view, { params: [id], go }) {
  const [file, survey, codes] = await Promise.all([
    api(`/api/v1/alliances/${encodeURIComponent(id)}`),
    trustSurvey(),
    enums({ side: ['HealthCheckRequestRespondent', 'side'], frequency: ['HealthCheckRequestIndicators', 'communicationFrequency'],
      turnover: ['HealthCheckRequestIndicators', 'boundarySpannerTurnover'], events: ['HealthCheckRequest', 'events'] }),
  ]);
  const draftKey = `health.${id}`;
  const draft = loadDraft(draftKey);
  let sides = draft && draft.sides ? draft.sides : ['OURS', 'OURS', 'OURS', 'PARTNER', 'PARTNER', 'PARTNER'];
  const summary = errorSummary();
  const grid = h('div', { class: 'field survey-field', 'data-field': 'responses' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Record the health check');

  // A check may record indicators and events alone, for history and KPIs; it then measures no trust.
  const noSurvey = h('input', { type: 'checkbox', id: uid('nosurvey'), name: 'noSurvey', checked: Boolean(draft && draft.noSurvey) });
  const surveySection = h('fieldset', { class: 'form-section' }, h('legend', {}, 'Survey answers'),
    h('p', { class: 'section-intro' }, 'One column per respondent; each statement is answered from 1 (strongly disagree) to 5 (strongly agree). '
      + `Answers are reduced to anonymous averages before anything is stored, and a side with fewer than ${MIN_RESPONDENTS} respondents is not shown separately. `
      + 'Leave a statement empty if the respondent skipped it.'),
    grid);
  const showSurvey = () => { surveySection.hidden = noSurvey.checked; };
  noSurvey.addEventListener('change', showSurvey);
  const scale = (name, text, help) => selectField({ name: `indicators.${name}`, label: text, help, unknown: 'Not measured', options: SCALE, dataType: 'int' });
  const form = h('form', { novalidate: true, class: 'wide' },
    summary,
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'The check'),
      textField({ name: 'date', label: 'Date of the check', help: 'The day the survey closed; today unless you are entering an earlier check.', value: today(), required: true, size: 12,
        pattern: '\\d{4}-\\d{2}-\\d{2}', patternMessage: 'Enter the date as YYYY-MM-DD, for example 2025-03-31.', type: 'date' })),
    h('div', { class: 'field' },
      h('label', { for: noSurvey.id }, noSurvey, ' Record indicators and events only, without a trust survey'),
      h('p', { class: 'help' }, 'For a review of KPIs and events. Trust is then not measured at this check: it is shown as not measured, never as good, and the next survey stays due.')),
    surveySection,
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'Key indicators'),
      h('p', { class: 'section-intro' }, 'All optional; 1 is the lowest and 5 the highest.'),
      h('div', { class: 'grid-2' },
        selectField({ name: 'indicators.communicationFrequency', label: 'How often the partners communicate', unknown: 'Not measured', options: options('frequency', codes.frequency) }),
        scale('communicationQuality', 'Quality of communication'),
        scale('informationSharing', 'Openness in sharing information'),
        scale('resourceSharing', 'Sharing of resources'),
        scale('jointDecisions', 'Decisions taken jointly'),
        scale('riskSharing', 'Sharing of risks'),
        numberField({ name: 'indicators.conflictResolutionDays', label: 'Typical time to resolve a conflict', unit: 'days', min: 0, max: 3650 }),
        selectField({ name: 'indicators.boundarySpannerTurnover', label: 'Turnover of the people who manage the relationship', unknown: 'Not measured', options: options('turnover', codes.turnover) }),
        numberField({ name: 'indicators.innovationOutput', label: 'Innovation output in the period', help: 'A count you track consistently, such as joint patents filed or ideas taken forward.', min: 0, max: 1000000 }),
        scale('taskChallenge', 'How much the partners still challenge each other\'s ideas', 'Low challenge with very high trust can be a sign of over-trust.'),
        numberField({ name: 'indicators.revenueVsPlan', label: 'Revenue or financial result, as a share of plan', unit: '%', help: '100 means on plan.', min: 0, max: 10000 }),
        numberField({ name: 'indicators.costVsBudget', label: 'Cost, as a share of budget', unit: '%', help: '100 means on budget.', min: 0, max: 10000 }),
        numberField({ name: 'indicators.priorAlliances', label: 'Alliances completed with this partner before this one', help: 'Part of the history trust rests on; it sets the trust stage with the months of working together.', min: 0, max: 1000 }))),
    h('div', { class: 'form-section' },
      checkboxesField({ name: 'events', legend: 'Notable events since the last check', options: options('event', codes.events) })),
    h('div', { class: 'actions' }, submit, link(`/alliances/${encodeURIComponent(id)}/health`, 'Cancel', { class: 'button' })));

  function buildGrid() {
    const values = rawValues(form);
    const byElement = [...ELEMENTS.map((e) => ({ element: label('element', e), items: survey.filter((s) => s.element === e) })),
      { element: 'Shared identity (what the deepest trust stage rests on; not part of the trust level)', items: survey.filter((s) => s.measures === 'IDENTIFICATION') }]
      .filter((g) => g.items.length);
    const colIds = sides.map(() => uid('col'));
    const counters = {};
    const headers = sides.map((side, r) => {
      counters[side] = (counters[side] || 0) + 1;
      return h('th', { scope: 'col', id: colIds[r], 'data-field': `responses[${r}]` },
        h('span', {}, `${label('side', side)} ${counters[side]}`),
        h('input', { type: 'hidden', name: `responses[${r}].side`, value: side }),
        h('button', { type: 'button', class: 'link', onclick: () => removeRespondent(r), 'aria-label': `Remove respondent: ${label('side', side)} ${counters[side]}` }, 'Remove'),
        h('p', { class: 'field-error', hidden: true }));
    });
    const table = h('table', { class: 'data survey-grid' },
      h('caption', { class: 'visually-hidden' }, 'Survey answers: statements in rows, respondents in columns'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Statement'), headers)),
      h('tbody', {}, byElement.flatMap(({ element, items }) => [
        h('tr', { class: 'element-row' }, h('th', { scope: 'rowgroup', colspan: String(sides.length + 1) }, element)),
        ...items.map((item) => {
          const rowId = uid('row');
          return h('tr', {},
            h('th', { scope: 'row', id: rowId }, item.text, item.reverse ? h('span', { class: 'reverse-note' }, 'Worded in reverse: agreeing means less trust. Answer it as written.') : null),
            sides.map((_, r) => h('td', {}, h('select', { name: `responses[${r}].answers.${item.id}`, 'aria-labelledby': `${colIds[r]} ${rowId}`, 'data-type': 'int' },
              h('option', { value: '' }, '–'), SCALE.map((o) => h('option', { value: o.value }, o.value))))));
        }),
      ])));
    fill(grid, 
      h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Survey answers (scrolls sideways)' }, table),
      h('div', { class: 'actions' },
        codes.side.map((side) => h('button', { type: 'button', onclick: () => addRespondent(side) }, `Add a respondent: ${label('side', side).toLowerCase()}`))),
      h('p', { class: 'field-error', hidden: true }));
    restoreValues(grid, values);
  }

  function persist() {
    saveDraft(draftKey, { sides, noSurvey: noSurvey.checked, values: rawValues(form) });
  }

  function addRespondent(side) {
    persist();
    sides = [...sides, side];
    buildGrid();
    persist();
    announce(`Respondent added: ${label('side', side)}. The grid now has ${sides.length} columns.`);
  }

  function removeRespondent(r) {
    const values = rawValues(form);
    const shifted = {};
    for (const [name, value] of Object.entries(values)) {
      const m = name.match(/^responses\[(\d+)\](.*)$/);
      if (!m) { shifted[name] = value; continue; }
      const n = Number(m[1]);
      if (n !== r) shifted[`responses[${n > r ? n - 1 : n}]${m[2]}`] = value;
    }
    sides = sides.filter((_, i) => i !== r);
    buildGrid();
    restoreValues(form, shifted);
    persist();
    announce(`Respondent removed. The grid now has ${sides.length} columns.`);
  }

  function respondentProblems() {
    const problems = [];
    if (noSurvey.checked) {
      const body = readForm(form);
      const indicators = body.indicators && Object.values(body.indicators).some((v) => v !== null && v !== undefined && v !== '');
      if (!indicators && !(body.events && body.events.length)) {
        problems.push({ field: 'responses', message: 'Without a survey, record at least one indicator or notable event.' });
      }
      return problems;
    }
    if (sides.length < MIN_RESPONDENTS) {
      problems.push({ field: 'responses', message: `At least ${MIN_RESPONDENTS} respondents are needed, so that no one's answers can be told apart.` });
    }
    sides.forEach((side, r) => {
      const answered = [...grid.querySelectorAll(`select[name^="responses[${r}].answers."]`)].some((s) => s.value !== '');
      if (!answered) problems.push({ field: `responses[${r}]`, message: 'This respondent has no answers: fill them in or remove the column.' });
    });
    return problems;
  }

  form.addEventListener('input', persist);
  form.addEventListener('change', persist);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problems = [...validateAll(form), ...respondentProblems()];
    if (problems.length) { showErrors(form, summary, problems); return; }
    const body = readForm(form);
    delete body.noSurvey;
    if (noSurvey.checked) delete body.responses;
    submit.disabled = true;
    try {
      await api(`/api/v1/alliances/${encodeURIComponent(id)}/health-checks`, { method: 'POST', body });
      dropDraft(draftKey);
      announce('The health check was recorded.');
      go(`/alliances/${encodeURIComponent(id)}/health`);
    } catch (error) {
      showServerError(form, summary, error);
    } finally {
      submit.disabled = false;
    }
  });

  add(view, pageHeading(`Record a health check: ${file.alliance.partner.name}`),
    h('p', { class: 'lead' }, 'A periodic check of trust on both sides, from the trust survey, a few indicators and notable events. The survey items come from the advisor\'s own instrument.'),
    form);
  buildGrid();
  showSurvey();
  restoreValues(form, draft && draft.values);
  validateAsYouType(form);
}
