// The due-diligence checklist: built by the rules from the deal or a stored assessment, worked
// through item by item (status, note, finding), exported, and fed back into a re-assessment.
import { api } from '../api.js';
import { clearForm, fillFields, filledNote, fillFromCaseFile, FROM_CASE_FILE } from '../case-file-deal.js';
import { enums, evidenceField } from '../catalogue.js';
import { countryName, countryNames } from '../countries.js';
import { add, announce, badge, fill, formatDate, h, link, notice, pageHeading } from '../dom.js';
import { fold, summaryPanel } from '../summary.js';
import { explanationBody } from '../explain.js';
import {
  booleanField, countryField, errorSummary, keepDraft, loadDraft, numberField, radiosField, readForm, restoreValues, selectField,
  showErrors, showServerError, textAreaField, textField, validateAll, validateAsYouType,
} from '../forms.js';
import { label, options, tone } from '../labels.js';
import { warnBeforeLeaving } from '../leaving.js';
import { recall, remember } from '../session.js';

const MARKED_BY = 'advisor.markedBy';
const FORMATS = [
  { format: 'MARKDOWN', label: 'Markdown', extension: 'md', type: 'text/markdown' },
  { format: 'CSV', label: 'CSV (spreadsheet)', extension: 'csv', type: 'text/csv' },
  { format: 'HTML', label: 'Printable HTML', extension: 'html', type: 'text/html' },
];

