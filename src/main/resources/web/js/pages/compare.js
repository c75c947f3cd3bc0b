// Comparison of two to ten candidates for the same alliance: one shared description of the deal,
// evidence per candidate, and a ranking with the reason for each place.
import { api } from '../api.js';
import { candidateValues, clearForm, fillFields, filledNote, fillFromCaseFile } from '../case-file-deal.js';
import { enums, evidenceByElement, fitAndPower, ourSideCatalogue } from '../catalogue.js';
import { add, announce, badge, fill, h, pageHeading } from '../dom.js';
import { summaryPanel } from '../summary.js';
import { evidenceGroup, fitGroups, knownCounts, powerGroup } from '../evidence.js';
import { explanation, loadReasoningTexts, recommendationCard, resolveReasoning, versionOf } from '../explain.js';
import {
  booleanField, clearErrors, countryField, errorSummary, loadDraft, numberField, rawValues, readForm, restoreValues, saveDraft,
  selectField, showErrors, showServerError, textField, validateAll, validateAsYouType,
} from '../forms.js';
import { label, options, tone } from '../labels.js';
import { recall, remember } from '../session.js';

const DRAFT = 'compare';
const MIN = 2;
const MAX = 10;

export async function compare(view, { query, go }) {
  const [groups, deal, ourSide, codes] = await Promise.all([evidenceByElement(), fitAndPower(), ourSideCatalogue(),
    enums({ purpose: ['PartnerAssessmentRequestAlliancePlan', 'purpose'], ip: ['PartnerAssessmentRequestAlliancePlan', 'ipSensitivity'],
      ceo: ['PartnerAssessmentRequestDecisionContext', 'ceoCommitment'], pressure: ['PartnerAssessmentRequestDecisionContext', 'timePressure'] })]);
  const saved = loadDraft(DRAFT) || {};
  let count = Math.max(MIN, Math.min(MAX, saved.count || MIN));

  const summary = errorSummary();
  const candidatesBox = h('div', { class: 'candidates' });
  const results = h('div', { class: 'section', 'aria-live': 'polite' }); // its headings name what it holds, once it holds it
  const addButton = h('button', { type: 'button', onclick: () => { persist(); count += 1; build(); persist(); focusCandidate(count - 1); } }, 'Add a candidate');
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Compare the candidates');
  const form = h('form', { novalidate: true, class: 'wide' },
    summary,
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'The alliance they are candidates for'),
      h('div', { class: 'grid-2' },
        selectField({ name: 'alliance.purpose', label: 'Purpose of the alliance', required: true, options: options('purpose', codes.purpose) }),
        selectField({ name: 'alliance.ipSensitivity', label: 'Sensitivity of the intellectual property', unknown: 'Not known yet', options: options('ipSensitivity', codes.ip) }),
        numberField({ name: 'alliance.expectedDurationYears', label: 'Expected duration', unit: 'years', min: 0, max: 100 }),
        booleanField({ name: 'alliance.virtual', label: 'Will the teams work mostly at a distance?' }),
        selectField({ name: 'context.ceoCommitment', label: 'How set is the CEO on one of them?', unknown: 'Not known', options: options('ceoCommitment', codes.ceo) }),
        selectField({ name: 'context.timePressure', label: 'Time pressure on the decision', unknown: 'Not known', options: options('timePressure', codes.pressure) })),
      h('details', { class: 'explain our-side' }, h('summary', {}, 'Our own side'),
        h('div', { class: 'explanation' },
          h('p', { class: 'section-intro' }, 'What our side has done in the deal. It is the same whoever the partner is, so the comparison says once, above the ranking, what it asks of us; it never changes a candidate\'s place.'),
          h('div', { class: 'grid-2' }, ourSide.map((f) => selectField({ name: `context.ourSide.${f.name}`, label: f.label,
            help: `${f.help} How to find out: ${f.collect}`, unknown: 'Not known yet',
            options: f.values.map((v) => ({ value: v.value, label: v.label.charAt(0).toUpperCase() + v.label.slice(1) })) })))))),
    candidatesBox,
    h('div', { class: 'actions' }, submit, addButton));

  function candidate(i) {
    const prefix = `candidates[${i}]`;
    const evidence = h('details', { class: 'explain candidate-evidence' },
      h('summary', { 'data-known-summary': String(i) }, 'Evidence'),
      h('div', { class: 'explanation' }, groups.map((g) => evidenceGroup(g, { prefix: `${prefix}.evidence`, headingLevel: 4, intro: false }))));
    const fitAndDependence = h('details', { class: 'explain candidate-evidence' },
      h('summary', {}, 'Fit and dependence'),
      h('div', { class: 'explanation' }, fitGroups(deal.fit, { prefix: `${prefix}.`, headingLevel: 4 }),
        powerGroup(deal.power, { prefix: `${prefix}.`, headingLevel: 4 })));
    const remove = count > MIN ? h('button', { type: 'button', class: 'danger', onclick: () => removeCandidate(i) }, `Remove candidate ${i + 1}`) : null;
    const fill = h('button', { type: 'button', onclick: () => fillFromAssessment(i) }, 'Fill in from my last assessment');
    return h('fieldset', { class: 'form-section candidate', 'data-candidate': String(i) },
      h('legend', { tabindex: '-1' }, `Candidate ${i + 1}`),
      h('div', { class: 'grid-3' },
        textField({ name: `${prefix}.partner.name`, label: 'Name', required: true, maxLength: 200 }),
        countryField({ name: `${prefix}.partner.country`, label: 'Country', help: 'Type the name and choose it from the list.' }),
        textField({ name: `${prefix}.partner.industry`, label: 'Industry', maxLength: 200 })),
      evidence,
      fitAndDependence,
      h('div', { class: 'actions' }, fill, remove));
  }

  function build() {
    const values = (loadDraft(DRAFT) || {}).values;
    fill(candidatesBox, ...Array.from({ length: count }, (_, i) => candidate(i)));
    restoreValues(form, values);
    addButton.hidden = count >= MAX;
    updateCounts();
  }

  function updateCounts() {
    candidatesBox.querySelectorAll('.candidate').forEach((c) => {
      const counts = Object.entries(knownCounts(c)).filter(([group]) => !group.startsWith('FIT_') && group !== 'POWER').map(([, x]) => x);
      const known = counts.reduce((n, x) => n + x.known, 0);
      const total = counts.reduce((n, x) => n + x.total, 0);
      c.querySelector('summary[data-known-summary]').textContent = `Evidence: ${known} of ${total} items known`;
    });
  }

  function persist() {
    saveDraft(DRAFT, { count, values: rawValues(form) });
  }

  function focusCandidate(i) {
    const legend = candidatesBox.querySelector(`[data-candidate="${i}"] legend`);
    if (legend) legend.focus();
  }

  function removeCandidate(i) {
    // Shift the later candidates' values down by one, so that names stay dense: candidates[0..n-2].
    const values = rawValues(form);
    const shifted = {};
    for (const [name, value] of Object.entries(values)) {
      const m = name.match(/^candidates\[(\d+)\](.*)$/);
      if (!m) { shifted[name] = value; continue; }
      const n = Number(m[1]);
      if (n === i) continue;
      shifted[`candidates[${n > i ? n - 1 : n}]${m[2]}`] = value;
    }
    count -= 1;
    saveDraft(DRAFT, { count, values: shifted });
    build();
    announce(`Candidate ${i + 1} removed.`);
    focusCandidate(Math.min(i, count - 1));
  }

  /** Fills a candidate from the assessment last made in this tab, says what was filled from where, and moves focus to that note. */
  function fillFromAssessment(i) {
    const box = candidatesBox.querySelector(`[data-candidate="${i}"]`);
    const old = box.querySelector('.filled-note');
    if (old) old.remove();
    const last = recall('assessment');
    let note;
    if (!last || !last.input) {
      note = h('div', { class: ['notice', 'notice-info', 'filled-note'], role: 'status', tabindex: '-1' },
        'There is no assessment in this tab to fill in from: assess the partner first, or type the candidate in.');
    } else {
      const filled = fillFields(box, candidateValues(`candidates[${i}]`, last.input), { overwrite: true });
      if (filled.length > 3) box.querySelectorAll('details.candidate-evidence').forEach((d) => { d.open = true; });
      note = filledNote(filled, `your last assessment, of ${last.input.partner.name}`);
      persist();
      updateCounts();
    }
    box.querySelector('legend').after(note);
    note.focus();
  }

  form.addEventListener('input', () => { persist(); updateCounts(); });
  form.addEventListener('change', () => { persist(); updateCounts(); });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reveal = (w) => { const d = w.closest('details'); if (d) d.open = true; };
    const problems = validateAll(form);
    if (problems.length) { showErrors(form, summary, problems, { reveal }); return; }
    const body = readForm(form);
    body.candidates = (body.candidates || []).filter(Boolean);
    body.candidates.forEach((c) => { if (c.partner && c.partner.country) c.partner.country = c.partner.country.toUpperCase(); });
    submit.disabled = true;
    try {
      const result = await api('/api/v1/partner-assessments/compare', { method: 'POST', body });
      await loadReasoningTexts(versionOf(result));
      remember('comparison', result);
      clearErrors(form, summary);
      candidatesBox.querySelectorAll('details[open]').forEach((d) => { d.open = false; }); // the ranking is what matters now
      showRanking(result);
      announce(`Ranking ready: ${result.ranking[0].partner} first.`);
    } catch (error) {
      const wrapper = error.field ? form.querySelector(`[data-field="${CSS.escape(error.field)}"]`) : null;
      if (wrapper) reveal(wrapper);
      showServerError(form, summary, error, { reveal });
    } finally {
      submit.disabled = false;
    }
  });

  /** What our own conduct asks of us, the same for every candidate: said once, above the ranking. */
  function ourSideSection(ours) {
    if (!ours) return null;
    return h('section', { class: 'section panel', 'aria-labelledby': 'ours-heading', 'data-our-side': '' },
      h('h2', { id: 'ours-heading' }, 'What our own conduct asks of us, whichever partner we choose'),
      ours.conduct ? [
        h('p', {}, 'Relational risk we create: ', badge(label('level', ours.conduct.level), tone('risk', ours.conduct.level))),
        h('p', {}, ours.conduct.statement),
        ours.conduct.conduct.length ? h('ul', {}, ours.conduct.conduct.map((c) => h('li', {}, `${c.label}: ${c.valueLabel}`))) : null,
        explanation(ours.conduct.explanation, 'Why')] : null,
      ours.advice.map((r) => recommendationCard(r, { headingLevel: 3 })));
  }

  function showRanking(result, { focus = true } = {}) {
    fill(results,
      summaryPanel(result.summary),
      ourSideSection(resolveReasoning({ ourSide: result.ourSide, reasoning: result.reasoning }).ourSide),
      h('h2', { id: 'ranking-heading', tabindex: '-1' }, 'Ranking'),
      h('ol', { class: 'ranking' }, result.ranking.map((place) => h('li', { class: 'card', 'data-rank': String(place.rank) },
        h('div', { class: 'spread' },
          h('h3', {}, `${place.rank}. ${place.partner}`),
          badge(label('verdict', place.verdict), tone('verdict', place.verdict))),
        place.checksToDecide ? h('p', { class: 'checks-count' },
          `${place.checksToDecide} check${place.checksToDecide === 1 ? '' : 's'} would allow a decision (listed in the full assessment).`) : null,
        h('p', {}, place.reason),
        h('p', { class: 'muted' }, `Overall trust ${label('level', place.overall).toLowerCase()} · strategic fit `
          + `${place.strategicFit === 'UNKNOWN' ? 'not yet assessed' : label('level', place.strategicFit).toLowerCase()} · `
          + `${place.redFlags} red flag${place.redFlags === 1 ? '' : 's'} · confidence ${place.confidence} of 100`),
        h('button', { type: 'button', onclick: () => openAssessment(place, result.reasoning) }, `Open the full assessment of ${place.partner}`)))));
    if (focus) results.querySelector('#ranking-heading').focus();
  }

  // The comparison's reasoning graph holds what every candidate's explanations refer to.
  function openAssessment(place, reasoning) {
    const input = readForm(form);
    const candidateInput = (input.candidates || []).find((c) => c && c.partner && c.partner.name === place.partner);
    remember('assessment', { input: { alliance: input.alliance, context: input.context, ...(candidateInput || {}) }, output: { ...place.assessment, reasoning } });
    go('/result');
  }

  add(view, pageHeading('Compare candidate partners'),
    h('p', { class: 'lead' }, 'Rank two to ten candidates for the same alliance. Each is assessed by the same rules; the ranking says why each one is where it is.'),
    form, results);
  build();
  restoreValues(form, saved.values);
  const fromCase = await fillFromCaseFile(form, 'compare', query.get('alliance'), {
    clear: () => { count = MIN; saveDraft(DRAFT, { count, values: {} }); build(); clearForm(form); },
  });
  if (fromCase) persist();
  updateCounts();
  validateAsYouType(form);
  const previous = recall('comparison');
  if (previous && saved.values && !(fromCase && fromCase.another)) {
    await loadReasoningTexts(versionOf(previous));
    showRanking(previous, { focus: false });
  }
}
