// "Download the brief (PDF)": the one-page CEO brief the server renders, saved under the name it
// gives (partner and date). Fetched with the access token like every call, then saved from the browser.
import { api } from './api.js';
import { h } from './dom.js';

/**
 * A button and its status line. source: { assessmentId } for a stored assessment, { allianceId } for
 * a case file's latest assessment, or { input } (the assessment request) for a result not stored.
 */
export function briefPdfButton(source, { primary = false } = {}) {
  const state = h('span', { class: 'save-state', 'aria-live': 'polite' });
  async function download() {
    state.textContent = 'Preparing the brief…';
    try {
      const file = source.assessmentId ? await api(`/api/v1/assessments/${encodeURIComponent(source.assessmentId)}/brief.pdf`, { accept: 'application/pdf', binary: true })
        : source.allianceId ? await api(`/api/v1/alliances/${encodeURIComponent(source.allianceId)}/brief.pdf`, { accept: 'application/pdf', binary: true })
          : await api('/api/v1/partner-assessments/brief.pdf', { method: 'POST', body: source.input, accept: 'application/pdf', binary: true });
      const url = URL.createObjectURL(file.blob);
      const a = h('a', { href: url, download: file.fileName, class: 'visually-hidden' }, file.fileName);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      state.textContent = `Downloaded ${file.fileName}.`;
    } catch (error) {
      state.textContent = `The brief could not be prepared: ${error.message}`;
    }
  }
  return h('span', { class: 'brief-download' },
    h('button', { type: 'button', class: primary ? 'primary' : null, 'data-brief-pdf': '', onclick: download }, 'Download the brief (PDF)'),
    ' ', state);
}
