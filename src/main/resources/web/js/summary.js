// How every result opens and how its detail is folded: the summary the server made (at most five
// lines, the decision first, each line labelled by its kind), then the detail in sections that open
// on demand, and long lists that show their first items with the rest behind "show all".
import { h, uid } from './dom.js';
import { label } from './labels.js';

/** The result's summary, first on the page; nothing when the answer has none (a record stored before summaries). */
export function summaryPanel(summary, { title = 'In short' } = {}) {
  if (!summary || !summary.length) return null;
  const id = uid('summary-heading');
  return h('section', { class: 'result-summary', 'aria-labelledby': id },
    h('h2', { id }, title),
    h('ul', { class: 'summary-lines' }, summary.map((line) => h('li', { class: ['summary-line', `summary-${line.kind.toLowerCase()}`], 'data-kind': line.kind },
      h('span', { class: 'summary-kind' }, label('summaryKind', line.kind)),
      h('span', { class: 'summary-text' }, line.text)))));
}

/**
 * A section of the detail, folded: its heading (with the id other elements refer to) is always shown
 * and opens it. {@code open} shows it unfolded from the start.
 */
export function fold(id, title, children, { open = false, level = 2, attributes = {} } = {}) {
  return h('details', { class: ['section', 'fold'], open, 'data-fold': id, ...attributes },
    h('summary', {}, h(`h${level}`, { id }, title)),
    h('div', { class: 'fold-body' }, children));
}

/** The first {@code shown} items, the rest behind a "show all" fold that says how many there are. */
export function firstFew(items, shown, render, { more = (n) => `Show all (${n} more)` } = {}) {
  const list = items || [];
  if (list.length <= shown) return list.map(render);
  return [...list.slice(0, shown).map(render),
    h('details', { class: 'show-all' }, h('summary', {}, more(list.length - shown)), list.slice(shown).map(render))];
}
