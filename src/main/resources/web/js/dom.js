// Building the page from data without markup strings: text is always text, never parsed as HTML,
// and no style attribute is ever written (the pages run under a policy that forbids inline styles).

const PROPERTIES = new Set(['value', 'checked', 'selected', 'disabled', 'hidden', 'open', 'required', 'multiple', 'readOnly', 'indeterminate']);

/** Creates an element: h('p', {class: 'note', id: 'x', onclick: fn}, 'text', child, [more]). */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'for') el.htmlFor = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (PROPERTIES.has(key)) el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends strings, nodes and (nested) arrays of them; null and undefined are skipped. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Appends children (strings, nodes, nested arrays; null skipped) to el. */
export function add(el, ...children) {
  return append(el, children);
}

/** Replaces el's children with these (strings, nodes, nested arrays; null skipped). */
export function fill(el, ...children) {
  clear(el);
  return append(el, children);
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

let counter = 0;
/** A document-unique id, for labels, descriptions and headings that controls refer to. */
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** Says something to screen-reader users without moving their focus. */
export function announce(message) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick makes screen readers repeat an identical message.
  setTimeout(() => { region.textContent = message; }, 50);
}

/** A heading that can receive focus after navigation, so keyboard and screen-reader users start there. */
export function pageHeading(text, level = 1) {
  return h(`h${level}`, { tabindex: '-1', class: 'page-heading' }, text);
}

/** Formats an ISO timestamp or date for people, keeping the date unambiguous. */
export function formatDate(value, withTime = false) {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  const options = { year: 'numeric', month: 'short', day: 'numeric' };
  if (withTime) Object.assign(options, { hour: '2-digit', minute: '2-digit' });
  return date.toLocaleString('en-GB', options);
}

export function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A link inside the application (hash route). */
export function link(route, text, props = {}) {
  return h('a', { href: `#${route}`, ...props }, text);
}

/** A small status pill; its colour class comes from the value, its text is always written out. */
export function badge(text, tone) {
  return h('span', { class: ['badge', tone && `badge-${tone}`] }, text);
}

/** A message block for loading, empty and error states. */
export function notice(text, tone = 'info', role) {
  return h('div', { class: ['notice', `notice-${tone}`], role }, text);
}
