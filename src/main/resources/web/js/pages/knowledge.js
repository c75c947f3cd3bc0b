// The knowledge browser: trust elements, stages of trust, glossary, bibliography and the catalogue
// of every rule, all read from the server's knowledge base.
import { bibliography, glossary, rules, trustElements, trustStages } from '../catalogue.js';
import { add, badge, fill, h, link, pageHeading } from '../dom.js';
import { label } from '../labels.js';

const TABS = [
  { key: 'elements', title: 'Trust elements', render: elementsTab },
  { key: 'stages', title: 'Stages of trust', render: stagesTab },
  { key: 'glossary', title: 'Glossary', render: glossaryTab },
  { key: 'bibliography', title: 'Bibliography', render: bibliographyTab },
  { key: 'rules', title: 'Rule catalogue', render: rulesTab },
];

export async function knowledge(view, { params: [tabKey = 'elements'], query }) {
  const tab = TABS.find((t) => t.key === tabKey) || TABS[0];
  add(view, pageHeading(`Knowledge: ${tab.title.toLowerCase()}`),
    h('p', { class: 'lead' }, 'What the advisor knows and reasons with, and the research it rests on.'),
    h('nav', { class: 'subnav', 'aria-label': 'Knowledge' }, h('ul', {}, TABS.map((t) => h('li', {},
      link(`/knowledge/${t.key}`, t.title, { 'aria-current': t === tab ? 'page' : null }))))),
    await tab.render(query));
}

function sourceLinks(ids) {
  if (!ids || !ids.length) return null;
  return h('p', { class: 'muted' }, 'Sources: ', ids.map((id, i) => [i ? ', ' : '', link(`/knowledge/bibliography?source=${encodeURIComponent(id)}`, id)]));
}

async function elementsTab() {
  const elements = await trustElements();
  return h('div', { class: 'section' }, elements.map((e) => h('article', { class: 'card', id: `element-${e.id}` },
    h('h2', { class: 'panel-title' }, e.name, e.alsoKnownAs ? h('span', { class: 'muted' }, ` (also: ${e.alsoKnownAs})`) : null),
    h('p', {}, h('strong', {}, e.question)),
    h('p', {}, e.definition),
    e.trustBasis ? h('p', { class: 'muted' }, `Basis of trust: ${label('basis', e.trustBasis).toLowerCase()}`) : null,
    h('h3', {}, 'What indicates it'), h('ul', {}, e.indicators.map((i) => h('li', {}, i))),
    e.notes && e.notes.length ? [h('h3', {}, 'Notes for practice'), h('ul', {}, e.notes.map((n) => h('li', {}, n)))] : null,
    sourceLinks(e.sources))));
}

async function stagesTab() {
  const stages = await trustStages();
  return h('div', { class: 'section' }, stages.map((s) => h('article', { class: 'card' },
    h('h2', { class: 'panel-title' }, s.name),
    h('h3', {}, 'Signs'), h('ul', {}, s.signs.map((x) => h('li', {}, x))),
    h('h3', {}, 'What fits this stage'), h('ul', {}, s.whatFits.map((x) => h('li', {}, x))),
    s.onViolation ? [h('h3', {}, 'When trust is broken at this stage'), h('p', {}, s.onViolation)] : null,
    sourceLinks(s.sources))));
}

async function glossaryTab() {
  const terms = [...await glossary()].sort((a, b) => a.term.localeCompare(b.term));
  return h('dl', { class: 'section glossary' }, terms.map((t) => [
    h('dt', { id: `term-${t.id}` }, h('strong', {}, t.term)),
    h('dd', {}, h('p', {}, t.definition), sourceLinks(t.sources))]));
}

async function bibliographyTab(query) {
  const sources = [...await bibliography()].sort((a, b) => a.authors.localeCompare(b.authors));
  const wanted = query.get('source');
  const list = h('ol', { class: 'section sources bibliography' }, sources.map((s) => h('li', {
    id: `source-${s.id}`, class: s.id === wanted ? 'highlight' : null, tabindex: s.id === wanted ? '-1' : null,
  },
    `${s.authors} (${s.year}). `, h('cite', {}, s.title), s.venue ? `. ${s.venue}.` : '.',
    h('span', { class: 'muted' }, ` [${s.id}]`),
    null))); // the entry's note is for the team that keeps the bibliography (what is unverified), not for the reader
  if (wanted) setTimeout(() => { const el = document.getElementById(`source-${wanted}`); if (el) { el.scrollIntoView(); el.focus(); } }, 0);
  return list;
}

async function rulesTab(query) {
  const all = await rules();
  const wanted = query.get('rule');
  const filterId = 'rule-filter';
  const input = h('input', { id: filterId, type: 'search', value: query.get('q') || '', autocomplete: 'off', 'aria-describedby': 'rule-count' });
  const count = h('p', { id: 'rule-count', class: 'muted', 'aria-live': 'polite' });
  const body = h('tbody');
  const rows = all.map((r) => ({ rule: r, text: `${r.name} ${r.id} ${r.file} ${r.category || ''} ${r.description || ''} ${(r.sources || []).join(' ')}`.toLowerCase(),
    row: h('tr', { id: `rule-${r.id}`, class: r.id === wanted ? 'highlight' : null, tabindex: r.id === wanted ? '-1' : null },
      h('th', { scope: 'row' }, r.name, r.description ? h('p', { class: 'muted' }, r.description) : null),
      h('td', {}, r.category ? label('category', r.category) : '–'),
      h('td', {}, h('code', {}, r.file)),
      h('td', {}, r.confidence ? badge(label('confidence', r.confidence), 'neutral') : '–'),
      h('td', {}, (r.sources || []).map((id, i) => [i ? ', ' : '', link(`/knowledge/bibliography?source=${encodeURIComponent(id)}`, id)]))) }));
  function apply() {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    fill(body, ...rows.filter((r) => words.every((w) => r.text.includes(w))).map((r) => { shown += 1; return r.row; }));
    count.textContent = `${shown} of ${all.length} rules shown.`;
  }
  input.addEventListener('input', apply);
  apply();
  if (wanted) setTimeout(() => { const el = document.getElementById(`rule-${wanted}`); if (el) { el.scrollIntoView(); el.focus(); } }, 0);
  return h('div', { class: 'section' },
    h('div', { class: 'filter-bar' }, h('div', { class: 'field' },
      h('label', { for: filterId }, 'Filter the rules'),
      h('p', { class: 'help' }, 'By words of the rule, its file, category or a source id, for example "integrity" or "verdict.drl".'),
      input), count),
    h('div', { class: 'table-scroll' }, h('table', { class: 'data rules' },
      h('thead', {}, h('tr', {}, ['Rule', 'Category', 'File', 'Confidence', 'Sources'].map((t) => h('th', { scope: 'col' }, t)))),
      body)));
}
