// The portfolio: every alliance with its trust health, those needing attention first, a page at a time.
import { api } from '../api.js';
import { add, announce, badge, fill, formatDate, h, link, notice, pageHeading } from '../dom.js';
import { recommendationCard } from '../explain.js';
import { errorSummary, readForm, selectField, showServerError } from '../forms.js';
import { label, tone } from '../labels.js';

const PAGE_SIZE = 50;

export async function dashboard(view, { query }) {
  const requested = Number(query.get('page') || 1);
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const portfolio = await api(`/api/v1/portfolio?page=${page}&size=${PAGE_SIZE}`);
  const { items: alliances, total } = portfolio.alliances;

  add(view, 
    pageHeading('Alliance portfolio'),
    h('p', { class: 'lead' }, 'Every alliance and the health of the trust it runs on, those needing attention first.'),
    h('div', { class: 'actions' },
      link('/alliances/new', 'Open a case file', { class: 'button primary' }),
      link('/assess', 'Assess a candidate partner', { class: 'button' })),
    h('dl', { class: 'grid-3 section' },
      stat('Alliances', String(total)),
      stat('Needing attention', String(portfolio.needingAttention)),
      stat('Portfolio as of', formatDate(portfolio.asOf))),
    portfolio.pending ? notice(`The health of ${portfolio.pending} ${portfolio.pending === 1 ? 'alliance is' : 'alliances are'} being brought`
      + ' up to date (after a change of the rules, a new day or an import); each is marked below until it is.', 'info', 'status') : null);

  add(view, portfolioAdvice(portfolio.advice));

  if (!total) {
    add(view, h('div', { class: 'panel section' },
      h('h2', { class: 'panel-title' }, 'No alliances yet'),
      h('p', {}, 'Open a case file for an alliance you are planning or running. Its assessments, diagnoses, checklists and health checks are then kept together, with a timeline.')));
    return;
  }
  if (!alliances.length) {
    add(view, notice(`There is no page ${page}: the portfolio has ${pageCount(total)}.`, 'warning'), link('/', 'Go to the first page'));
    return;
  }

  add(view, h('section', { class: 'section', 'aria-labelledby': 'portfolio-heading' },
    h('h2', { id: 'portfolio-heading' }, 'Alliances and their health'),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'portfolio-heading' },
      h('table', { class: 'data portfolio' },
        h('thead', {}, h('tr', {}, ['Partner', 'Purpose', 'Status', 'Trust health', 'Trend', 'Last check', 'Next check', 'Plan steps due', 'Top risks']
          .map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, alliances.map((a) => h('tr', { 'data-alliance': a.allianceId },
          h('th', { scope: 'row' }, link(`/alliances/${encodeURIComponent(a.allianceId)}`, a.partner)),
          h('td', {}, label('purpose', a.purpose)),
          h('td', {}, label('allianceStatus', a.status)),
          h('td', {}, badge(label('level', a.health), tone('level', a.health)),
            a.overallScore ? h('span', { class: 'muted' }, ` ${a.overallScore.toFixed(1)} / 5`) : null,
            a.notEvaluated ? h('p', { class: 'muted' }, a.notEvaluated) : null,
            a.pending ? h('p', { class: 'muted' }, `Being brought up to date; shown as of ${formatDate(a.asOf) || 'never'}.`) : null),
          h('td', {}, a.trend === 'NO_CHECKS' ? h('span', { class: 'muted' }, 'No checks yet') : a.trend ? badge(label('trend', a.trend), tone('trend', a.trend)) : '–'),
          h('td', {}, a.lastCheck ? link(`/alliances/${encodeURIComponent(a.allianceId)}/health`, formatDate(a.lastCheck)) : '–'),
          h('td', {}, a.nextCheckDue ? formatDate(a.nextCheckDue) : '–', a.overdue ? [' ', badge('Overdue', 'bad')] : null),
          h('td', { class: 'plan-steps' }, planSteps(a)),
          h('td', {}, a.topRisks && a.topRisks.length ? h('ul', { class: 'compact' }, a.topRisks.map((r) => h('li', {}, r))) : '–')))))),
    pager(page, total, alliances.length)));
}

