// Cultural adaptation: our culture and the partner's compared dimension by dimension, with the
// adaptations the gaps call for and the partner country's named practices. Each side is a country,
// or the firm's own values where its culture differs from its country's.
import { api } from '../api.js';
import { clearForm, fillFromCaseFile } from '../case-file-deal.js';
import { openApi } from '../catalogue.js';
import { add, announce, badge, fill, h, notice, pageHeading } from '../dom.js';
import { citation, explanation, loadReasoningTexts, recommendationCard, resolveReasoning, versionOf } from '../explain.js';
import {
  booleanField, clearErrors, errorSummary, keepDraft, loadDraft, numberField, readForm, restoreValues, selectField, showErrors,
  showServerError, validateAll, validateAsYouType,
} from '../forms.js';
import { humanise } from '../labels.js';
import { firstFew, fold, summaryPanel } from '../summary.js';
import { recall, remember } from '../session.js';

const SIZE_TONE = { SIMILAR: 'good', MODERATE: 'caution', LARGE: 'warning' };

/** The dimensions a side may state, read from the API description: their names, ranges or classes and what they mean. */
async function dimensions() {
  const doc = await openApi();
  const side = doc.components.schemas.CultureAdviceRequestSide;
  return Object.entries(side.properties.dimensions.properties).map(([id, schema]) => ({ id, ...schema }));
}

/** One dimension as a field: a class to choose, or a score within its range; empty means "as the country". */
function dimensionField(prefix, d) {
  const [title, ...rest] = d.description.split(': ');
  const meaning = rest.join(': ');
  const help = meaning.charAt(0).toUpperCase() + meaning.slice(1);
  const name = `${prefix}.dimensions.${d.id}`;
  if (d.enum) {
    return selectField({ name, label: title, help, unknown: 'As the country (or not known)',
      options: d.enum.map((v) => ({ value: v, label: humanise(v) })) });
  }
  return numberField({ name, label: title, help: `${help} Leave empty to use the country's value.`, min: d.minimum, max: d.maximum });
}

function sideFields(prefix, legend, countries, dims) {
  return h('fieldset', { class: 'form-section' }, h('legend', {}, legend),
    selectField({ name: `${prefix}.country`, label: prefix === 'ours' ? 'Our country' : 'The partner\'s country',
      help: 'Countries with a profile in the knowledge base; the number says how many of its dimensions are known.',
      unknown: 'No country: only the firm\'s own values below',
      options: countries.map((c) => ({ value: c.code, label: `${c.name} (${c.code}), ${c.knownDimensions} of ${c.dimensions} dimensions known` })) }),
    h('details', { class: 'explain' },
      h('summary', {}, prefix === 'ours' ? 'Our firm differs from its country\'s culture' : 'The partner firm differs from its country\'s culture'),
      h('div', { class: 'explanation' },
        h('p', { class: 'help' }, 'A value given here overrides the country\'s for that dimension: use it for a firm whose culture is known to differ, for instance a subsidiary run from abroad.'),
        h('div', { class: 'grid-2' }, dims.map((d) => dimensionField(prefix, d))))));
}