export async function newChecklist(view, { query, go }) {
  // Opened from the result of an assessment not stored in a case file: the deal is taken from it.
  const last = query.get('from') === 'assessment' ? recall('assessment') : null;
  const unstored = last && last.input && !(last.stored && last.stored.id) && !last.input.allianceId ? last : null;
  const [codes, alliances] = await Promise.all([
    enums({ purpose: ['ChecklistContext', 'purpose'], ip: ['ChecklistContext', 'ipSensitivity'] }),
    api('/api/v1/alliances?size=100'),
  ]);
  const summary = errorSummary();
  const assessmentField = selectField({ name: 'assessmentId', label: 'Assessment to build it from',
    help: 'The checklist then also covers what that assessment left unknown and confirms or clears its red flags.', unknown: 'None: build it from the deal alone', options: [] });
  const allianceField = selectField({ name: 'allianceId', label: 'Case file', help: 'Keep the checklist in an alliance\'s case file.',
    unknown: 'None', options: alliances.items.map((a) => ({ value: a.id, label: `${a.partner.name} — ${label('purpose', a.purpose)}` })) });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Build the checklist');
  const form = h('form', { novalidate: true },
    summary,
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'Where it belongs'), allianceField, assessmentField),
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'The deal'),
      h('p', { class: 'section-intro' }, 'What the checklist should cover follows from these facts. With an assessment chosen, anything left empty is taken from it.'),
      countryField({ name: 'partnerCountry', label: 'Partner\'s country', help: 'It sets the corruption risk the checks allow for.' }),
      countryField({ name: 'ourCountry', label: 'Our country', help: 'A different country from the partner\'s makes the deal cross-border.' }),
      selectField({ name: 'purpose', label: 'Purpose of the alliance', unknown: 'Not known', options: options('purpose', codes.purpose) }),
      selectField({ name: 'ipSensitivity', label: 'Sensitivity of the intellectual property', unknown: 'Not known', options: options('ipSensitivity', codes.ip) }),
      booleanField({ name: 'governmentFacing', label: 'Will the alliance deal with government bodies or state-owned firms?' }),
      booleanField({ name: 'partnerIsCompetitor', label: 'Is the partner also a competitor?' }),
      booleanField({ name: 'virtual', label: 'Will the teams work mostly at a distance?' }),
      booleanField({ name: 'ceoUnderPressure', label: 'Is the CEO under pressure to close the deal quickly?' }),
      numberField({ name: 'expectedDurationYears', label: 'Expected duration', unit: 'years', min: 0, max: 100 })),
    h('div', { class: 'actions' }, submit));

  const allianceSelect = allianceField.querySelector('select');
  const assessmentSelect = assessmentField.querySelector('select');
  async function loadAssessments(selected) {
    fill(assessmentSelect, h('option', { value: '' }, 'None: build it from the deal alone'));
    if (!allianceSelect.value) return;
    const list = await api(`/api/v1/alliances/${encodeURIComponent(allianceSelect.value)}/assessments`);
    [...list].reverse().forEach((s) => assessmentSelect.append(h('option', { value: s.id, selected: s.id === selected },
      `${formatDate(s.createdAt, true)} — ${label('verdict', s.verdict)}`)));
  }
  allianceSelect.addEventListener('change', () => loadAssessments());

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problems = validateAll(form);
    if (problems.length) { showErrors(form, summary, problems); return; }
    const body = readForm(form);
    for (const key of ['partnerCountry', 'ourCountry']) if (body[key]) body[key] = body[key].toUpperCase();
    submit.disabled = true;
    try {
      const checklist = await api('/api/v1/checklists', { method: 'POST', body });
      remember('checklist', { id: checklist.id });
      if (unstored && !body.assessmentId) remember('checklistAssessment', { checklistId: checklist.id, input: unstored.input });
      go(`/checklists/${encodeURIComponent(checklist.id)}`);
    } catch (error) {
      showServerError(form, summary, error);
    } finally {
      submit.disabled = false;
    }
  });

  const lastChecklist = recall('checklist');
  add(view, pageHeading('Build a due-diligence checklist'),
    h('p', { class: 'lead' }, 'The rules choose the checks this deal needs (cross-border, corruption risk, government-facing work, IP, a competitor as partner, distance, the CEO\'s pressure) and say why each is on the list.'),
    lastChecklist ? notice(['You were working on a checklist in this tab. ', link(`/checklists/${encodeURIComponent(lastChecklist.id)}`, 'Continue with it'), '.'], 'info') : null,
    form);
  validateAsYouType(form);
  const draft = loadDraft('checklist.new');
  restoreValues(form, draft);
  const fromCase = await fillFromCaseFile(form, 'checklist', query.get('alliance'), { clear: () => clearForm(form) });
  if (unstored && !query.get('alliance')) {
    await countryNames().catch(() => null);
    const p = unstored.input.partner || {};
    const filled = fillFields(form, FROM_CASE_FILE.checklist({ alliance: { partner: p, purpose: (unstored.input.alliance || {}).purpose }, input: unstored.input }));
    form.prepend(filledNote(filled, `your assessment of ${p.name}, which is not stored in a case file`));
  }
  // Opened from a case file, the checklist is built from its latest assessment unless another is named.
  await loadAssessments(query.get('assessment') || (fromCase ? fromCase.assessmentId : draft && draft.assessmentId));
  keepDraft(form, 'checklist.new');
}

/**
 * A change of the result in the reader's words ("Verdict: Go ahead → Reconsider.", "New red flag: Serious
 * litigation."), with the rules' reason folded under "Why", as every piece of reasoning is.
 */
function changeWords(c) {
  const why = c.why ? h('details', { class: 'explain' }, h('summary', {}, 'Why'), h('div', { class: 'explanation' }, h('p', {}, c.why))) : null;
  const added = c.what.match(/^(.*) added: /);
  if (added) return [`New ${added[1]}: ${c.after}.`, why];
  const removed = c.what.match(/^(.*) removed: /);
  if (removed) return [`No longer a ${removed[1]}: ${c.before}.`, why];
  const group = c.what === 'verdict' ? 'verdict' : c.what === 'likely trust stage' ? 'stage' : c.what === 'contract position' ? 'position' : 'level';
  const word = (v) => (v ? label(group, v) : 'not established');
  return [`${c.what.charAt(0).toUpperCase()}${c.what.slice(1)}: ${word(c.before)} → ${word(c.after)}.`, why];
}

/** "LOW (Japan, score 73)" as "low (Japan, score 73)": only the level is a code; the country keeps its capital. */
function riskWords(risk) {
  const m = risk.match(/^([A-Z_]+)(.*)$/);
  return m ? `${label('level', m[1]).toLowerCase()}${m[2]}` : risk;
}