/** The steps of the alliance's trust-building plan due within a month or overdue, and the next one; a dash without a plan. */
function planSteps(a) {
  const p = a.planSteps;
  if (!p) return '–';
  if (!p.nextStep) return h('span', { class: 'muted' }, 'Every step settled');
  const count = p.due ? [badge(`${p.due} due`, p.overdue ? 'bad' : 'warning'), p.overdue ? [' ', badge(`${p.overdue} overdue`, 'bad')] : null] : null;
  return [count, h('p', { class: count ? 'muted' : '' }, `Next: ${p.nextStep}, by ${formatDate(p.nextDue)}`)];
}

function pageCount(total) {
  const pages = Math.ceil(total / PAGE_SIZE);
  return pages === 1 ? 'one page' : `${pages} pages`;
}

/** Previous and next page, and where this page stands; nothing when the portfolio fits on one page. */
function pager(page, total, shown) {
  if (total <= PAGE_SIZE) return null;
  const first = (page - 1) * PAGE_SIZE + 1;
  return h('nav', { class: 'actions pager', 'aria-label': 'Pages of the portfolio' },
    page > 1 ? link(`/?page=${page - 1}`, 'Previous page', { class: 'button', rel: 'prev' }) : null,
    h('span', { class: 'muted' }, `Alliances ${first} to ${first + shown - 1} of ${total}`),
    first + shown - 1 < total ? link(`/?page=${page + 1}`, 'Next page', { class: 'button', rel: 'next' }) : null);
}

function stat(term, value) {
  return h('div', { class: 'stat' }, h('dt', {}, term), h('dd', {}, value));
}

const ALLIANCE_FUNCTION = [
  { value: 'YES', label: 'Yes: a team or a named senior person owns alliance practice across the company' },
  { value: 'NO', label: 'No: each alliance is run on its own' },
];

/** Advice about the portfolio as a whole, beside the rows, and the company setting it follows from. */
function portfolioAdvice(advice) {
  if (!advice) return null;
  const section = h('section', { class: 'section portfolio-advice', 'aria-labelledby': 'portfolio-advice-heading' });
  const current = advice.organisation && advice.organisation.allianceFunction !== 'NOT_KNOWN' ? advice.organisation.allianceFunction : '';
  const summary = errorSummary();
  const save = h('button', { type: 'submit', class: 'button' }, 'Save');
  const form = h('form', { class: 'panel', novalidate: true }, summary,
    selectField({ name: 'allianceFunction', label: 'Does the company have a dedicated alliance function?', unknown: 'Not known',
      help: 'A team, or a named senior person, who owns alliance practice across the company: due diligence, health checks on schedule, lessons learned, training of alliance managers.',
      options: ALLIANCE_FUNCTION, value: current }),
    h('div', { class: 'actions' }, save));
  const items = h('div', { class: 'cards' });
  const show = (a) => fill(items, ...(a.items || []).map((rec) => recommendationCard(rec, { headingLevel: 3 })));
  show(advice);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = readForm(form);
    save.disabled = true;
    try {
      await api('/api/v1/organisation', { method: 'PUT', body: { allianceFunction: body.allianceFunction || 'NOT_KNOWN' } });
      const portfolio = await api('/api/v1/portfolio?size=1');
      show(portfolio.advice);
      announce('The setting was saved and the advice about the portfolio updated.');
    } catch (error) {
      showServerError(form, summary, error);
    } finally {
      save.disabled = false;
    }
  });
  return add(section,
    h('h2', { id: 'portfolio-advice-heading' }, 'About the portfolio as a whole'),
    h('p', { class: 'muted' }, 'Advice about the company\'s alliances taken together, beside each alliance\'s own health below.'),
    form, items);
}