export async function culture(view, { query }) {
  const [countries, dims] = await Promise.all([api('/api/v1/knowledge/countries'), dimensions()]);
  const summary = errorSummary();
  const results = h('div', { class: 'section', 'aria-live': 'polite' }); // its headings name what it holds, once it holds it
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Compare the cultures');
  const form = h('form', { novalidate: true, class: 'wide' },
    summary,
    h('div', { class: 'grid-2' }, sideFields('ours', 'Our side', countries, dims), sideFields('partner', 'The partner', countries, dims)),
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'The alliance'),
      booleanField({ name: 'alliance.virtual', label: 'Will the teams work mostly at a distance?', help: 'Distance makes some gaps harder to bridge and calls for its own adaptations.' }),
      booleanField({ name: 'alliance.governmentFacing', label: 'Will the alliance\'s work deal with public officials?', help: 'For example licences, permits, customs or public contracts.' }),
      booleanField({ name: 'alliance.intermediaries', label: 'Will agents, consultants or introducers act for either side?', help: 'With the partner country\'s corruption risk, this decides whether gifts, favours and introductions need clear lines.' })),
    h('div', { class: 'actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problems = validateAll(form);
    if (problems.length) { showErrors(form, summary, problems, { reveal: (w) => { const d = w.closest('details'); if (d) d.open = true; } }); return; }
    submit.disabled = true;
    try {
      const result = await api('/api/v1/culture-advice', { method: 'POST', body: readForm(form) });
      remember('culture', result);
      clearErrors(form, summary);
      await show(result, true);
      announce(`Compared: ${result.gaps.length} dimensions, ${result.adaptations.length} adaptations.`);
    } catch (error) {
      const wrapper = error.field ? form.querySelector(`[data-field="${CSS.escape(error.field)}"]`) : null;
      if (wrapper && wrapper.closest('details')) wrapper.closest('details').open = true;
      showServerError(form, summary, error);
    } finally {
      submit.disabled = false;
    }
  });

  /** The advice as sent, its reasoning one graph: read back in full, with the catalogues of its version, and shown. */
  async function show(sent, focus) {
    await loadReasoningTexts(versionOf(sent));
    const result = resolveReasoning(sent);
    fill(results,
      h('h2', { id: 'culture-result-heading', tabindex: '-1' },
        `${result.ours.name || 'Our firm'} and ${result.partner.name || 'the partner'}`),
      cultureComparison(result));
    if (focus) results.querySelector('h2').focus();
  }

  add(view, pageHeading('Cultural adaptation'),
    h('p', { class: 'lead' }, 'How far apart the two cultures are on each dimension, seen from our side, and how to adapt: communication, negotiation, decisions, time, feedback and how trust is built.'),
    form, results);
  validateAsYouType(form);
  restoreValues(form, loadDraft('culture'));
  const deal = await fillFromCaseFile(form, 'culture', query.get('alliance'), { clear: () => clearForm(form) });
  keepDraft(form, 'culture');
  const previous = recall('culture');
  if (previous && loadDraft('culture') && !(deal && deal.another)) await show(previous, false);
}

/** How many adaptations are shown before "Show all". */
const TOP_ADAPTATIONS = 5;

/**
 * The comparison itself: its summary first, the caveat, then the detail folded: the gaps, the most
 * pressing adaptations (the rest behind "Show all") and the partner's named practices.
 */
export function cultureComparison(result, headingLevel = 3) {
  const hn = `h${headingLevel}`;
  return [
    summaryPanel(result.summary, { title: 'The comparison in short' }),
    notice(result.caveat, 'info'),
    fold('culture-gaps-heading', `Gaps per dimension (${result.gaps.length})`, [
      h('div', { class: 'table-scroll' }, h('table', { class: 'data gaps' },
        h('thead', {}, h('tr', {}, ['Dimension', 'Ours', 'Partner', 'Gap', 'What it means'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, result.gaps.map((g) => h('tr', { 'data-dimension': g.dimension },
          h('th', { scope: 'row' }, g.name),
          h('td', {}, humanise(g.ours)),
          h('td', {}, humanise(g.partner)),
          h('td', {}, badge(humanise(g.size), SIZE_TONE[g.size] || 'neutral')),
          h('td', {}, g.statement, explanation(g.explanation, 'Why'))))))),
      result.unknown.length ? h('p', { class: 'muted' }, 'Not compared, for want of a value: ',
        result.unknown.map((u) => `${u.name} (unknown for ${u.unknownFor.map((p) => (p === 'OURS' ? 'our side' : 'the partner')).join(' and ')})`).join('; '), '.') : null],
    { level: headingLevel }),
    h('section', { class: 'section', 'aria-labelledby': 'culture-adapt-heading' },
      h(hn, { id: 'culture-adapt-heading' }, `How to adapt (${result.adaptations.length})`),
      result.adaptations.length ? firstFew(result.adaptations, TOP_ADAPTATIONS, (r) => recommendationCard(r, { headingLevel: headingLevel + 1 }))
        : h('p', {}, 'No gap is large enough to call for a particular adaptation.')),
    result.practices.length ? fold('culture-practices-heading', `Practices of the partner's country (${result.practices.length})`,
      result.practices.map((p) => h('article', { class: 'card practice', 'data-practice': p.id },
        h(`h${headingLevel + 1}`, {}, p.name, h('span', { class: 'category' }, ` · ${humanise(p.kind)}`)),
        h('p', {}, p.description),
        p.trust ? h('p', {}, h('strong', {}, 'For trust: '), p.trust) : null,
        p.adapt ? h('p', {}, h('strong', {}, 'How to adapt: '), p.adapt) : null,
        p.uncertain ? h('p', { class: 'muted' }, h('strong', {}, 'What is uncertain: '), p.uncertain) : null,
        p.sources && p.sources.length ? h('p', { class: 'muted' }, `Sources: ${p.sources.map(citation).join('; ')}`) : null)), { level: headingLevel }) : null,
  ];
}
