// The one-page brief of an assessment, addressed to the CEO who decides: the decision asked for, the
// recommendation, three reasons, three conditions, what is not known yet, what would change the answer,
// the alternatives and the business case. The words are the server's, the same as on the PDF brief;
// the print stylesheet fits them on one page.
import { api } from '../api.js';
import { briefPdfButton } from '../brief-download.js';
import { add, h, link, pageHeading } from '../dom.js';
import { recall, remember } from '../session.js';

function list(items, numbered) {
  return h(numbered ? 'ol' : 'ul', {}, items.map((text) => h('li', {}, text)));
}

function section(id, heading, items, { numbered = false, tail = null } = {}) {
  if (!items.length && !tail) return null;
  return h('section', { 'aria-labelledby': id },
    h('h2', { id }, heading),
    list(items, numbered),
    tail ? h('p', { class: 'muted' }, tail) : null);
}

export async function brief(view, { params: [id] }) {
  let current;
  if (id) {
    const stored = await api(`/api/v1/assessments/${encodeURIComponent(id)}`);
    current = { input: stored.input, output: stored.output, stored: { id: stored.id, createdAt: stored.createdAt, allianceId: stored.allianceId } };
    remember('assessment', current);
  } else {
    current = recall('assessment');
  }
  if (!current || !current.input) {
    add(view, pageHeading('No assessment to brief'),
      h('p', {}, 'Assess a partner first; its brief can then be printed from the result. ', link('/assess', 'Assess a partner')));
    return;
  }
  const b = current.stored
    ? await api(`/api/v1/assessments/${encodeURIComponent(current.stored.id)}/brief`)
    : await api('/api/v1/partner-assessments/brief', { method: 'POST', body: current.input });

  add(view,
    h('div', { class: 'actions no-print' },
      h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, 'Print this brief'),
      briefPdfButton(current.stored ? { assessmentId: current.stored.id } : { input: current.input }),
      link(current.stored ? `/assessments/${encodeURIComponent(current.stored.id)}` : '/result', 'Back to the full result', { class: 'button' })),
    h('article', { class: 'brief', 'aria-labelledby': 'brief-title' },
      h('header', { class: 'brief-head' },
        h('div', {},
          h('p', { class: 'muted' }, `Brief for your decision · ${b.date}`),
          h('h1', { id: 'brief-title', class: 'page-heading', tabindex: '-1' }, b.partner),
          b.dealLine ? h('p', { class: 'muted' }, b.dealLine) : null)),
      h('section', { 'aria-labelledby': 'brief-decision' },
        h('h2', { id: 'brief-decision' }, 'The decision asked of you'),
        h('p', {}, b.decision)),
      h('div', { class: 'verdict brief-recommendation' },
        h('p', { class: 'verdict-kicker' }, 'Our recommendation'),
        h('p', { class: 'verdict-label' }, b.verdictWords),
        h('p', {}, b.recommendation),
        b.confidence ? h('p', { class: 'muted' }, b.confidence) : null),
      h('div', { class: 'brief-columns brief-halves' },
        h('div', {},
          section('brief-reasons', b.reasonsHeading, b.reasons, { numbered: true }),
          section('brief-unknowns', 'What is not known yet', b.unknowns,
            { tail: b.moreUnknowns > 0 ? `and ${b.moreUnknowns} more in the full report.` : null })),
        h('div', {},
          section('brief-conditions', b.conditionsHeading, b.conditions, { numbered: true }),
          section('brief-change', 'What would change the answer', b.whatWouldChange))),
      section('brief-alternatives', 'The alternatives', b.alternatives),
      section('brief-case', b.businessCaseHeading, b.businessCase),
      h('footer', { class: 'brief-foot' },
        b.sources.length ? h('p', {}, h('strong', {}, 'Sources: '), `${b.sources.join('; ')}.`) : null,
        h('p', {}, b.footer))));
}
