// The portfolio: every alliance with its trust health, those needing attention first.
import { api } from '../api.js';
import { add, badge, formatDate, h, link, pageHeading } from '../dom.js';
import { label, tone } from '../labels.js';

export async function dashboard(view) {
  const portfolio = await api('/api/v1/portfolio');
  const alliances = portfolio.alliances;
  const attention = alliances.filter((a) => a.overdue || a.health === 'LOW' || a.trend === 'DOWN').length;

  add(view, 
    pageHeading('Alliance portfolio'),
    h('p', { class: 'lead' }, 'Every alliance and the health of the trust it runs on, those needing attention first.'),
    h('div', { class: 'actions' },
      link('/alliances/new', 'Open a case file', { class: 'button primary' }),
      link('/assess', 'Assess a candidate partner', { class: 'button' })),
    h('dl', { class: 'grid-3 section' },
      stat('Alliances', String(alliances.length)),
      stat('Needing attention', String(attention)),
      stat('Portfolio as of', formatDate(portfolio.asOf))));

  if (!alliances.length) {
    add(view, h('div', { class: 'panel section' },
      h('h2', { class: 'panel-title' }, 'No alliances yet'),
      h('p', {}, 'Open a case file for an alliance you are planning or running. Its assessments, diagnoses, checklists and health checks are then kept together, with a timeline.')));
    return;
  }

  add(view, h('section', { class: 'section', 'aria-labelledby': 'portfolio-heading' },
    h('h2', { id: 'portfolio-heading' }, 'Alliances and their health'),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'portfolio-heading' },
      h('table', { class: 'data portfolio' },
        h('thead', {}, h('tr', {}, ['Partner', 'Purpose', 'Status', 'Trust health', 'Trend', 'Last check', 'Next check', 'Top risks']
          .map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, alliances.map((a) => h('tr', { 'data-alliance': a.allianceId },
          h('th', { scope: 'row' }, link(`/alliances/${encodeURIComponent(a.allianceId)}`, a.partner)),
          h('td', {}, label('purpose', a.purpose)),
          h('td', {}, label('allianceStatus', a.status)),
          h('td', {}, badge(label('level', a.health), tone('level', a.health)),
            a.overallScore ? h('span', { class: 'muted' }, ` ${a.overallScore.toFixed(1)} / 5`) : null),
          h('td', {}, a.trend === 'NO_CHECKS' ? h('span', { class: 'muted' }, 'No checks yet') : badge(label('trend', a.trend), tone('trend', a.trend))),
          h('td', {}, a.lastCheck ? link(`/alliances/${encodeURIComponent(a.allianceId)}/health`, formatDate(a.lastCheck)) : '–'),
          h('td', {}, a.nextCheckDue ? formatDate(a.nextCheckDue) : '–', a.overdue ? [' ', badge('Overdue', 'bad')] : null),
          h('td', {}, a.topRisks && a.topRisks.length ? h('ul', { class: 'compact' }, a.topRisks.map((r) => h('li', {}, r))) : '–'))))))));
}

function stat(term, value) {
  return h('div', { class: 'stat' }, h('dt', {}, term), h('dd', {}, value));
}
