// The one way an explanation is shown: a disclosure that unfolds into why, the evidence it rests on,
// the chain of conclusions with the rule behind each, the deciding rule, and the research cited.
import { api } from './api.js';
import { badge, h, link } from './dom.js';
import { label, tone } from './labels.js';

const byId = (list) => new Map((list || []).map((item) => [item.id, item]));

// The texts of the rules and research sources, the same for every answer of one rules version: an
// answer names them by id, and they are read once per version from the rule catalogue and the
// bibliography. An answer that carries texts of its own (a stored assessment, made perhaps with rules
// since changed) is read from those first.
const TEXTS = {
  version: null, rules: new Map(), sources: new Map(), advice: new Map(), casePoints: new Map(), fields: new Map(), tried: new Set(),
};
const TEXT_CATALOGUES = {
  rules: '/api/v1/rules', sources: '/api/v1/knowledge/bibliography', advice: '/api/v1/knowledge/advice', casePoints: '/api/v1/knowledge/business-case',
  evidence: '/api/v1/knowledge/evidence', deal: '/api/v1/knowledge/fit-and-power', ourSide: '/api/v1/knowledge/our-side',
};
// Each input field of the catalogues by the key an answer names it with ("integrity.questionnaire", "fit.gapFilled", "ours.pressureTactics").
const FIELD_KEYS = {
  evidence: (f) => `${String(f.element).toLowerCase()}.${f.name}`,
  deal: (f) => `${String(f.section).toLowerCase()}.${f.name}`,
  ourSide: (f) => `ours.${f.name}`,
};
let loadingTexts = null;

/**
 * Reads the rule catalogue, the bibliography, the wording of advice and of the business case, and the
 * input catalogues (evidence, fit and power, our side) of the version an answer names (GET /api/v1/rules,
 * /api/v1/knowledge/bibliography, /advice, /business-case, /evidence, /fit-and-power and /our-side, each
 * sent with its version as ETag), unless they are already
 * held; asked once for each version it does not hold (the server serves only its current one). Pages
 * that show reasoning await it before they render. Should it fail, the next call tries again, and
 * rules are shown by what the answer itself says of them.
 */
export function loadReasoningTexts(version) {
  if (TEXTS.version && (!version || version === TEXTS.version || TEXTS.tried.has(version))) return Promise.resolve();
  if (!loadingTexts) {
    const kinds = Object.keys(TEXT_CATALOGUES);
    loadingTexts = Promise.all(kinds.map((kind) => api(TEXT_CATALOGUES[kind], { withVersion: true })))
      .then((answers) => {
        TEXTS.version = answers[0].version || version || 'unknown';
        kinds.filter((kind) => !FIELD_KEYS[kind]).forEach((kind) => { TEXTS[kind] = byId(answers[kinds.indexOf(kind)].body); });
        TEXTS.fields = new Map(kinds.filter((kind) => FIELD_KEYS[kind])
          .flatMap((kind) => answers[kinds.indexOf(kind)].body.map((f) => [FIELD_KEYS[kind](f), f])));
        if (version) TEXTS.tried.add(version);
      })
      .catch(() => { /* shown from the answer's own words; tried again next time */ })
      .finally(() => { loadingTexts = null; });
  }
  return loadingTexts;
}

/** A research source in words: its citation from the bibliography (once read), else its id. */
export function citation(id) {
  const source = TEXTS.sources.get(id);
  return source && source.citation ? source.citation : id;
}

/** The version an answer was made with: its own, or that of the first assessment it holds (a comparison). */
export function versionOf(answer) {
  if (!answer || typeof answer !== 'object') return null;
  if (typeof answer.version === 'string') return answer.version;
  const first = (answer.ranking || [])[0];
  return first && first.assessment ? first.assessment.version || null : null;
}

/**
 * An answer sent with its reasoning as one graph (its `reasoning` section: each fact, conclusion,
 * rule and source once, with an id; explanations and the trace refer to them by id), with every
 * explanation read back in full: the facts, the chain of conclusions (each with its rule and what it
 * rests on, in words), the deciding rule and the sources. An answer without the section is returned
 * as it is.
 */
