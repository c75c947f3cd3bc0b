// The result of a partner assessment: verdict, trust profile (radar), red flags, findings to resolve,
// recommendations whose explanations unfold, and what would change the verdict.
import { api } from '../api.js';
import { briefPdfButton } from '../brief-download.js';
import { radarChart } from '../charts.js';
import { add, badge, formatDate, h, link, notice, pageHeading } from '../dom.js';
import { explanation, findingCard, loadReasoningTexts, recommendationCard, redFlagCard, resolveReasoning, versionOf } from '../explain.js';
import { label, tone, verdictMeaning } from '../labels.js';
import { recall, remember } from '../session.js';
import { fold, summaryPanel } from '../summary.js';
import { contractPosition } from './contract.js';
import { cultureComparison } from './culture.js';

export async function currentResult(view) {
  const current = recall('assessment');
  if (!current) {
    add(view, pageHeading('No assessment yet'),
      h('p', {}, 'There is no assessment in this browser tab yet. ', link('/assess', 'Assess a partner'), ' to see a result here.'));
    return;
  }
  await loadReasoningTexts(versionOf(current.output));
  renderAssessment(view, current.output, current);
}

export async function storedResult(view, { params: [id] }) {
  const stored = await api(`/api/v1/assessments/${encodeURIComponent(id)}`);
  const current = { input: stored.input, output: stored.output, stored: { id: stored.id, createdAt: stored.createdAt, allianceId: stored.allianceId } };
  remember('assessment', current);
  await loadReasoningTexts(versionOf(stored.output));
  renderAssessment(view, stored.output, current);
}

/**
 * The verdict panel: the verdict in words, what it asks of the reader, why, and, when too little is
 * known to decide, the checks that would allow a decision (compact: by name only).
 */
export function verdictPanel(verdict, { compact = false } = {}) {
  const checks = verdict.checksToDecide || [];
  return h('section', { class: ['verdict', `verdict-${tone('verdict', verdict.value)}`], 'aria-labelledby': 'verdict-heading', 'aria-live': 'polite' },
    h('h2', { id: 'verdict-heading', class: 'verdict-kicker' }, 'Verdict'),
    h('p', { class: 'verdict-label', 'data-verdict': verdict.value }, label('verdict', verdict.value)),
    h('p', {}, verdictMeaning(verdict.value)),
    verdict.explanation && verdict.explanation.why ? h('p', { class: 'verdict-why' }, verdict.explanation.why) : null,
    checks.length ? h('div', { class: 'checks-to-decide' },
      h('h3', {}, 'Checks that would allow a decision'),
      h('ol', {}, checks.map((c) => h('li', {}, h('strong', {}, c.label), compact ? null : `: ${c.action}`)))) : null,
    compact ? null : explanation(verdict.explanation, 'How the verdict was reached'));
}

