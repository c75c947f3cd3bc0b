// The trust-building plan kept in a case file: its steps phase by phase, each with its due date and
// status, marked one at a time. A mark sends the version of the step this page read, so that a mark
// someone else made meanwhile is never overwritten unseen.
import { api } from './api.js';
import { add, badge, fill, formatDate, h, link, notice } from './dom.js';
import { readForm, radiosField, showErrors, showServerError, textAreaField, textField } from './forms.js';
import { label, tone } from './labels.js';

const MARKED_BY = 'advisor.markedBy';
const STATUSES = ['OPEN', 'DONE', 'NOT_APPLICABLE'];

/**
 * The section of the case file that lists the latest plan's steps with marking (the plan the
 * timeline last recorded); a link to make one when there is none.
 */
export async function planStepsSection(timeline, makeRoute) {
  const section = h('section', { class: 'section', 'aria-labelledby': 'plan-steps-heading' },
    h('h2', { id: 'plan-steps-heading' }, 'Trust-building plan'));
  const made = timeline.filter((t) => t.kind === 'TRUST_PLAN' && t.recordId);
  if (!made.length) {
    add(section, h('p', {}, 'No trust-building plan is kept in this case file yet. ', link(makeRoute, 'Make a trust-building plan'),
      ' once the agreement is signed: its steps are then tracked here, each with its due date.'));
    return section;
  }
  let plan = await api(`/api/v1/trust-building-plans/${encodeURIComponent(made[made.length - 1].recordId)}`);
  const versions = new Map(plan.steps.map((s) => [s.id, s.version]));
  const progressText = h('p', { class: 'progress-text', 'aria-live': 'polite' });
  const byInput = textField({ name: 'by', label: 'Your name, recorded with each step you mark', maxLength: 200, autocomplete: 'name' });
  const by = byInput.querySelector('input');
  try { by.value = sessionStorage.getItem(MARKED_BY) || ''; } catch { /* storage off */ }
  by.addEventListener('input', () => { try { sessionStorage.setItem(MARKED_BY, by.value); } catch { /* storage off */ } });

  function updateProgress() {
    const p = plan.progress;
    progressText.textContent = `${p.done + p.notApplicable} of ${p.total} steps settled: ${p.done} done, ${p.notApplicable} not applicable, `
      + `${p.open} still open${p.overdue ? `, of which ${p.overdue} past ${p.overdue === 1 ? 'its' : 'their'} due date` : ''}.`;
  }

  function marked(element, step) {
    element.textContent = step.markedAt ? `Last marked ${formatDate(step.markedAt)}${step.markedBy ? ` by ${step.markedBy}` : ''}.` : '';
    element.hidden = !step.markedAt;
    return element;
  }

  function noted(element, step) {
    element.textContent = step.note ? `Note: ${step.note}` : '';
    element.hidden = !step.note;
    return element;
  }

  function dueLine(step) {
    return h('p', { class: 'due' }, `Due by ${formatDate(step.due)} `, badge(label('checkStatus', step.status), tone('checkStatus', step.status)),
      step.overdue ? [' ', badge('Overdue', 'bad')] : null);
  }

  function stepCard(step) {
    const state = h('span', { class: 'save-state', 'aria-live': 'polite' });
    const card = h('article', { class: ['card', 'plan-step', `status-${step.status.toLowerCase()}`], 'data-step': step.id, 'aria-labelledby': `step-${step.id}` },
      h('h4', { id: `step-${step.id}` }, step.title),
      dueLine(step),
      h('div', { class: 'conflict', 'aria-live': 'assertive' }),
      marked(h('p', { class: 'muted marked' }), step),
      noted(h('p', { class: 'step-note' }), step),
      h('details', { class: 'mark-step' }, h('summary', {}, 'Mark this step'),
        radiosField({ name: `status-${step.id}`, field: 'status', legend: `Status of “${step.title}”`,
          options: STATUSES.map((s) => ({ value: s, label: label('checkStatus', s) })), value: step.status }),
        textAreaField({ name: 'note', label: 'Note', help: 'What was done, with whom, or why the step does not apply.', value: step.note || '', maxLength: 5000, rows: 2 }),
        h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => save(card, step, state) }, 'Save the step'))),
      state);
    return card;
  }

  async function save(card, step, state) {
    const status = card.querySelector('input[type="radio"]:checked').value;
    const values = readForm(card);
    const body = { status, note: values.note, by: by.value.trim() || undefined, version: versions.get(step.id) };
    state.textContent = 'Saving…';
    try {
      plan = await api(`/api/v1/trust-building-plans/${encodeURIComponent(plan.id)}/steps/${encodeURIComponent(step.id)}`, { method: 'PUT', body });
      const updated = plan.steps.find((s) => s.id === step.id);
      versions.set(step.id, updated.version);
      card.className = ['card', 'plan-step', `status-${updated.status.toLowerCase()}`].join(' ');
      card.querySelector('.due').replaceWith(dueLine(updated));
      marked(card.querySelector('.marked'), updated);
      noted(card.querySelector('.step-note'), updated);
      card.querySelector('details').open = false;
      fill(card.querySelector('.conflict'));
      showErrors(card, null, []);
      state.textContent = `Saved: ${label('checkStatus', updated.status).toLowerCase()}.`;
      updateProgress();
    } catch (error) {
      if (error.status === 409 && error.field === 'version') {
        await showTheirChange(card, step, state, status);
        return;
      }
      state.textContent = 'Not saved.';
      showServerError(card, null, error);
      if (!card.querySelector('.has-error')) state.textContent = `Not saved: ${error.message}`;
    }
  }

  /** Someone else marked the step since this page read it: shows their mark and takes its version, keeping the note being written. */
  async function showTheirChange(card, step, state, refusedStatus) {
    state.textContent = 'Not saved: someone else changed this step.';
    plan = await api(`/api/v1/trust-building-plans/${encodeURIComponent(plan.id)}`);
    const theirs = plan.steps.find((s) => s.id === step.id);
    versions.set(step.id, theirs.version);
    card.querySelector(`input[type="radio"][value="${theirs.status}"]`).checked = true;
    card.querySelector('.due').replaceWith(dueLine(theirs));
    marked(card.querySelector('.marked'), theirs);
    noted(card.querySelector('.step-note'), theirs);
    fill(card.querySelector('.conflict'), notice([
      h('strong', {}, 'Someone else changed this step while you were working on it. '),
      `It is now “${label('checkStatus', theirs.status)}”${theirs.markedBy ? `, marked by ${theirs.markedBy}` : ''}`,
      theirs.markedAt ? ` on ${formatDate(theirs.markedAt)}` : '', theirs.note ? `, with the note “${theirs.note}”. ` : '. ',
      `Your “${label('checkStatus', refusedStatus)}” was not saved. Your note is still in the box below: read their change, then save again if it is still needed.`,
    ], 'warning', 'alert'));
    updateProgress();
  }

  const phases = [];
  for (const step of plan.steps) {
    let phase = phases.find((p) => p.id === step.phase);
    if (!phase) { phase = { id: step.phase, name: step.phaseName, due: step.due, steps: [] }; phases.push(phase); }
    phase.steps.push(step);
  }
  updateProgress();
  add(section,
    h('p', { class: 'muted' }, `Made ${formatDate(plan.createdAt, true)}, starting ${formatDate(plan.plan.startDate)}. ${plan.plan.basis} `,
      link(makeRoute, 'Make a new plan')),
    progressText, byInput,
    phases.map((p) => h('section', { class: 'section', 'data-plan-phase': p.id },
      h('h3', {}, `${p.name}, by ${formatDate(p.due)}`),
      p.steps.map(stepCard))));
  return section;
}
