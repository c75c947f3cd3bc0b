// The one-page brief of an assessment for the CEO: the verdict and why, the trust profile, red
// flags, what we recommend and what would change the verdict. Its print stylesheet fits it on one page.
import { api } from '../api.js';
import { radarChart } from '../charts.js';
import { add, badge, formatDate, h, link, pageHeading } from '../dom.js';
import { resolveReasoning } from '../explain.js';
import { label, tone } from '../labels.js';
import { recall, remember } from '../session.js';
import { verdictPanel, whatWouldChange } from './result.js';

const MAX_RECOMMENDATIONS = 5;
const MAX_FLAGS = 4;
const MAX_CHANGES = 2;

/** Authors and year ("Mayer, R. C., Davis, J. H. & Schoorman, F. D. (1995)"): the full reference is in the full result. */
function shortCitation(source) {
  const authorsAndYear = (source.citation || '').match(/^.*?\(\d{4}\)/);
  return authorsAndYear ? authorsAndYear[0] : source.citation || source.id;
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
  if (!current) {
    add(view, pageHeading('No assessment to brief'),
      h('p', {}, 'Assess a partner first; its brief can then be printed from the result. ', link('/assess', 'Assess a partner')));
    return;
  }
  const out = resolveReasoning(current.output);
  const input = current.input || {};
  const plan = input.alliance || {};
  const flags = out.redFlags.slice(0, MAX_FLAGS);
  const recommendations = out.recommendations.filter((r) => r.priority === 'CRITICAL' || r.priority === 'HIGH').slice(0, MAX_RECOMMENDATIONS);
  const facts = (out.verdict.explanation && out.verdict.explanation.facts) || [];
  const cited = (out.verdict.explanation && out.verdict.explanation.sources) || [];
  // The team's own thresholds are not research: named as such, not listed among the studies.
  const sources = cited.filter((s) => s.id !== 'team-judgement');
  const teamJudgement = sources.length < cited.length;
  const made = current.stored ? formatDate(current.stored.createdAt) : formatDate(new Date().toISOString());

  add(view, 
    h('div', { class: 'actions no-print' },
      h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, 'Print this brief'),
      link(current.stored ? `/assessments/${encodeURIComponent(current.stored.id)}` : '/result', 'Back to the full result', { class: 'button' })),
    h('article', { class: 'brief', 'aria-labelledby': 'brief-title' },
      h('header', { class: 'brief-head' },
        h('div', {},
          h('p', { class: 'muted' }, 'Brief for the CEO · partner assessment'),
          h('h1', { id: 'brief-title', class: 'page-heading', tabindex: '-1' }, out.partner)),
        h('div', { class: 'muted' },
          h('p', {}, made),
          h('p', {}, [plan.purpose ? label('purpose', plan.purpose) : null, input.partner && input.partner.country ? input.partner.country : null]
            .filter(Boolean).join(' · ')))),
      verdictPanel(out.verdict, { compact: true }),
      h('div', { class: 'brief-columns' },
        h('section', { 'aria-labelledby': 'brief-profile' },
          h('h2', { id: 'brief-profile' }, 'Trust profile'),
          radarChart(out.profile, { className: 'brief-radar', compact: true }),
          h('ul', { class: 'plain' }, out.profile.map((p) => h('li', {}, `${label('element', p.element)}: `, badge(label('level', p.level), tone('level', p.level))))),
          h('p', { class: 'muted' }, out.confidence.statement)),
        h('div', {},
          facts.length ? h('section', { 'aria-labelledby': 'brief-why' },
            h('h2', { id: 'brief-why' }, 'What the verdict rests on'),
            h('ul', {}, facts.map((f) => h('li', {}, `${f.label}: ${f.valueLabel || f.value}`)))) : null,
          h('section', { 'aria-labelledby': 'brief-flags' },
            h('h2', { id: 'brief-flags' }, `Red flags (${out.redFlags.length})`),
            flags.length ? h('ul', {}, flags.map((f) => h('li', {}, h('strong', {}, `${label('severity', f.severity)}: `), f.title,
              f.legalBar ? ' (legal bar: refer to counsel)' : '', f.alleged ? ' (alleged, to verify)' : ''))) : h('p', {}, 'None raised.')),
          out.fit ? h('section', { 'aria-labelledby': 'brief-fit' },
            h('h2', { id: 'brief-fit' }, 'Fit and dependence'),
            h('p', { class: 'brief-fit' }, out.fit.known === 0 && !out.fit.kinds.some((k) => k.level !== 'UNKNOWN')
              ? 'Not yet assessed: whether the partner brings what the alliance needs is still to be found out.'
              : out.fit.kinds.map((k) => `${k.name} ${k.level === 'UNKNOWN' ? 'not yet assessed' : label('level', k.level).toLowerCase()}`).join(' · ') + '.',
            out.power && out.power.balance !== 'NOT_ESTABLISHED' ? ` ${out.power.statement}` : '')) : null,
          h('section', { 'aria-labelledby': 'brief-recs' },
            h('h2', { id: 'brief-recs' }, 'What we recommend'),
            recommendations.length ? h('ol', {}, recommendations.map((r) => h('li', {}, h('strong', {}, r.title)))) : h('p', {}, 'No urgent recommendation.'),
            out.recommendations.length > recommendations.length ? h('p', { class: 'muted' }, `${out.recommendations.length - recommendations.length} further recommendations in the full result.`) : null),
          out.culture ? h('section', { 'aria-labelledby': 'brief-culture' },
            h('h2', { id: 'brief-culture' }, 'Culture'),
            h('p', {}, `${out.culture.gaps.filter((g) => g.size === 'LARGE').length} large and ${out.culture.gaps.filter((g) => g.size === 'MODERATE').length} moderate gaps `
              + `between ${out.culture.ours.name || 'our side'} and ${out.culture.partner.name || 'the partner'}.`),
            out.culture.adaptations.length ? h('ul', {}, out.culture.adaptations.slice(0, 2).map((a) => h('li', {}, a.title))) : null) : null,
          out.contractBalance ? h('section', { 'aria-labelledby': 'brief-contract' },
            h('h2', { id: 'brief-contract' }, 'The contract on the table'),
            h('p', {}, h('strong', {}, `${label('position', out.contractBalance.position)}. `), out.contractBalance.explanation.why || '')) : null,
          h('section', { 'aria-labelledby': 'brief-change' },
            h('h2', { id: 'brief-change' }, 'What would change the verdict'),
            whatWouldChange(out, { max: MAX_CHANGES, compact: true })))),
      h('footer', { class: 'brief-foot' },
        h('p', {}, `Rules-based assessment by the Alliance Trust Advisor, rules and knowledge version ${out.version}`,
          current.stored ? `, assessment ${current.stored.id}` : '', '. Each conclusion can be traced to its evidence, rules and sources in the full result.'),
        sources.length ? h('p', {}, 'Research behind the verdict: ', sources.map(shortCitation).join('; '),
          teamJudgement ? '; with thresholds that are the team\'s own judgement where research gives no figure.' : '.') : null)));
}