export function profileTable(profile) {
  return h('table', { class: 'data profile' },
    h('caption', {}, 'Each trust element is judged on its own evidence'),
    h('thead', {}, h('tr', {}, ['Trust element', 'Level', 'Evidence known'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, profile.map((p) => h('tr', {},
      h('th', { scope: 'row' }, label('element', p.element)),
      h('td', {}, badge(label('level', p.level), tone('level', p.level))),
      h('td', {}, String((p.evidence || []).length))))));
}

const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);

/** What is still to find out, as a list of checks (label: how). */
function toFindOut(actions) {
  if (!actions || !actions.length) return null;
  return h('div', { class: 'checks-to-decide' }, h('h4', {}, 'To find out'),
    h('ul', {}, actions.map((a) => h('li', {}, h('strong', {}, a.label), `: ${a.action}`))));
}

/** Partner fit beside trust: each kind of fit with its level, the facts it rests on, why, and what is still to find out. */
export function fitSection(fit) {
  return [
    h('p', {}, fit.statement),
    h('table', { class: 'data fit-profile' },
      h('caption', {}, 'Each kind of fit is judged on its own facts, apart from trust'),
      h('thead', {}, h('tr', {}, ['Kind of fit', 'Level', 'Facts known'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, fit.kinds.map((k) => h('tr', { 'data-fit': k.kind },
        h('th', { scope: 'row' }, label('fitKind', k.kind)),
        h('td', {}, badge(k.level === 'UNKNOWN' ? 'Not yet assessed' : label('level', k.level), tone('level', k.level))),
        h('td', {}, (k.evidence || []).length ? k.evidence.map((e) => `${e.label}: ${e.valueLabel}`).join('; ') : '—'))))),
    h('div', { class: 'grid-2 element-explanations' }, fit.kinds.map((k) => h('div', {},
      explanation(k.explanation, k.level === 'UNKNOWN' ? `Why ${lowerFirst(label('fitKind', k.kind))} is not yet assessed`
        : `Why ${lowerFirst(label('fitKind', k.kind))} is ${label('level', k.level).toLowerCase()}`),
      toFindOut(k.toFindOut)))),
  ];
}

/** Who depends on whom: the balance in words, each side's dependence, the facts, why, and what is still to find out. */
export function powerSection(power) {
  const side = (level) => badge(level === 'UNKNOWN' ? 'Not known' : label('level', level), level === 'UNKNOWN' ? 'neutral' : 'caution');
  return h('div', { class: 'panel', 'data-balance': power.balance },
    h('p', { class: 'power-statement' }, power.statement),
    h('p', {}, 'Our dependence on the partner: ', side(power.ourDependence), ' · The partner\'s dependence on us: ', side(power.partnerDependence)),
    (power.facts || []).length ? h('ul', {}, power.facts.map((f) => h('li', {}, `${f.label}: ${f.valueLabel}`))) : null,
    explanation(power.explanation, 'How the balance of dependence is read'),
    toFindOut(power.toFindOut));
}

/** A change of evidence as the condition of a sentence ending "the verdict would become …". */
function condition(out, change) {
  if (out.verdict.value === 'INSUFFICIENT_EVIDENCE') return 'If the checks that would allow a decision come back favourable,';
  return `If ${change.changes.map((c) => (c.from === 'UNKNOWN' ? `due diligence established ${lowerFirst(c.label)} as "${c.to}"`
    : `${lowerFirst(c.label)} were "${c.to}" instead of "${c.from}"`)).join(', and ')},`;
}

/** Why no change is listed, in words that fit the verdict. */
function noChange(out, legalBar) {
  if (legalBar) return `The verdict rests on a legal bar: ${lowerFirst(legalBar.resolvedBy)}`;
  switch (out.verdict.value) {
    case 'PROCEED': return 'The verdict is already the most favourable one.';
    case 'INSUFFICIENT_EVIDENCE': return 'No small set of checks was found that would on its own allow a decision: complete the recommended due diligence.';
    default: return 'No single small change of evidence would improve the verdict; the weaknesses found need dealing with together.';
  }
}

/** "What would change this verdict", shared with the brief (which shows fewer, not as cards). */
export function whatWouldChange(out, { max, compact = false } = {}) {
  const legalBar = out.redFlags.find((f) => f.legalBar);
  const changes = legalBar ? [] : (out.whatWouldChange || []).slice(0, max);
  if (!changes.length) return h('p', {}, noChange(out, legalBar));
  return h('ul', { class: ['what-would-change', compact ? null : 'plain'] }, changes.map((c) => h('li', { class: compact ? null : 'card' },
    condition(out, c), ' the verdict would become ', badge(label('verdict', c.verdict), tone('verdict', c.verdict)))));
}

/** How many recommendations are shown before "Show all". */
const TOP_RECOMMENDATIONS = 5;

/** What each category of recommendation asks of the reader: to decide, to safeguard, or to find out. */
const GROUPS = [
  { id: 'decide', title: 'Decide', intro: 'The decision and what to put to the CEO.', categories: ['DECISION', 'CEO_BRIEFING', 'LEGAL'] },
  { id: 'safeguard', title: 'Safeguard', intro: 'How to protect the company and the relationship if it goes ahead.', categories: null },
  { id: 'find-out', title: 'Find out', intro: 'The due diligence still to do.', categories: ['DUE_DILIGENCE'] },
];

function groupOf(rec) {
  return (GROUPS.find((g) => g.categories && g.categories.includes(rec.category)) || GROUPS[1]).id;
}

/**
 * The recommendations in three groups (decide, safeguard, find out), most urgent first as the server
 * ordered them; the five most urgent of all are shown and the rest of each group is behind "Show all".
 */
export function groupedRecommendations(recommendations) {
  const top = new Set(recommendations.slice(0, TOP_RECOMMENDATIONS));
  return GROUPS.map((g) => {
    const inGroup = recommendations.filter((r) => groupOf(r) === g.id);
    if (!inGroup.length) return null;
    const shown = inGroup.filter((r) => top.has(r));
    const rest = inGroup.filter((r) => !top.has(r));
    return h('div', { class: 'recommendation-group', 'data-group': g.id },
      h('h3', {}, `${g.title} (${inGroup.length})`),
      h('p', { class: 'muted' }, g.intro),
      shown.map((r) => recommendationCard(r, { headingLevel: 4 })),
      rest.length ? h('details', { class: 'show-all' }, h('summary', {}, shown.length ? `Show all (${rest.length} more)` : `Show all (${rest.length})`),
        rest.map((r) => recommendationCard(r, { headingLevel: 4 }))) : null);
  });
}

/**
 * Renders a whole assessment into view; context says whether and where it is stored. The texts of
 * the rules and sources its reasoning names by id are read first (loadReasoningTexts).
 */
export function renderAssessment(view, answer, context = {}) {
  const out = resolveReasoning(answer);
  const stored = context.stored;
  const allianceId = out.allianceId || (stored && stored.allianceId);
  const assessmentId = out.assessmentId || (stored && stored.id);
  const findings = out.findings || []; // absent from assessments stored before findings were listed
  // An assessment not stored in a case file lends the checklist its deal, and the checklist offers to store it.
  const checklistQuery = assessmentId ? `?assessment=${encodeURIComponent(assessmentId)}${allianceId ? `&alliance=${encodeURIComponent(allianceId)}` : ''}`
    : context.input ? '?from=assessment' : '';

  add(view, 
    pageHeading(`Assessment of ${out.partner}`),
    h('p', { class: 'muted' },
      stored ? `Made on ${formatDate(stored.createdAt, true)}. ` : '',
      allianceId ? ['Stored in ', link(`/alliances/${encodeURIComponent(allianceId)}`, 'the case file'), '. '] : 'Not stored in a case file. ',
      `Rules and knowledge version ${out.version}.`),
    summaryPanel(out.summary),
    h('div', { class: 'actions no-print' },
      link(assessmentId ? `/brief/${encodeURIComponent(assessmentId)}` : '/brief', 'Print the CEO brief', { class: 'button primary' }),
      assessmentId || context.input ? briefPdfButton(assessmentId ? { assessmentId } : { input: context.input }) : null,
      link('/assess', 'Change the evidence', { class: 'button' }),
      link(`/checklists/new${checklistQuery}`, 'Build the due-diligence checklist', { class: 'button' }),
      assessmentId ? link(`/plan?assessment=${encodeURIComponent(assessmentId)}`, 'Plan trust building after signing', { class: 'button' }) : null,
      link('/compare', 'Compare with other candidates', { class: 'button' })),
    h('div', { class: 'section' }, verdictPanel(out.verdict)),

    h('section', { class: 'section', 'aria-labelledby': 'recommendations-heading' },
      h('h2', { id: 'recommendations-heading' }, `Recommendations (${out.recommendations.length})`),
      h('p', { class: 'muted' }, `The ${Math.min(TOP_RECOMMENDATIONS, out.recommendations.length)} most urgent are shown, grouped by what they ask of you; "Show all" lists the rest. Unfold "Why this is recommended" to see the evidence, the chain of conclusions, the rules and the research behind each one.`),
      groupedRecommendations(out.recommendations)),

    fold('flags-heading', `Red flags (${out.redFlags.length})`,
      out.redFlags.length ? out.redFlags.map((f) => redFlagCard(f)) : h('p', {}, 'No red flag was raised by the evidence given.')),

    fold('findings-heading', `Findings to resolve (${findings.length})`,
      findings.length ? findings.map((f) => findingCard(f))
        : h('p', {}, 'Nothing in the evidence given weighs against the partner or is still to verify.')),

    fold('profile-heading', 'Trust profile', [
      h('div', { class: 'grid-2' },
        h('figure', { class: 'panel chart-figure' }, radarChart(out.profile),
          h('figcaption', { class: 'muted' }, 'The level of each trust element (Mayer, Davis & Schoorman 1995). An element with no evidence is left as a gap, never guessed.')),
        h('div', {},
          profileTable(out.profile),
          h('p', {}, 'Overall trustworthiness: ', badge(label('level', out.overall.level), tone('level', out.overall.level)),
            out.overall.provisional && out.overall.level !== 'UNKNOWN' ? ' (provisional)' : '',
            out.overall.weakest && out.overall.weakest.length ? ` — set by the weakest element: ${out.overall.weakest.map((e) => label('element', e)).join(', ')}.` : ''),
          out.overall.note ? h('p', { class: 'muted' }, out.overall.note) : null,
          explanation(out.overall.explanation, 'Why the overall level is what it is'))),
      h('div', { class: 'grid-2 element-explanations' }, out.profile.map((p) => h('div', {},
        explanation(p.explanation, `Why ${label('element', p.element).toLowerCase()} is ${label('level', p.level).toLowerCase()}`))))]),

    fold('confidence-heading', 'How much is known',
      h('div', { class: 'panel' },
        h('p', {}, out.confidence.statement),
        h('label', { for: 'confidence-meter' }, `Confidence: ${label('level', out.confidence.level)} (${out.confidence.score} of 100)`),
        h('meter', { id: 'confidence-meter', min: '0', max: '100', low: '40', high: '70', optimum: '100', value: String(out.confidence.score) }),
        out.confidence.explanation ? explanation(out.confidence.explanation, 'How confidence is judged') : null)),

    out.fit ? fold('fit-heading', 'Partner fit', fitSection(out.fit)) : null,

    out.power ? fold('power-heading', 'Power and dependence', powerSection(out.power)) : null,

    out.businessCase ? fold('case-heading', 'The business case for the CEO', [
      h('p', {}, out.businessCase.summary),
      [...new Set(out.businessCase.points.map((p) => p.section))].map((section) => h('div', { class: 'panel' },
        h('h3', {}, label('caseSection', section)),
        out.businessCase.points.filter((p) => p.section === section).map((p) => h('div', {},
          h('p', {}, p.statement),
          explanation(p.explanation, 'Why')))))]) : null,

    out.ourSide ? fold('ours-heading', 'Our own side: the relational risk we create', [
      h('p', {}, 'Relational risk we create: ', badge(label('level', out.ourSide.level), tone('risk', out.ourSide.level))),
      h('p', {}, out.ourSide.statement),
      h('ul', {}, out.ourSide.conduct.map((c) => h('li', {}, `${c.label}: ${c.valueLabel}`))),
      explanation(out.ourSide.explanation, 'Why')]) : null,

    out.culture ? fold('culture-heading', `Culture: ${out.culture.ours.name || 'our side'} and ${out.culture.partner.name || 'the partner'}`,
      cultureComparison(out.culture)) : null,

    out.contractBalance ? fold('contract-heading', 'The contract on the table', contractPosition(out.contractBalance)) : null,

    fold('change-heading', 'What would change this verdict', whatWouldChange(out)),

    fold('risk-heading', 'Risk and stage of trust',
      h('div', { class: 'grid-2' },
        h('div', { class: 'panel' },
          h('h3', {}, out.risk.type ? `Main risk: ${label('riskType', out.risk.type).toLowerCase()}` : 'Risk'),
          (out.risk.risks || []).map((r) => h('div', {},
            h('p', {}, `${label('riskType', r.type)}: `, badge(label('level', r.strength), tone('risk', r.strength))),
            explanation(r.explanation, `Why the ${label('riskType', r.type).toLowerCase()} is ${label('level', r.strength).toLowerCase()}`)))),
        h('div', { class: 'panel' },
          h('h3', {}, `Stage: ${out.stage.name}`),
          h('p', {}, 'What fits this stage:'),
          h('ul', {}, (out.stage.whatFits || []).map((w) => h('li', {}, w))),
          explanation(out.stage.explanation, 'Why this stage')))),

    fold('trace-heading', `Rules applied (${out.trace.length})`,
      h('ol', { class: 'explanation' }, out.trace.map((r) => h('li', {}, link(`/knowledge/rules?rule=${encodeURIComponent(r.id)}`, r.name))))),
  );
  if (!out.recommendations.length) add(view, notice('No recommendation was made.', 'info'));
}
