// The evidence part of an assessment, built from the server's evidence catalogue: one group per
// trust element, a label and help text on every item, and "not known yet" always allowed.
import { h } from './dom.js';
import { numberField, selectField } from './forms.js';

const UNKNOWN = 'Not known yet';

function sentence(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A catalogue item's help text and how to find it out. */
function helpOf(field) {
  return [field.help, field.collect ? `How to find out: ${field.collect}` : null].filter(Boolean).join(' ');
}

/** A catalogue item with values to choose from, "not known yet" first. */
function choiceField(name, field) {
  return selectField({
    name, label: field.label, help: helpOf(field), unknown: UNKNOWN,
    options: field.values.map((c) => ({ value: c.value, label: sentence(c.label) })),
  });
}

/** One evidence item as a form field named by its JSON path, e.g. evidence.integrity.questionnaire. */
export function evidenceField(field, prefix = 'evidence') {
  const name = `${prefix}.${field.element.toLowerCase()}.${field.name}`;
  if (field.type === 'NUMBER') {
    return numberField({ name, label: field.label, help: `${helpOf(field)} Leave empty if not known.`, min: field.min, max: field.max, unit: field.unit });
  }
  return choiceField(name, field);
}

/**
 * One fact about the deal (fit or power) as a form field named by its JSON path, e.g. fit.gapFilled or
 * candidates[1].power.ourDependence; "not known yet" always allowed.
 */
export function dealField(field, prefix = '') {
  return choiceField(`${prefix}${field.section.toLowerCase()}.${field.name}`, field);
}

/** What each kind of fit asks, for the heading of its group. */
export const FIT_KINDS = {
  STRATEGIC: { name: 'Strategic fit', question: 'Does the partner bring what the alliance needs and we lack?' },
  GOALS: { name: 'Goals and values', question: 'Does it want from the alliance what we want, and do business the way we do?' },
  ORGANISATIONAL: { name: 'Organisational fit', question: 'Can the two firms decide and move together? (A very different size, from the power section, counts here too.)' },
  CULTURAL: { name: 'Cultural fit', question: 'Can the people work together? With both countries given (step 1), the distance between the two cultures counts too.' },
};

/** The fit facts, one group per kind of fit, counted like the evidence groups. */
export function fitGroups(groups, { prefix = '', headingLevel = 3 } = {}) {
  return groups.map((g) => h('div', { class: 'evidence-group', 'data-element': `FIT_${g.kind}` },
    h(`h${headingLevel}`, {}, (FIT_KINDS[g.kind] || { name: g.kind }).name),
    h('p', { class: 'section-intro' }, h('strong', {}, (FIT_KINDS[g.kind] || { question: '' }).question)),
    h('p', { class: 'known-count', 'aria-live': 'polite', 'data-known-of': `FIT_${g.kind}` }),
    g.fields.map((f) => dealField(f, prefix))));
}

/** The power and dependence facts as one group. */
export function powerGroup(fields, { prefix = '', headingLevel = 3 } = {}) {
  return h('div', { class: 'evidence-group', 'data-element': 'POWER' },
    h(`h${headingLevel}`, {}, 'Power and dependence'),
    h('p', { class: 'section-intro' }, h('strong', {}, 'Who needs whom more?'),
      ' A side depends on the other as much as it needs what the other brings and lacks other ways to get it.'),
    h('p', { class: 'known-count', 'aria-live': 'polite', 'data-known-of': 'POWER' }),
    fields.map((f) => dealField(f, prefix)));
}

/** The fields of one trust element, with the question it answers. */
export function evidenceGroup(group, { prefix = 'evidence', headingLevel = 2, intro = true } = {}) {
  const { element, fields } = group;
  return h('div', { class: 'evidence-group', 'data-element': element.id },
    h(`h${headingLevel}`, {}, element.name),
    intro ? h('p', { class: 'section-intro' }, h('strong', {}, element.question), ' ', element.definition) : null,
    h('p', { class: 'known-count', 'aria-live': 'polite', 'data-known-of': element.id }),
    fields.map((f) => evidenceField(f, prefix)));
}

/** How many evidence items under root are known, per element and in all. */
export function knownCounts(root) {
  const counts = {};
  root.querySelectorAll('.evidence-group').forEach((g) => {
    const controls = [...g.querySelectorAll('select[name], input[name]')];
    counts[g.dataset.element] = { known: controls.filter((c) => c.value.trim() !== '').length, total: controls.length };
  });
  return counts;
}

/** Keeps each group's "n of m known" line up to date. */
export function trackKnown(root) {
  const update = () => {
    const counts = knownCounts(root);
    root.querySelectorAll('[data-known-of]').forEach((p) => {
      const c = counts[p.dataset.knownOf];
      if (c) p.textContent = `${c.known} of ${c.total} items known; the rest stay unknown and become due-diligence actions.`;
    });
  };
  root.addEventListener('input', update);
  root.addEventListener('change', update);
  update();
  return update;
}
