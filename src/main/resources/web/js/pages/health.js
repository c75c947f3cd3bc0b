// Trust health checks: recording one (from a survey round the respondents answer themselves, or a survey
// tool's CSV file; with indicators and events) and the
// alliance's health over time, with a trend chart and the warnings the monitoring rules raise.
import { api } from '../api.js';
import { enums } from '../catalogue.js';
import { trendChart, trendTable } from '../charts.js';
import { add, announce, badge, fill, formatDate, h, link, notice, pageHeading, today, uid } from '../dom.js';
import { fold, summaryPanel } from '../summary.js';
import { recommendationCard } from '../explain.js';
import {
  checkboxesField, errorSummary, numberField, radiosField, readForm, selectField, showErrors, showServerError, textField, validateAll,
  validateAsYouType,
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
  const enc = encodeURIComponent(id);
  const [file, rounds, codes] = await Promise.all([
    api(`/api/v1/alliances/${enc}`),
    api(`/api/v1/alliances/${enc}/survey-rounds`),
    enums({ frequency: ['HealthCheckRequestIndicators', 'communicationFrequency'],
      turnover: ['HealthCheckRequestIndicators', 'boundarySpannerTurnover'], events: ['HealthCheckRequest', 'events'] }),
  ]);
  let round = rounds.find((r) => r.status === 'OPEN' || r.status === 'EXPIRED') || null;
  const roundPanel = h('div', { class: 'panel survey-round', 'data-round': '' });
  const summary = errorSummary();
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Record the health check');
  const sourceBox = h('div');
  const csvInput = h('input', { type: 'file', id: uid('csv'), accept: '.csv,text/csv', 'aria-describedby': 'csv-help' });
  const csvField = h('div', { class: 'field', 'data-field': 'csv' },
    h('label', { for: csvInput.id }, 'File of answers exported from a survey tool (CSV)'),
    h('p', { class: 'help', id: 'csv-help' }, 'One row per respondent: a column named side (ours or partner) and one column per statement, named as in the template. '
      + 'Each answer is a number from 1 (strongly disagree) to 5 (strongly agree); an empty cell means the respondent preferred not to say. '
      + 'The answers are added up and not kept one by one.'),
    csvInput,
    h('p', {}, h('button', { type: 'button', class: 'link', onclick: downloadTemplate }, 'Download the template (CSV)')),
    h('p', { class: 'field-error', hidden: true }));
  const scale = (name, text, help) => selectField({ name: `indicators.${name}`, label: text, help, unknown: 'Not measured', options: SCALE, dataType: 'int' });
  const form = h('form', { novalidate: true, class: 'wide' },
    summary,
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'Where the trust survey answers come from'), sourceBox, csvField),
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'The check'),
      textField({ name: 'date', label: 'Date of the check', help: 'The day the survey closed; today unless you are entering an earlier check.', value: today(), required: true, size: 12,
        pattern: '\\d{4}-\\d{2}-\\d{2}', patternMessage: 'Enter the date as YYYY-MM-DD, for example 2025-03-31.', type: 'date' })),
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
    h('div', { class: 'actions' }, submit, link(`/alliances/${enc}/health`, 'Back to the health page', { class: 'button' })));

  function source() {
    const picked = form.querySelector('input[name="source"]:checked');
    return picked ? picked.value : null;
  }

  function showSource() {
    const chosen = source();
    csvField.hidden = chosen !== 'CSV';
    submit.textContent = chosen === 'ROUND' ? 'Close the round and record the health check'
      : chosen === 'CSV' ? 'Import the file and record the health check' : 'Record the health check';
  }

  function buildSources() {
    const choices = [];
    if (round) {
      choices.push({ value: 'ROUND', label: `The survey round (${answersSoFar(round)})`,
        hint: 'Closing the round records the check from its answers; its links then stop working.' });
    }
    choices.push({ value: 'CSV', label: 'A file exported from a survey tool (CSV)' });
    choices.push({ value: 'NONE', label: 'No survey: record indicators and events only',
      hint: 'Trust is then not measured at this check: it is shown as not measured, never as good, and the next survey stays due.' });
    const previous = source();
    // A round just opened (or found) is where the answers come from, unless the user chose otherwise while it was offered.
    const roundNew = round && !sourceBox.querySelector('input[value="ROUND"]');
    const value = roundNew ? 'ROUND' : choices.some((c) => c.value === previous) ? previous : choices[0].value;
    fill(sourceBox, radiosField({ name: 'source', field: 'responses', legend: 'Answers from', options: choices, value }));
    sourceBox.querySelectorAll('input[name="source"]').forEach((r) => r.addEventListener('change', showSource));
    showSource();
  }

  function buildRound(links) {
    if (!round) {
      const closes = textField({ name: 'closesOn', label: 'Last day to answer (optional)', help: 'Leave empty for two weeks from today.', size: 12, type: 'date' });
      const open = h('button', { type: 'button', class: 'primary' }, 'Open a survey round');
      const problem = h('div');
      open.addEventListener('click', async () => {
        const closesOn = closes.querySelector('input').value;
        open.disabled = true;
        try {
          round = await api(`/api/v1/alliances/${enc}/survey-rounds`, { method: 'POST', body: closesOn ? { closesOn } : {} });
          buildRound(round.links);
          buildSources();
          announce('A survey round is open. Copy the two links now.');
        } catch (error) {
          fill(problem, notice(error.message, 'error', 'alert'));
          open.disabled = false;
        }
      });
      fill(roundPanel,
        h('p', {}, 'No survey round is open. Opening one gives you two links, one for the people on our side and one for the partner\'s side. '
          + 'Each person answers the survey on their own phone or computer, without an account; the advisor keeps only totals for each side.'),
        closes, problem, h('div', { class: 'actions' }, open));
      return;
    }
    const expired = round.status === 'EXPIRED';
    const problem = h('div');
    const act = (text, path, done) => h('button', { type: 'button', onclick: async (event) => {
      event.target.disabled = true;
      try {
        const answer = await api(`/api/v1/alliances/${enc}/survey-rounds/${encodeURIComponent(round.id)}${path}`, { method: path ? 'POST' : 'GET' });
        done(answer);
      } catch (error) {
        fill(problem, notice(error.message, 'error', 'alert'));
        event.target.disabled = false;
      }
    } }, text);
    fill(roundPanel,
      h('p', {}, expired
        ? `This round passed its last day to answer, ${formatDate(round.closesOn)}: its links no longer work. Close it below to record the check from its answers, or cancel it.`
        : `A survey round is open, taking answers until ${formatDate(round.closesOn)}.`),
      links && links.length ? h('div', { class: 'round-links' },
        notice('Copy these two links now and send each to its side. The advisor keeps only a fingerprint of each, so it cannot show them again; if one is lost, issue new links.', 'warning', 'status'),
        links.map((l) => {
          const url = `${window.location.origin}${l.path}`;
          const input = h('input', { type: 'text', id: uid('link'), readonly: true, value: url, 'data-side': l.side, class: 'round-link' });
          return h('div', { class: 'field' },
            h('label', { for: input.id }, `Link for ${label('side', l.side).toLowerCase()}`),
            input,
            h('button', { type: 'button', onclick: async () => {
              input.select();
              try { await navigator.clipboard.writeText(url); announce('Link copied.'); } catch { document.execCommand && document.execCommand('copy'); }
            } }, 'Copy'));
        })) : null,
      h('dl', { class: 'grid-3' },
        stat('Our side', String(round.respondents.OURS), 'ours'),
        stat('Partner\'s side', String(round.respondents.PARTNER), 'partner'),
        stat('To close', round.needed > 0 ? `${round.needed} more ${round.needed === 1 ? 'answer' : 'answers'} needed` : 'Enough answers to close', 'needed')),
      h('p', { class: 'muted' }, `At least ${MIN_RESPONDENTS} answers are needed to close the round, so that no one's answers can be told apart. `
        + (round.sidesApart ? 'Each side has enough answers to be shown on its own.'
          : `The two sides are shown apart only when each has at least ${MIN_RESPONDENTS}; until then only both sides together.`)),
      problem,
      h('div', { class: 'actions' },
        act('Refresh the counts', '', (answer) => { round = answer; buildRound(links); buildSources(); announce(`Counts refreshed: ${answersSoFar(round)}.`); }),
        expired ? null : act('Issue new links', '/links', (answer) => { round = answer; buildRound(answer.links); announce('New links issued; the old ones no longer work.'); }),
        act('Cancel the round', '/cancel', () => { round = null; buildRound(); buildSources(); announce('The survey round was cancelled and its answers discarded.'); })));
  }

  async function downloadTemplate() {
    const text = await api('/api/v1/knowledge/trust-survey/template.csv', { accept: 'text/csv' });
    const a = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/csv' })), download: 'trust-survey-template.csv' });
    document.body.append(a);
    a.click();
    a.remove();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = source();
    const problems = [...validateAll(form)];
    const body = readForm(form);
    delete body.source;
    const indicators = body.indicators && Object.values(body.indicators).some((v) => v !== null && v !== undefined && v !== '');
    if (chosen === 'CSV' && !csvInput.files.length) problems.push({ field: 'csv', message: 'Choose the file exported from the survey tool.' });
    if (chosen === 'NONE' && !indicators && !(body.events && body.events.length)) {
      problems.push({ field: 'responses', message: 'Without a survey, record at least one indicator or notable event.' });
    }
    if (problems.length) { showErrors(form, summary, problems); return; }
    submit.disabled = true;
    try {
      if (chosen === 'ROUND') {
        await api(`/api/v1/alliances/${enc}/survey-rounds/${encodeURIComponent(round.id)}/close`, { method: 'POST', body });
      } else if (chosen === 'CSV') {
        body.csv = await csvInput.files[0].text();
        await api(`/api/v1/alliances/${enc}/health-checks/csv`, { method: 'POST', body });
      } else {
        await api(`/api/v1/alliances/${enc}/health-checks`, { method: 'POST', body });
      }
      announce('The health check was recorded.');
      go(`/alliances/${enc}/health`);
    } catch (error) {
      showServerError(form, summary, error);
    } finally {
      submit.disabled = false;
    }
  });

  add(view, pageHeading(`Record a health check: ${file.alliance.partner.name}`),
    h('p', { class: 'lead' }, 'A periodic check of trust on both sides, from the trust survey, a few indicators and notable events. '
      + 'The people on both sides answer the survey themselves, through a survey round, or you import the answers from your own survey tool.'),
    h('section', { class: 'section', 'aria-labelledby': 'round-heading' }, h('h2', { id: 'round-heading' }, 'Survey round'), roundPanel),
    h('section', { class: 'section', 'aria-labelledby': 'record-heading' }, h('h2', { id: 'record-heading' }, 'Record the check'), form));
  buildRound();
  buildSources();
  validateAsYouType(form);
}

function answersSoFar(round) {
  const n = round.total;
  return `${n} ${n === 1 ? 'answer' : 'answers'} so far: ${round.respondents.OURS} on our side, ${round.respondents.PARTNER} on the partner's side`;
}