/** Who marked the item last, and when; hidden while it has never been marked. */
function showMarked(element, item) {
  element.textContent = item.markedAt ? `Last marked ${formatDate(item.markedAt)}${item.markedBy ? ` by ${item.markedBy}` : ''}.` : '';
  element.hidden = !item.markedAt;
  return element;
}

export async function checklistView(view, { params: [id] }) {
  let checklist = await api(`/api/v1/checklists/${encodeURIComponent(id)}`);
  remember('checklist', { id: checklist.id });
  const alliance = checklist.allianceId ? (await api(`/api/v1/alliances/${encodeURIComponent(checklist.allianceId)}`)).alliance : null;
  const sections = await enums({ section: ['ChecklistItem', 'section'], status: ['ChecklistItem', 'status'] });
  const resolves = await Promise.all(checklist.items.map((i) => (i.resolves ? evidenceField(i.resolves) : null)));
  const fieldOf = new Map(checklist.items.map((item, n) => [item.id, resolves[n]]));
  // The version of each item as this page last showed it: a mark sends it, so that a mark someone
  // else made meanwhile is never overwritten unseen. Only the item just saved or reloaded moves on.
  const versions = new Map(checklist.items.map((item) => [item.id, item.version]));
  // Items whose note or finding was changed on this page and not yet saved: leaving asks first.
  const unsaved = new Set();
  warnBeforeLeaving(() => (unsaved.size ? `${unsaved.size === 1 ? 'A note' : `${unsaved.size} notes`} on this checklist `
    + `${unsaved.size === 1 ? 'is' : 'are'} not saved yet.` : null));

  const progressText = h('p', { class: 'progress-text', 'aria-live': 'polite' });
  const progressBar = h('progress', { id: 'checklist-progress', max: '1', value: '0' });
  const exportState = h('p', { class: 'save-state', 'aria-live': 'polite' });
  const reassessBox = h('div', { 'aria-live': 'polite' });
  const byInput = textField({ name: 'by', label: 'Your name, recorded with each check you mark', maxLength: 200, autocomplete: 'name' });
  const by = byInput.querySelector('input');
  try { by.value = sessionStorage.getItem(MARKED_BY) || ''; } catch { /* storage off */ }
  by.addEventListener('input', () => { try { sessionStorage.setItem(MARKED_BY, by.value); } catch { /* storage off */ } });

  // The summary the server made, shown first and made again with every mark saved.
  const summaryBox = h('div', { class: 'checklist-summary' });

  function updateProgress() {
    fill(summaryBox, summaryPanel(checklist.summary));
    const p = checklist.progress;
    const settled = p.done + p.notApplicable + p.redFlags;
    progressBar.max = p.total;
    progressBar.value = settled;
    progressText.textContent = `${settled} of ${p.total} checks settled: ${p.done} done, ${p.notApplicable} not applicable, `
      + `${p.redFlags} red flag${p.redFlags === 1 ? '' : 's'}, ${p.open} still open.`;
  }

  function itemCard(item) {
    const field = fieldOf.get(item.id);
    const state = h('span', { class: 'save-state', 'aria-live': 'polite' });
    const card = h('article', { class: ['card', 'checklist-item', `status-${item.status.toLowerCase()}`], 'data-item': item.id, 'aria-labelledby': `item-${item.id}` },
      h('div', { class: 'card-head' }, badge(`${label('priority', item.priority)} priority`, tone('priority', item.priority))),
      h('h3', { id: `item-${item.id}` }, item.title),
      h('dl', { class: 'summary' },
        h('dt', {}, 'What to check'), h('dd', {}, item.check),
        h('dt', {}, 'How to verify'), h('dd', {}, item.verify),
        h('dt', {}, 'Why it matters'), h('dd', {}, item.why)),
      h('details', { class: 'explain' }, h('summary', {}, `Why the rules put it on this list (${item.reasons.length})`),
        h('div', {}, item.reasons.map((r) => explanationBody(r)))),
      h('div', { class: 'conflict', 'aria-live': 'assertive' }),
      h('div', { class: 'item-status' },
        radiosField({ name: `status-${item.id}`, field: 'status', legend: `Status of “${item.title}”`,
          options: sections.status.map((s) => ({ value: s, label: label('checkStatus', s) })), value: item.status })),
      textAreaField({ name: 'note', label: 'Note', help: 'What you found, where, and from whom.', value: item.note || '', maxLength: 5000, rows: 2 }),
      field ? (field.type === 'NUMBER'
        ? numberField({ name: 'finding', label: `Finding: ${field.label}`, min: field.min, max: field.max, unit: field.unit, value: item.finding || '',
          help: 'The value this check established; it is used when the assessment is run again.' })
        : selectField({ name: 'finding', label: `Finding: ${field.label}`, unknown: 'Not established yet', value: item.finding || '',
          help: 'The value this check established; it is used when the assessment is run again.',
          options: field.values.map((c) => ({ value: c.value, label: c.label.charAt(0).toUpperCase() + c.label.slice(1) })) })) : null,
      h('div', { class: 'actions' },
        h('button', { type: 'button', onclick: () => save(card, item, state) }, 'Save the note', field ? ' and finding' : ''),
        state),
      showMarked(h('p', { class: 'muted marked' }), item));
    card.addEventListener('change', (event) => {
      if (event.target.type === 'radio') save(card, item, state);
    });
    card.addEventListener('input', (event) => {
      if (event.target.name !== 'note' && event.target.name !== 'finding') return;
      unsaved.add(item.id);
      state.textContent = 'Not saved yet.';
    });
    validateAsYouType(card);
    return card;
  }

  async function save(card, item, state) {
    const problems = validateAll(card);
    if (problems.length) { showErrors(card, null, problems); return; }
    const status = card.querySelector('input[type="radio"]:checked').value;
    const values = readForm(card);
    const body = {
      status, note: values.note, finding: values.finding !== undefined ? String(values.finding) : undefined, by: by.value.trim() || undefined,
      version: versions.get(item.id),
    };
    state.textContent = 'Saving…';
    try {
      checklist = await api(`/api/v1/checklists/${encodeURIComponent(checklist.id)}/items/${encodeURIComponent(item.id)}`, { method: 'PUT', body });
      const updated = checklist.items.find((i) => i.id === item.id);
      versions.set(item.id, updated.version);
      card.className = ['card', 'checklist-item', `status-${updated.status.toLowerCase()}`].join(' ');
      showMarked(card.querySelector('.marked'), updated);
      fill(card.querySelector('.conflict'));
      showErrors(card, null, []);
      unsaved.delete(item.id);
      state.textContent = `Saved: ${label('checkStatus', updated.status).toLowerCase()}.`;
      updateProgress();
    } catch (error) {
      if (error.status === 409 && error.field === 'version') {
        await showTheirChange(card, item, state, status);
        return;
      }
      state.textContent = 'Not saved.';
      showServerError(card, null, error);
      const wrapper = card.querySelector('.has-error');
      if (!wrapper) state.textContent = `Not saved: ${error.message}`;
    }
  }

  /**
   * Someone else marked the item after this page read it, so the mark was refused. Shows the item as
   * it now stands (their status, finding, who and when) and takes its new version, but leaves the note
   * being written in its box, unsaved: the user reads their change, then saves again if still needed.
   */
  async function showTheirChange(card, item, state, refusedStatus) {
    state.textContent = 'Not saved: someone else changed this check.';
    let fresh;
    try {
      fresh = await api(`/api/v1/checklists/${encodeURIComponent(checklist.id)}`);
    } catch (error) {
      fill(card.querySelector('.conflict'), notice(`Someone else changed this check meanwhile, and it could not be reloaded: ${error.message}`
        + ' Reload the page before saving again; copy your note first.', 'error', 'alert'));
      return;
    }
    const theirs = fresh.items.find((i) => i.id === item.id);
    checklist = fresh;
    versions.set(item.id, theirs.version);
    card.querySelector(`input[type="radio"][value="${theirs.status}"]`).checked = true;
    const finding = card.querySelector('[name="finding"]');
    if (finding) finding.value = theirs.finding || '';
    card.className = ['card', 'checklist-item', `status-${theirs.status.toLowerCase()}`].join(' ');
    showMarked(card.querySelector('.marked'), theirs);
    showErrors(card, null, []);
    fill(card.querySelector('.conflict'), notice([
      h('strong', {}, 'Someone else changed this check while you were working on it. '),
      `It is now “${label('checkStatus', theirs.status)}”${theirs.markedBy ? `, marked by ${theirs.markedBy}` : ''}`,
      theirs.markedAt ? ` on ${formatDate(theirs.markedAt)}` : '',
      theirs.note ? `, with the note “${theirs.note}”. ` : '. ',
      `Your “${label('checkStatus', refusedStatus)}” was not saved. Your note is still in the box below, not saved: read their change, then save again if it is still needed.`,
    ], 'warning', 'alert'));
    updateProgress();
  }

  async function exportAs(format) {
    exportState.textContent = `Preparing the ${format.label} file…`;
    try {
      const text = await api(`/api/v1/checklists/${encodeURIComponent(checklist.id)}/export?format=${format.format}`, { accept: format.type });
      const url = URL.createObjectURL(new Blob([text], { type: `${format.type};charset=utf-8` }));
      const who = alliance ? alliance.partner.name : (checklist.context.partnerCountry ? countryName(checklist.context.partnerCountry) : '');
      const name = `${['due-diligence-checklist', who, new Date().toISOString().slice(0, 10)].filter(Boolean).join(' ')
        .toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-')}.${format.extension}`;
      const a = h('a', { href: url, download: name, class: 'visually-hidden' }, name);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      exportState.textContent = `Downloaded ${name}.`;
    } catch (error) {
      exportState.textContent = `The export failed: ${error.message}`;
    }
  }

  const reassessButton = h('button', { type: 'button', class: 'primary', onclick: reassess, hidden: !checklist.assessmentId }, 'Re-assess with the findings');
  const storeBox = h('div', { 'aria-live': 'polite' });
  if (!checklist.assessmentId) await offerToStore();

  /**
   * A checklist without a stored assessment cannot feed its findings back: offer to store the assessment
   * it was built from in a case file (one already open, or a new one in the partner's name), tie the
   * checklist to it, and carry on as with a stored one.
   */
  async function offerToStore() {
    const pending = recall('checklistAssessment');
    const input = pending && pending.checklistId === checklist.id ? pending.input : null;
    if (!input) {
      fill(storeBox, h('p', { class: 'muted' }, 'This checklist was built from the deal alone, so its findings cannot re-assess a partner. ',
        'To close the loop, ', link('/assess', 'assess the partner'), ', store the assessment in a case file and build the checklist from it.'));
      return;
    }
    const partner = (input.partner && input.partner.name) || 'the partner';
    const files = checklist.allianceId ? [alliance] : (await api('/api/v1/alliances?size=100')).items;
    const target = selectField({ name: 'storeIn', label: 'Store it in', required: true,
      help: 'The checklist joins the same case file and keeps every mark.',
      options: [...(checklist.allianceId ? [] : [{ value: 'NEW', label: `A new case file for ${partner}` }]),
        ...files.map((a) => ({ value: a.id, label: `The case file of ${a.partner.name} — ${label('purpose', a.purpose)}` }))] });
    target.querySelector('select').value = checklist.allianceId || 'NEW';
    const state = h('p', { class: 'save-state', 'aria-live': 'polite' });
    const store = h('button', { type: 'button', class: 'primary' }, 'Store the assessment');
    store.addEventListener('click', async () => {
      store.disabled = true;
      state.textContent = 'Storing the assessment…';
      try {
        let allianceId = target.querySelector('select').value;
        if (allianceId === 'NEW') {
          const opened = await api('/api/v1/alliances', { method: 'POST', body: { partner: { name: partner,
            country: input.partner.country, industry: input.partner.industry }, purpose: (input.alliance || {}).purpose, status: 'NEGOTIATING' } });
          allianceId = opened.id;
        }
        const stored = await api('/api/v1/partner-assessments', { method: 'POST', body: { ...input, allianceId } });
        checklist = await api(`/api/v1/checklists/${encodeURIComponent(checklist.id)}/assessment`,
          { method: 'PUT', body: { assessmentId: stored.assessmentId } });
        checklist.items.forEach((i) => versions.set(i.id, i.version));
        remember('checklistAssessment', null);
        const file = (await api(`/api/v1/alliances/${encodeURIComponent(allianceId)}`)).alliance;
        const done = h('div', { class: ['notice', 'notice-good', 'stored-note'], role: 'status', tabindex: '-1' },
          `The assessment of ${partner} is stored in the case file of ${file.partner.name}, and this checklist with it. `,
          'Record what the checks find, then re-assess with the findings. ',
          link(`/alliances/${encodeURIComponent(allianceId)}`, 'Open the case file'));
        fill(storeBox, done);
        reassessButton.hidden = false;
        done.focus();
      } catch (error) {
        store.disabled = false;
        state.textContent = '';
        fill(storeBox.querySelector('.store-error'), notice(`The assessment could not be stored: ${error.message}`, 'error', 'alert'));
      }
    });
    fill(storeBox, h('div', { class: 'panel store-first' },
      h('h3', {}, 'Store the assessment to re-assess with the findings'),
      h('p', {}, `This checklist was built from your assessment of ${partner}, which is not stored in a case file, so its findings cannot `
        + 'be fed back into it yet. Store it in a case file first; you can then re-assess with the findings as they come in.'),
      target, h('div', { class: 'store-error' }), h('div', { class: 'actions' }, store, state)));
  }

  async function reassess() {
    fill(reassessBox, notice('Re-assessing with the findings…', 'info'));
    try {
      const r = await api(`/api/v1/checklists/${encodeURIComponent(checklist.id)}/reassess`, { method: 'POST' });
      fill(reassessBox, h('div', { class: 'panel' },
        h('h3', {}, 'Re-assessed with the findings'),
        r.appliedFindings.length ? h('ul', {}, r.appliedFindings.map((f) => h('li', {}, `${f.words} (from the check “${f.title}”)`)))
          : h('p', {}, 'No finding was recorded, so the evidence is unchanged.'),
        r.changes.length ? h('ul', {}, r.changes.map((c) => h('li', {}, changeWords(c))))
          : h('p', {}, 'Nothing in the result changed.'),
        h('p', {}, link(`/assessments/${encodeURIComponent(r.assessmentId)}`, 'Open the new assessment'))));
    } catch (error) {
      fill(reassessBox, notice(error.message, 'error', 'alert'));
    }
  }

  const order = sections.section;
  const bySection = order.map((s) => ({ section: s, items: checklist.items.filter((i) => i.section === s) })).filter((g) => g.items.length);
  add(view, 
    pageHeading(alliance ? `Due-diligence checklist: ${alliance.partner.name}` : 'Due-diligence checklist'),
    h('p', { class: 'muted' }, `Built ${formatDate(checklist.createdAt, true)} · rules version ${checklist.rulesVersion}`,
      checklist.corruptionRisk && checklist.corruptionRisk !== 'UNKNOWN' ? ` · corruption risk of the partner's country: ${riskWords(checklist.corruptionRisk)}` : '',
      alliance ? [' · ', link(`/alliances/${encodeURIComponent(alliance.id)}`, 'case file')] : ''),
    summaryBox,
    h('section', { class: 'panel', 'aria-labelledby': 'progress-heading' },
      h('h2', { id: 'progress-heading', class: 'panel-title' }, 'Progress'),
      h('label', { for: 'checklist-progress', class: 'visually-hidden' }, 'Checks settled'),
      progressBar, progressText,
      byInput,
      h('div', { class: 'actions' },
        FORMATS.map((f) => h('button', { type: 'button', onclick: () => exportAs(f), 'data-format': f.format }, `Export as ${f.label}`)),
        reassessButton),
      exportState, storeBox, reassessBox),
    h('p', { class: 'muted' }, 'The checks by section; open a section to see and mark its checks.'),
    bySection.map((g) => fold(`section-${g.section}`, `${label('section', g.section)} (${g.items.length})`,
      g.items.map(itemCard))));
  updateProgress();
}
