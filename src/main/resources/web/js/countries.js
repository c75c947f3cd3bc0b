// Countries by name. The server accepts ISO codes (JP, DE); people think in names (Japan, Germany).
// Country fields offer the names the server lists, accept a name or a code, and send the code.
import { api } from './api.js';
import { h } from './dom.js';

export const DATALIST_ID = 'country-names';

/** Names people use that are not the list's own (the list says "United Kingdom", people write "UK"). */
const ALIASES = {
  uk: 'GB', britain: 'GB', 'great britain': 'GB', england: 'GB', usa: 'US', america: 'US', 'united states of america': 'US',
  korea: 'KR', 'south korea': 'KR', 'republic of korea': 'KR', russia: 'RU', holland: 'NL', uae: 'AE', turkey: 'TR', 'türkiye': 'TR',
  czechia: 'CZ', 'czech republic': 'CZ', 'ivory coast': 'CI', vietnam: 'VN', 'viet nam': 'VN',
};

let byCode = null; // code → name, once loaded
let byName = null; // folded name → code
let loading = null;

const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

/** Loads the server's list once; resolves when names can be shown and read. */
export function countryNames() {
  if (!loading) {
    loading = api('/api/v1/knowledge/country-names').then((list) => {
      byCode = new Map(list.map((c) => [c.code, c.name]));
      byName = new Map(list.map((c) => [fold(c.name), c.code]));
      fillDatalist(list);
      return list;
    });
    loading.catch(() => { loading = null; }); // tried again by the next field
  }
  return loading;
}

function fillDatalist(list) {
  const datalist = document.getElementById(DATALIST_ID);
  if (datalist && !datalist.childElementCount) for (const c of list) datalist.append(h('option', { value: c.name }, c.code));
}

/** The page-wide list of names that country fields suggest from, created on first use. */
export function ensureDatalist() {
  if (!document.getElementById(DATALIST_ID)) document.body.append(h('datalist', { id: DATALIST_ID }));
  countryNames().then(fillDatalist, () => {});
}

/**
 * The ISO code for what someone typed: a name from the list ("Japan", any case, accents optional), a
 * common alias ("UK"), "Japan (JP)", or the code itself. Null when it names no country. Before the
 * list has loaded, only a two-letter code is recognised.
 */
export function countryCode(typed) {
  const text = (typed || '').trim();
  if (!text) return null;
  const inParentheses = text.match(/\(([A-Za-z]{2})\)\s*$/);
  if (inParentheses) return countryCode(inParentheses[1]);
  if (/^[A-Za-z]{2}$/.test(text)) {
    const code = text.toUpperCase();
    return !byCode || byCode.has(code) ? code : null;
  }
  if (!byName) return null;
  const folded = fold(text);
  return byName.get(folded) || ALIASES[folded] || null;
}

/** The name to show for a code (the code itself until the list has loaded, or if it is not a country). */
export function countryName(code) {
  return (code && byCode && byCode.get(code.toUpperCase())) || code || '';
}