export function resolveReasoning(answer) {
  if (!answer || !answer.reasoning) return answer;
  // The answer's own texts first (a stored assessment keeps those it was made with), then the catalogue's.
  const own = { rules: byId(answer.reasoning.rules), sources: byId(answer.reasoning.sources) };
  // A source the answer gives only a confidence for takes its citation and note from the bibliography.
  const lookup = (kind) => ({
    get: (id) => {
      const mine = own[kind].get(id);
      const shared = TEXTS[kind].get(id);
      if (!mine || !shared) return mine || shared;
      return { ...shared, ...Object.fromEntries(Object.entries(mine).filter(([, v]) => v !== null && v !== undefined)) };
    },
  });
  // A rule named by the answer's own short id ("r3") is the catalogue's rule its entry names ({ id: "r3", rule: "<catalogue id>" }).
  const rules = {
    get: (id) => {
      const mine = own.rules.get(id);
      if (mine && mine.rule) return TEXTS.rules.get(mine.rule) || { id: mine.rule, name: null, file: null };
      return mine || TEXTS.rules.get(id);
    },
  };
  const graph = {
    facts: byId(answer.reasoning.facts), conclusions: byId(answer.reasoning.conclusions),
    rules, sources: lookup('sources'),
  };
  const rule = (id) => {
    if (!id) return null;
    const r = graph.rules.get(id);
    return r && r.name ? { id: r.id, name: r.name, file: r.file } : { id: r ? r.id : id, name: 'A rule of another version of the rules', file: null };
  };
  const premise = (id) => {
    const fact = graph.facts.get(id);
    if (fact) return fact.value === 'UNKNOWN' ? `${fact.label || fact.field}: not known` : `${fact.label || fact.field}: ${fact.valueLabel || fact.value}`;
    const conclusion = graph.conclusions.get(id);
    return conclusion ? conclusion.statement : id;
  };
  const explanation = (e) => {
    const rulesUsed = [e.rule, ...(e.conclusions || []).map((id) => (graph.conclusions.get(id) || {}).rule)]
      .map((id) => graph.rules.get(id)).filter(Boolean);
    return {
      why: e.why,
      facts: (e.facts || []).map((id) => graph.facts.get(id)).filter(Boolean),
      conclusions: (e.conclusions || []).map((id) => graph.conclusions.get(id)).filter(Boolean).map((c) => ({
        statement: c.statement, rule: rule(c.rule), basedOn: (c.basedOn || []).map(premise),
      })),
      rule: rule(e.rule),
      // Sources not listed are those of its rules, each once, in order.
      sources: (e.sources || [...new Set(rulesUsed.flatMap((r) => r.sources || []))]).map((id) => {
        const s = graph.sources.get(id) || { id };
        // The confidence of the first of the explanation's rules citing it, when the answer does not give it.
        const citing = rulesUsed.find((r) => (r.sources || []).includes(id));
        return { id: s.id, citation: s.citation, note: s.note, confidence: s.confidence || (citing ? citing.confidence : null) };
      }),
    };
  };
  // A recommendation or business case statement whose words are the knowledge base's is sent without them.
  const fill = (template, subject) => (template && subject ? template.split('{subject}').join(subject) : template);
  const worded = (node, out) => {
    const keys = Object.keys(node);
    if (keys.length === 1 && keys[0] === 'field') {
      // A step to find an input out, named by its field: its label and how to find it out are the catalogue's.
      const field = TEXTS.fields.get(node.field);
      if (field) Object.assign(out, { label: field.label, action: field.collect });
      return;
    }
    if (!node.id || !out.explanation) return;
    if ('priority' in node) {
      const advice = TEXTS.advice.get(node.id);
      if (!advice) return;
      if (out.title === undefined) out.title = fill(advice.title, node.subject);
      if (out.text === undefined) out.text = fill(advice.text, node.subject);
      if (out.explanation.why === undefined) out.explanation.why = fill(advice.why, node.subject);
    } else if ('section' in node) {
      const point = TEXTS.casePoints.get(node.id);
      if (!point) return;
      if (out.statement === undefined) out.statement = point.statement;
      if (out.explanation.why === undefined) out.explanation.why = point.why;
    }
  };
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const out = {};
    Object.entries(node).forEach(([key, value]) => {
      if (key === 'reasoning' && node === answer) return;
      if (key === 'explanation' && value && Array.isArray(value.facts)) out[key] = explanation(value);
      // Each rule applied once, in the order it first fired.
      else if (key === 'trace' && Array.isArray(value)) {
        const ids = [...new Set(value.map((r) => (typeof r === 'string' ? r : r.id)))];
        out[key] = ids.map((id) => rule(id));
      }
      else out[key] = walk(value);
    });
    worded(node, out);
    return out;
  };
  return walk(answer);
}

function ruleLink(rule) {
  if (!rule) return null;
  // The rule's name leads to the rule catalogue, where its file, sources and confidence are for whoever audits it.
  return h('span', { class: 'rule-ref' }, link(`/knowledge/rules?rule=${encodeURIComponent(rule.id)}`, rule.name));
}

function factList(facts) {
  return h('ul', { class: 'facts' }, facts.map((f) => h('li', {},
    h('span', { class: 'fact-label' }, f.label || f.field), ': ',
    h('span', { class: 'fact-value' }, f.valueLabel || f.value))));
}

