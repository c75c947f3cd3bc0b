// The application shell: hash routes to pages, focus and title on every page change, and the
// sign-in prompt wired to the API client.
import { api, setTokenPrompt } from './api.js';
import { h, notice } from './dom.js';
import { pageLeft, unsavedWork } from './leaving.js';
import { loadLabels } from './labels.js';
import { askForAccessToken } from './login.js';
import { dashboard } from './pages/dashboard.js';
import { allianceForm, caseFile } from './pages/alliance.js';
import { assessForm } from './pages/assess.js';
import { currentResult, storedResult } from './pages/result.js';
import { compare } from './pages/compare.js';
import { checklistView, newChecklist } from './pages/checklist.js';
import { diagnosisView, startDiagnosis } from './pages/diagnosis.js';
import { healthView, recordHealth } from './pages/health.js';
import { contract } from './pages/contract.js';
import { culture } from './pages/culture.js';
import { knowledge } from './pages/knowledge.js';
import { brief } from './pages/brief.js';
import { trustBuildingPlan } from './pages/plan.js';

const ROUTES = [
  { path: /^\/$/, page: dashboard, nav: 'dashboard' },
  { path: /^\/alliances\/new$/, page: allianceForm, nav: 'dashboard' },
  { path: /^\/alliances\/([^/]+)\/edit$/, page: allianceForm, nav: 'dashboard' },
  { path: /^\/alliances\/([^/]+)\/health$/, page: healthView, nav: 'dashboard' },
  { path: /^\/alliances\/([^/]+)\/health\/new$/, page: recordHealth, nav: 'dashboard' },
  { path: /^\/alliances\/([^/]+)$/, page: caseFile, nav: 'dashboard' },
  { path: /^\/assess$/, page: assessForm, nav: 'assess' },
  { path: /^\/result$/, page: currentResult, nav: 'assess' },
  { path: /^\/assessments\/([^/]+)$/, page: storedResult, nav: 'assess' },
  { path: /^\/brief$/, page: brief, nav: 'assess' },
  { path: /^\/brief\/([^/]+)$/, page: brief, nav: 'assess' },
  { path: /^\/compare$/, page: compare, nav: 'compare' },
  { path: /^\/checklists\/new$/, page: newChecklist, nav: 'checklist' },
  { path: /^\/checklists\/([^/]+)$/, page: checklistView, nav: 'checklist' },
  { path: /^\/diagnosis$/, page: startDiagnosis, nav: 'diagnosis' },
  { path: /^\/diagnoses\/([^/]+)$/, page: diagnosisView, nav: 'diagnosis' },
  { path: /^\/contract$/, page: contract, nav: 'contract' },
  { path: /^\/culture$/, page: culture, nav: 'culture' },
  { path: /^\/plan$/, page: trustBuildingPlan, nav: 'plan' },
  { path: /^\/knowledge$/, page: knowledge, nav: 'knowledge' },
  { path: /^\/knowledge\/([a-z]+)$/, page: knowledge, nav: 'knowledge' },
];

const APP_NAME = 'Alliance Trust Advisor';
let rendering = 0;
let firstRender = true;
let shownHash = location.hash; // the address of the page on screen, to return to if leaving it is called off

function currentLocation() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(1) : '/';
  const [path, search = ''] = hash.split('?');
  return { path, query: new URLSearchParams(search) };
}

export function go(route) {
  if (location.hash === `#${route}`) render();
  else location.hash = route;
}

/** A new address: asks first if the page on screen holds unsaved work, and stays on it if the user says so. */
function navigate() {
  if (location.hash === shownHash) return;
  const unsaved = unsavedWork();
  if (unsaved && !window.confirm(`${unsaved} Leave this page anyway?`)) {
    history.replaceState(null, '', shownHash || '#/');
    return;
  }
  render();
}

async function render() {
  shownHash = location.hash;
  pageLeft();
  const { path, query } = currentLocation();
  const route = ROUTES.find((r) => r.path.test(path));
  const main = document.getElementById('main');
  const ticket = ++rendering;
  const view = h('div', { class: 'view' });
  main.setAttribute('aria-busy', 'true');
  markNav(route ? route.nav : null);
  try {
    if (!route) {
      view.append(h('h1', { class: 'page-heading', tabindex: '-1' }, 'Page not found'),
        h('p', {}, 'There is no page at this address. ', h('a', { href: '#/' }, 'Go to the portfolio.')));
    } else {
      const params = path.match(route.path).slice(1).map(decodeURIComponent);
      main.replaceChildren(notice('Loading…', 'info'));
      await loadLabels();
      await route.page(view, { params, query, go });
    }
  } catch (error) {
    view.replaceChildren(h('h1', { class: 'page-heading', tabindex: '-1' }, 'This page could not be shown'),
      notice(error.message || String(error), 'error', 'alert'),
      h('p', {}, h('a', { href: '#/' }, 'Back to the portfolio')));
  }
  if (ticket !== rendering) return; // the user has already moved on
  main.replaceChildren(view);
  main.removeAttribute('aria-busy');
  const heading = view.querySelector('h1');
  document.title = heading ? `${heading.textContent} · ${APP_NAME}` : APP_NAME;
  if (!firstRender && heading) heading.focus();
  else if (!firstRender) main.focus();
  firstRender = false;
  window.scrollTo(0, 0);
}

function markNav(key) {
  document.querySelectorAll('.site-nav a').forEach((a) => {
    if (a.dataset.nav === key) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

async function showVersion() {
  try {
    const health = await api('/health');
    document.getElementById('version-line').textContent = `Rules and knowledge version ${health.version} · ${health.rules} rules`;
  } catch {
    // the footer line is a courtesy; the pages report their own failures
  }
}

function start() {
  setTokenPrompt(askForAccessToken);
  // The skip link moves focus to the content without touching the route in the address.
  document.getElementById('skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    const heading = document.querySelector('#main h1');
    (heading || document.getElementById('main')).focus();
  });
  window.addEventListener('hashchange', navigate);
  render();
  showVersion();
}

start();
