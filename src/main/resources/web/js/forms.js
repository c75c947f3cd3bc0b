// Form fields, their validation and their errors. Every control is named by the JSON path the
// server uses for it (partner.name, evidence.integrity.litigationRecord, candidates[1].partner.name),
// so the field a server error names is found directly, and a form reads back into a request body.
import { countryCode, countryName, countryNames, DATALIST_ID, ensureDatalist } from './countries.js';
import { clear, fill, h, uid } from './dom.js';

const DRAFT_PREFIX = 'advisor.draft.';

function describedBy(...ids) {
  return ids.filter(Boolean).join(' ') || null;
}

/** The wrapper every field shares: label, help text, control, and a place for its error. */
function wrap(name, label, help, control, extraClass) {
  const id = control.id;
  const helpId = help ? `${id}-help` : null;
  const errorId = `${id}-error`;
  if (helpId) control.setAttribute('aria-describedby', describedBy(helpId));
  return h('div', { class: ['field', extraClass], 'data-field': name },
    h('label', { for: id }, label),
    help ? h('p', { class: 'help', id: helpId }, help) : null,
    control,
    h('p', { class: 'field-error', id: errorId, hidden: true }));
}

export function textField({ name, label, help, value = '', required, maxLength, pattern, patternMessage, autocomplete = 'off',
  inputmode, type = 'text', size, list }) {
  const control = h('input', {
    id: uid('f'), name, type, value, required, maxlength: maxLength, autocomplete, inputmode, size, list,
    'data-type': 'text', 'data-pattern': pattern, 'data-pattern-message': patternMessage,
  });
  return wrap(name, label, help, control, size ? 'field-narrow' : null);
}

/** A country, typed by name with suggestions from the server's list (or as its code); read back as its ISO code. */
export function countryField({ name, label, help, value = '', required }) {
  ensureDatalist();
  const control = h('input', {
    id: uid('f'), name, type: 'text', value: countryName(value), required, autocomplete: 'off', list: DATALIST_ID, 'data-type': 'country',
  });
  if (value) countryNames().then(() => { if (control.value === value) control.value = countryName(value); }, () => {});
  return wrap(name, label, help || 'Start typing the country\'s name and choose it from the list.', control);
}

/** Several countries by name, separated by commas; read back as a list of ISO codes. */
export function countriesField({ name, label, help, value = [] }) {
  countryNames().catch(() => {});
  const shown = () => value.map(countryName).join(', ');
  const control = h('input', { id: uid('f'), name, type: 'text', value: shown(), autocomplete: 'off', 'data-type': 'countries' });
  if (value.length) countryNames().then(() => { if (control.value === value.join(', ')) control.value = shown(); }, () => {});
  return wrap(name, label, help || 'Country names separated by commas, for example: France, Japan.', control);
}

/** Several short texts in one box, separated by commas; read back as a list. */
export function listTextField({ name, label, help, value = [] }) {
  const control = h('input', { id: uid('f'), name, type: 'text', value: value.join(', '), autocomplete: 'off', 'data-type': 'csv' });
  return wrap(name, label, help, control);
}

export function numberField({ name, label, help, value = '', min, max, unit, required }) {
  const control = h('input', {
    id: uid('f'), name, type: 'number', inputmode: 'numeric', step: '1', min, max, value: value ?? '', required, 'data-type': 'int',
    'data-unit': unit,
  });
  const field = wrap(name, unit ? `${label} (${unit})` : label, help, control, 'field-narrow');
  return field;
}

export function textAreaField({ name, label, help, value = '', maxLength, rows = 4 }) {
  const control = h('textarea', { id: uid('f'), name, rows, maxlength: maxLength, 'data-type': 'text' });
  control.value = value;
  return wrap(name, label, help, control);
}

/**
 * A choice from a list. With {unknown: 'text'} the first option is an explicit "not known", which
 * sends nothing: missing evidence stays unknown, never guessed.
 */
export function selectField({ name, label, help, options, value = '', required, unknown, dataType = 'enum' }) {
  const control = h('select', { id: uid('f'), name, required, 'data-type': dataType },
    unknown ? h('option', { value: '' }, unknown) : (!required || !value ? h('option', { value: '' }, 'Choose…') : null),
    options.map((o) => h('option', { value: o.value, selected: String(o.value) === String(value) }, o.label)));
  return wrap(name, label, help, control);
}

/** Yes, no or not known, for the API's optional booleans. */
export function booleanField({ name, label, help, value, yes = 'Yes', no = 'No', unknown = 'Not known' }) {
  const current = value === true ? 'true' : value === false ? 'false' : '';
  return selectField({
    name, label, help, value: current, unknown, dataType: 'bool',
    options: [{ value: 'true', label: yes }, { value: 'false', label: no }],
  });
}