/** The body of an explanation, without the disclosure around it (used in print, where nothing folds). */
export function explanationBody(explanation) {
  if (!explanation) return h('p', {}, 'No explanation was given.');
  const facts = explanation.facts || [];
  const steps = explanation.conclusions || [];
  const sources = explanation.sources || [];
  return h('div', { class: 'explanation' },
    explanation.why ? h('div', { class: 'explain-part' }, h('h4', {}, 'Why'), h('p', {}, explanation.why)) : null,
    h('div', { class: 'explain-part' }, h('h4', {}, 'Evidence it rests on'),
      facts.length ? factList(facts) : h('p', { class: 'muted' }, 'No single item of evidence: this follows from the conclusions below or from the alliance itself.')),
    steps.length ? h('div', { class: 'explain-part' }, h('h4', {}, 'Chain of conclusions'),
      h('ol', { class: 'chain' }, steps.map((step) => h('li', {},
        h('p', { class: 'step-statement' }, step.statement),
        h('p', { class: 'step-rule' }, 'Rule: ', ruleLink(step.rule)),
        step.basedOn && step.basedOn.length ? h('p', { class: 'step-basis' }, `Based on: ${step.basedOn.join('; ')}`) : null)))) : null,
    explanation.rule ? h('div', { class: 'explain-part' }, h('h4', {}, 'Deciding rule'), h('p', {}, ruleLink(explanation.rule))) : null,
    h('div', { class: 'explain-part' }, h('h4', {}, 'Sources'),
      sources.length ? h('ul', { class: 'sources' }, sources.map((s) => h('li', {},
        h('span', { class: 'citation' }, s.citation || s.id), ' ',
        s.confidence ? badge(`${label('confidence', s.confidence)} confidence`, 'neutral') : null,
        s.note ? h('p', { class: 'source-note' }, s.note) : null)))
        : h('p', { class: 'muted' }, 'No source is cited.')));
}

/** A keyboard-operable disclosure (details/summary) holding the explanation. */
export function explanation(expl, summary = 'Why? The reasoning behind this') {
  return h('details', { class: 'explain' }, h('summary', {}, summary), explanationBody(expl));
}

/** A recommendation (or a warning shaped like one): priority, title, text, actions, and its explanation. */
// The same advice can be given for several subjects (one per trust element, say): name the subject
// unless the title already does.
function titleWithSubject(rec) {
  const subject = rec.subject ? String(rec.subject).replace(/[_-]+/g, ' ') : '';
  if (!subject || rec.title.toLowerCase().includes(subject.toLowerCase())) return rec.title;
  return `${rec.title} (${subject})`;
}

export function recommendationCard(rec, { headingLevel = 3 } = {}) {
  return h('article', { class: ['card', 'recommendation', `priority-${(rec.priority || 'LOW').toLowerCase()}`], 'data-id': rec.id },
    h('div', { class: 'card-head' },
      rec.priority ? badge(`${label('priority', rec.priority)} priority`, tone('priority', rec.priority)) : null,
      rec.category ? h('span', { class: 'category' }, label('category', rec.category)) : null,
      rec.confidence ? h('span', { class: 'research' }, `Research: ${label('confidence', rec.confidence).toLowerCase()} confidence`) : null),
    h(`h${headingLevel}`, {}, titleWithSubject(rec)),
    rec.text ? h('p', {}, rec.text) : null,
    rec.actions && rec.actions.length ? h('div', { class: 'actions-list' }, h('h4', {}, 'What to do'),
      h('ul', {}, rec.actions.map((a) => h('li', {}, a.label ? h('strong', {}, `${a.label}: `) : null, a.action)))) : null,
    explanation(rec.explanation, 'Why this is recommended'));
}

export function redFlagCard(flag, { headingLevel = 3 } = {}) {
  return h('article', { class: ['card', 'red-flag'], 'data-id': flag.id },
    h('div', { class: 'card-head' },
      badge(label('severity', flag.severity), tone('severity', flag.severity)),
      flag.legalBar ? badge('Legal bar: refer to counsel', 'bad') : null,
      flag.alleged ? badge('Alleged, to verify', 'neutral') : null,
      flag.element ? h('span', { class: 'category' }, label('element', flag.element)) : null),
    h(`h${headingLevel}`, {}, flag.title),
    flag.text ? h('p', {}, flag.text) : null,
    flag.allows ? h('p', {}, 'Allows at best: ', h('strong', {}, label('verdict', flag.allows))) : null,
    flag.resolvedBy ? h('p', {}, h('strong', {}, 'How it is resolved: '), flag.resolvedBy) : null,
    explanation(flag.explanation, 'Why this is a red flag'));
}

/** An item of evidence that weighs against the partner or is still to verify, and what would resolve it. */
export function findingCard(finding, { headingLevel = 3 } = {}) {
  return h('article', { class: ['card', 'finding'], 'data-field': finding.field },
    h('div', { class: 'card-head' },
      badge(label('bearing', finding.bearing), tone('bearing', finding.bearing)),
      finding.element ? h('span', { class: 'category' }, label('element', finding.element)) : null),
    h(`h${headingLevel}`, {}, finding.label),
    h('p', {}, 'Found: ', h('strong', {}, finding.valueLabel || finding.value)),
    finding.action ? h('p', {}, h('strong', {}, 'What would resolve it: '), finding.action) : null,
    explanation(finding.explanation, 'Why this matters'));
}