/** A group of boxes read back as a list. With {none: 'text'}, one more box says "none of these" (an empty list). */
export function checkboxesField({ name, legend, help, options, values = [], none }) {
  const id = uid('g');
  const helpId = help ? `${id}-help` : null;
  const errorId = `${id}-error`;
  const boxes = options.map((o) => {
    const boxId = uid('c');
    return h('div', { class: 'choice' },
      h('input', { type: 'checkbox', id: boxId, name, value: o.value, checked: values.includes(o.value), 'data-type': 'list' }),
      h('label', { for: boxId }, o.label));
  });
  let noneBox = null;
  if (none) {
    const boxId = uid('c');
    noneBox = h('div', { class: 'choice choice-none' },
      h('input', { type: 'checkbox', id: boxId, name: `${name}#none`, value: 'none', 'data-none-of': name, 'data-type': 'none' }),
      h('label', { for: boxId }, none));
  }
  const fieldset = h('fieldset', { class: 'field field-group', 'data-field': name, 'aria-describedby': helpId },
    h('legend', {}, legend),
    help ? h('p', { class: 'help', id: helpId }, help) : null,
    h('div', { class: 'choices' }, boxes, noneBox),
    h('p', { class: 'field-error', id: errorId, hidden: true }));
  // "None of these" and the individual boxes exclude each other.
  fieldset.addEventListener('change', (event) => {
    const target = event.target;
    if (target.dataset.type === 'none' && target.checked) {
      fieldset.querySelectorAll('input[data-type="list"]').forEach((b) => { b.checked = false; });
    } else if (target.dataset.type === 'list' && target.checked && noneBox) {
      noneBox.querySelector('input').checked = false;
    }
  });
  return fieldset;
}

/** One choice shown as radio buttons (better than a select when there are few options and each needs reading). */
export function radiosField({ name, field = name, legend, help, options, value, required }) {
  const id = uid('g');
  const helpId = help ? `${id}-help` : null;
  const errorId = `${id}-error`;
  return h('fieldset', { class: 'field field-group', 'data-field': field, 'aria-describedby': helpId },
    h('legend', {}, legend),
    help ? h('p', { class: 'help', id: helpId }, help) : null,
    h('div', { class: 'choices' }, options.map((o) => {
      const boxId = uid('r');
      return h('div', { class: 'choice' },
        h('input', { type: 'radio', id: boxId, name, value: o.value, checked: String(o.value) === String(value), required, 'data-type': 'enum' }),
        h('label', { for: boxId }, o.label),
        o.hint ? h('p', { class: 'help choice-hint' }, o.hint) : null);
    })),
    h('p', { class: 'field-error', id: errorId, hidden: true }));
}

// ---- reading and writing values ----

function controls(root) {
  return [...root.querySelectorAll('input[name], select[name], textarea[name]')].filter((c) => !c.disabled);
}

/** Splits "candidates[1].evidence.integrity" into ['candidates', 1, 'evidence', 'integrity']. */
export function pathParts(path) {
  const parts = [];
  for (const segment of path.split('.')) {
    const match = segment.match(/^([^[\]]+)((?:\[\d+\])*)$/);
    if (!match) { parts.push(segment); continue; }
    parts.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(index[1]));
  }
  return parts;
}

export function setPath(target, path, value) {
  const parts = pathParts(path);
  let node = target;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) { node[part] = value; return; }
    if (node[part] === undefined) node[part] = typeof parts[i + 1] === 'number' ? [] : {};
    node = node[part];
  });
  return target;
}

/** The request body a form (or part of one) stands for; what is empty or unknown is left out. */
export function readForm(root) {
  const body = {};
  const lists = new Map();
  for (const c of controls(root)) {
    const type = c.dataset.type;
    if (type === 'list') {
      if (!lists.has(c.name)) lists.set(c.name, []);
      if (c.checked) lists.get(c.name).push(c.value);
      continue;
    }
    if (type === 'none') {
      if (c.checked) lists.set(c.dataset.noneOf, lists.get(c.dataset.noneOf) || []);
      continue;
    }
    if (c.type === 'radio' && !c.checked) continue;
    const raw = c.value.trim();
    if (raw === '') continue;
    if (type === 'int') setPath(body, c.name, Number(raw));
    else if (type === 'bool') setPath(body, c.name, raw === 'true');
    else if (type === 'csv') {
      const items = raw.split(',').map((s) => s.trim()).filter(Boolean);
      if (items.length) setPath(body, c.name, items);
    } else if (type === 'country') setPath(body, c.name, countryCode(raw) || raw);
    else if (type === 'countries') {
      const items = raw.split(',').map((s) => s.trim()).filter(Boolean).map((s) => countryCode(s) || s);
      if (items.length) setPath(body, c.name, items);
    } else setPath(body, c.name, raw);
  }
  const noneChecked = new Set(controls(root).filter((c) => c.dataset.type === 'none' && c.checked).map((c) => c.dataset.noneOf));
  for (const [name, values] of lists) {
    if (values.length || noneChecked.has(name)) setPath(body, name, values);
  }
  return body;
}

/** Every control's raw value by name, for keeping a draft exactly as typed. */
export function rawValues(root) {
  const values = {};
  for (const c of controls(root)) {
    if (c.type === 'checkbox') {
      values[c.name] = values[c.name] || [];
      if (c.checked) values[c.name].push(c.value);
    } else if (c.type === 'radio') {
      if (c.checked) values[c.name] = c.value;
    } else {
      values[c.name] = c.value;
    }
  }
  return values;
}

export function restoreValues(root, values) {
  if (!values) return;
  for (const c of controls(root)) {
    if (!(c.name in values)) continue;
    const v = values[c.name];
    if (c.type === 'checkbox') c.checked = Array.isArray(v) && v.includes(c.value);
    else if (c.type === 'radio') c.checked = v === c.value;
    else c.value = v;
  }
}

/** Keeps what is typed in the form in this tab's storage, so that leaving the page loses nothing. */
export function keepDraft(root, key, onSave) {
  const save = () => {
    try { sessionStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(rawValues(root))); } catch { /* storage full or off */ }
    if (onSave) onSave();
  };
  root.addEventListener('input', save);
  root.addEventListener('change', save);
  return save;
}

export function loadDraft(key) {
  try {
    const text = sessionStorage.getItem(DRAFT_PREFIX + key);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

export function saveDraft(key, value) {
  try { sessionStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(value)); } catch { /* storage full or off */ }
}

export function dropDraft(key) {
  try { sessionStorage.removeItem(DRAFT_PREFIX + key); } catch { /* storage off */ }
}

// ---- validation and errors ----

function wrapperOf(control) {
  return control.closest('[data-field]');
}

function labelOf(wrapper) {
  const label = wrapper.querySelector(':scope > label, :scope > legend');
  return label ? label.textContent.trim() : wrapper.dataset.field;
}

/** The client-side check of one control: the same limits the server applies, said sooner. */
export function problemWith(control) {
  const raw = control.value.trim();
  if (control.type === 'checkbox' || control.type === 'radio') {
    if (!control.required) return null;
    const group = wrapperOf(control).querySelectorAll(`input[name="${CSS.escape(control.name)}"]`);
    return [...group].some((c) => c.checked) ? null : 'Choose one of the options.';
  }
  if (control.type === 'number' && control.validity.badInput) return 'Enter a whole number, using digits only.';
  if (raw === '') return control.required ? (control.tagName === 'SELECT' ? 'Choose one of the options.' : 'This is required.') : null;
  if (control.dataset.type === 'int') {
    const n = Number(raw);
    const min = control.min === '' ? null : Number(control.min);
    const max = control.max === '' ? null : Number(control.max);
    if (!Number.isInteger(n)) return 'Enter a whole number.';
    if ((min !== null && n < min) || (max !== null && n > max)) {
      const unit = control.dataset.unit ? ` ${control.dataset.unit}` : '';
      return max !== null && min !== null ? `Enter a number from ${min} to ${max}${unit}.` : `Enter at least ${min}${unit}.`;
    }
  }
  if (control.dataset.type === 'country' && !countryCode(raw)) {
    return `"${raw}" is not a country we know: choose one from the list, or enter its two-letter code (such as JP).`;
  }
  if (control.dataset.type === 'countries') {
    const unknown = raw.split(',').map((s) => s.trim()).filter((s) => s && !countryCode(s));
    if (unknown.length) return `Not a country we know: ${unknown.join(', ')}. Use the country's name (France) or its two-letter code (FR).`;
  }
  if (control.dataset.pattern && !new RegExp(`^(?:${control.dataset.pattern})$`).test(raw)) {
    return control.dataset.patternMessage || 'This is not in the expected form.';
  }
  return null;
}

export function setFieldError(wrapper, message) {
  const error = wrapper.querySelector(':scope > .field-error');
  const targets = wrapper.tagName === 'FIELDSET' ? [wrapper] : [...wrapper.querySelectorAll('input, select, textarea')];
  if (!error) return;
  error.textContent = message || '';
  error.hidden = !message;
  if (!message && wrapper.classList.contains('has-error')) dropFromSummary(wrapper);
  wrapper.classList.toggle('has-error', Boolean(message));
  for (const t of targets) {
    const ids = (t.getAttribute('aria-describedby') || '').split(' ').filter((i) => i && i !== error.id);
    if (message) ids.push(error.id);
    if (ids.length) t.setAttribute('aria-describedby', ids.join(' ')); else t.removeAttribute('aria-describedby');
    if (t.tagName !== 'FIELDSET') {
      if (message) t.setAttribute('aria-invalid', 'true'); else t.removeAttribute('aria-invalid');
    }
  }
}

/** Once a field's error is fixed, its line leaves the form's error summary; the summary goes when no line is left. */
function dropFromSummary(wrapper) {
  const form = wrapper.closest('form');
  const summary = form && form.querySelector('.error-summary');
  if (!summary || summary.hidden) return;
  const line = [...summary.querySelectorAll('li[data-for]')].find((li) => li.dataset.for === wrapper.dataset.field);
  if (line) line.remove();
  if (!summary.querySelector('li')) { summary.hidden = true; clear(summary); }
}

/** Checks controls as the user works: numbers while typing, everything on leaving the field. */
export function validateAsYouType(root) {
  const check = (control) => {
    const wrapper = wrapperOf(control);
    if (wrapper) setFieldError(wrapper, problemWith(control));
  };
  root.addEventListener('input', (event) => {
    const c = event.target;
    if (!c.name) return;
    if (c.dataset.type === 'int' || c.getAttribute('aria-invalid') === 'true') check(c);
  });
  root.addEventListener('focusout', (event) => {
    const c = event.target;
    if (c.name && (c.tagName === 'INPUT' || c.tagName === 'TEXTAREA') && c.type !== 'checkbox' && c.type !== 'radio') check(c);
  });
  root.addEventListener('change', (event) => {
    const c = event.target;
    if (c.name && (c.tagName === 'SELECT' || c.type === 'radio' || c.type === 'checkbox')) check(c);
  });
}

/** Checks every control under root; returns [{field, message}] for those with a problem. */
export function validateAll(root) {
  const problems = [];
  const seen = new Set();
  for (const c of controls(root)) {
    const wrapper = wrapperOf(c);
    if (!wrapper || seen.has(wrapper)) continue;
    const message = problemWith(c);
    if (message) {
      seen.add(wrapper);
      problems.push({ field: wrapper.dataset.field, message });
    }
  }
  return problems;
}

/**
 * The field a server error names; else the nearest enclosing one (alliance.scopeDomains[2] → alliance.scopeDomains);
 * else, for an error on a whole section (ours), its first field (ours.country).
 */
function findField(root, field) {
  if (!field) return null;
  let path = field;
  while (path) {
    const match = root.querySelector(`[data-field="${CSS.escape(path)}"]`);
    if (match) return match;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    path = cut > 0 ? path.slice(0, cut) : '';
  }
  return root.querySelector(`[data-field^="${CSS.escape(field)}."], [data-field^="${CSS.escape(field)}["]`);
}

export function clearErrors(root, summary) {
  root.querySelectorAll('.has-error').forEach((w) => setFieldError(w, null));
  if (summary) { summary.hidden = true; clear(summary); }
}

/**
 * Shows errors next to the fields they concern and in a summary at the top (which takes focus).
 * reveal(wrapper) is called before focusing a field, for forms whose steps hide some fields.
 */
export function showErrors(root, summary, errors, { reveal, title = 'Please check the form' } = {}) {
  clearErrors(root, summary);
  const items = [];
  for (const { field, message } of errors) {
    const wrapper = findField(root, field);
    if (wrapper) {
      setFieldError(wrapper, message);
      const control = wrapper.querySelector('input, select, textarea');
      items.push(h('li', { 'data-for': wrapper.dataset.field }, h('a', {
        href: `#${control ? control.id : ''}`,
        onclick: (event) => {
          event.preventDefault();
          if (reveal) reveal(wrapper);
          if (control) control.focus();
        },
      }, `${labelOf(wrapper)}: ${message}`)));
    } else {
      items.push(h('li', {}, field ? `${field}: ${message}` : message));
    }
  }
  if (!summary) return;
  fill(summary, h('h2', {}, title), h('ul', {}, items));
  summary.hidden = false;
  summary.focus();
}

/** Shows a server error: next to its field when it names one on this form, otherwise in the summary. */
export function showServerError(root, summary, error, options) {
  const field = error.field && !error.field.startsWith('(') ? error.field : null;
  showErrors(root, summary, [{ field, message: error.message }], {
    title: error.status === 409 ? 'This was changed elsewhere' : 'The advisor could not accept this',
    ...options,
  });
}

export function errorSummary() {
  return h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
}
