// The guided breach diagnosis: one question at a time, each with why it is asked, with back and
// progress, ending in the diagnosis and the repair plan. Also the quick check of warning signs.
import { api } from '../api.js';
import { clearForm, fillFromCaseFile } from '../case-file-deal.js';
import { enums } from '../catalogue.js';
import { add, announce, badge, fill, h, link, pageHeading } from '../dom.js';
import { summaryPanel } from '../summary.js';
import { explanation, recommendationCard } from '../explain.js';
import {
  booleanField, clearErrors, countryField, errorSummary, keepDraft, loadDraft, readForm, restoreValues, selectField, showErrors,
  showServerError, textAreaField, textField, validateAll, validateAsYouType,
} from '../forms.js';
import { label, options, tone } from '../labels.js';

const PHASES = ['IMMEDIATE_RESPONSE', 'DIAGNOSIS', 'REFORMS', 'EVALUATION', 'REBUILDING', 'MONITORING'];
const SIGNALS = [
  ['reducedCommunication', 'Has communication with the partner become less frequent or less open?'],
  ['moreConflict', 'Are there more disagreements or conflicts than before?'],
  ['withheldInformation', 'Is information being withheld, by either side?'],
  ['missedCommitments', 'Have commitments been missed recently?'],
  ['contactTurnover', 'Have the main contacts on either side changed?'],
];

/** Our own conduct, looked at beside the signals: never counted against the partner. */
const OUR_SIGNALS = [
  ['ourLeadTurnover', 'Has our own lead or main contact for this partner changed?'],
  ['ourPressure', 'Have we pressed the partner with a deadline or ultimatums?'],
  ['ourUndisclosedTalks', 'Are we in talks with others that the partner does not know about?'],
];

export async function startDiagnosis(view, { query, go }) {
  const [codes, alliances] = await Promise.all([
    enums({ purpose: ['DiagnosisRequest', 'purpose'], accused: ['DiagnosisRequest', 'accused'] }),
    api('/api/v1/alliances?size=100'),
  ]);
  const summary = errorSummary();
  const partsBox = h('div', { class: 'parts', hidden: true });
  let parts = 2;
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Start the diagnosis');
  const whoField = h('fieldset', { class: 'field field-group', 'data-field': 'accused' },
    h('legend', {}, 'Who is said to have broken trust?'),
    h('div', { class: 'choices' },
      [...codes.accused.map((a) => [a, label('accused', a)]), ['SEVERAL', 'It has several parts, of different kinds']].map(([value, text]) => {
        const id = `accused-${value}`;
        return h('div', { class: 'choice' },
          h('input', { type: 'radio', id, name: 'who', value, checked: value === 'PARTNER', 'data-type': 'skip' }),
          h('label', { for: id }, text));
      })),
    h('p', { class: 'field-error', hidden: true }));

  function buildParts() {
    fill(partsBox, 
      h('p', { class: 'help' }, 'For example: late test rigs (our competence) and an accusation of misusing data (our integrity). Each part is diagnosed and planned on its own.'),
      ...Array.from({ length: parts }, (_, i) => h('fieldset', { class: 'form-section part' },
        h('legend', {}, `Part ${i + 1}`),
        textField({ name: `parts[${i}].label`, label: 'What this part is about', maxLength: 200 }),
        selectField({ name: `parts[${i}].accused`, label: 'Who is accused in this part', required: true, options: options('accused', codes.accused) }))),
      h('div', { class: 'actions' },
        parts < 6 ? h('button', { type: 'button', onclick: () => { parts += 1; keep(); buildParts(); } }, 'Add a part') : null,
        parts > 2 ? h('button', { type: 'button', onclick: () => { parts -= 1; buildParts(); } }, 'Remove the last part') : null));
    restoreValues(partsBox, loadDraft('diagnosis.new'));
  }

  const form = h('form', { novalidate: true },
    summary,
    h('fieldset', { class: 'form-section' }, h('legend', {}, 'The breach'),
      selectField({ name: 'allianceId', label: 'Case file', help: 'Keep the diagnosis in an alliance\'s case file.', unknown: 'None',
        options: alliances.items.map((a) => ({ value: a.id, label: `${a.partner.name} — ${label('purpose', a.purpose)}` })) }),
      selectField({ name: 'purpose', label: 'Purpose of the alliance', unknown: 'Not given', options: options('purpose', codes.purpose) }),
      whoField, partsBox,
      countryField({ name: 'ourCountry', label: 'Our country',
        help: 'With the partner\'s country, behaviour the difference between the two cultures may explain is checked before it is read as bad faith.' }),
      countryField({ name: 'partnerCountry', label: 'Partner\'s country',
        help: 'Left empty for a case file, the partner\'s country recorded there is used.' }),
      textAreaField({ name: 'account', label: 'What happened, in your own words', maxLength: 20000,
        help: 'Kept with the diagnosis for the record. The advisor does not reason on it: the questions that follow establish the facts.' })),
    h('div', { class: 'actions' }, submit));

  const keep = keepDraft(form, 'diagnosis.new');
  whoField.addEventListener('change', () => {
    partsBox.hidden = form.querySelector('input[name="who"]:checked').value !== 'SEVERAL';
    partsBox.querySelectorAll('select, input').forEach((c) => { c.disabled = partsBox.hidden; });
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problems = validateAll(form);
    if (problems.length) { showErrors(form, summary, problems); return; }
    const body = readForm(form);
    const who = form.querySelector('input[name="who"]:checked').value;
    delete body.who;
    if (who !== 'SEVERAL') { body.accused = who; delete body.parts; }
    for (const key of ['ourCountry', 'partnerCountry']) if (body[key]) body[key] = body[key].toUpperCase();
    submit.disabled = true;
    try {
      const session = await api('/api/v1/diagnoses', { method: 'POST', body });
      go(`/diagnoses/${encodeURIComponent(session.id)}`);
    } catch (error) {
      showServerError(form, summary, error);
    } finally {
      submit.disabled = false;
    }
  });

  add(view, pageHeading('Diagnose a breach of trust'),
    h('p', { class: 'lead' }, 'The advisor asks one question at a time, only those that can still change the outcome, and says why each is asked. It ends with how recoverable the relationship is and a repair plan in order.'),
    form, earlyWarning());
  buildParts();
  validateAsYouType(form);
  restoreValues(form, loadDraft('diagnosis.new'));
  await fillFromCaseFile(form, 'diagnosis', query.get('alliance'), { clear: () => clearForm(form) });
  whoField.dispatchEvent(new Event('change'));
}

/** Not sure there is a breach? The warning signs say whether trust is eroding and a diagnosis should start. */
function earlyWarning() {
  const result = h('div', { 'aria-live': 'polite' });
  const summary = errorSummary();
  const form = h('form', { novalidate: true },
    summary,
    h('div', { class: 'grid-2' }, SIGNALS.map(([name, text]) => booleanField({ name, label: text }))),
    h('h3', {}, 'Our own side'),
    h('p', { class: 'muted' }, 'Erosion is often two-sided. What we did is read as our part to put right, never as a sign against the partner.'),
    h('div', { class: 'grid-2' }, OUR_SIGNALS.map(([name, text]) => booleanField({ name, label: text }))),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Check the warning signs')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const r = await api('/api/v1/early-warning', { method: 'POST', body: readForm(form) });
      clearErrors(form, summary);
      fill(result, h('div', { class: 'panel' },
        h('h3', {}, badge(label('erosion', r.erosion), tone('erosion', r.erosion))),
        r.basis ? h('p', {}, r.basis) : null,
        r.confidence === 'LOW' ? h('p', { class: 'muted' }, 'Low confidence: too little has been observed for a firm answer.') : null,
        r.notYetLookedFor && r.notYetLookedFor.length
          ? h('div', {}, h('p', {}, 'Still to look for:'), h('ul', {}, r.notYetLookedFor.map((s) => h('li', {}, s)))) : null,
        r.explanation && r.explanation.why ? h('p', {}, r.explanation.why) : null,
        r.ourShare ? h('p', {}, r.ourShare.statement) : null,
        explanation(r.explanation),
        (r.recommendations || []).map((s) => recommendationCard(s, { headingLevel: 4 }))));
    } catch (error) {
      showServerError(form, summary, error);
    }
  });
  return h('section', { class: 'section', 'aria-labelledby': 'warning-heading' },
    h('h2', { id: 'warning-heading' }, 'Not sure yet? Check the warning signs'),
    h('div', { class: 'form-section' }, form, result));
}

export async function diagnosisView(view, { params: [id] }) {
  const session = await api(`/api/v1/diagnoses/${encodeURIComponent(id)}`);
  const alliance = session.allianceId ? (await api(`/api/v1/alliances/${encodeURIComponent(session.allianceId)}`)).alliance : null;
  const body = h('div', { class: 'diagnosis-body' });
  add(view, 
    pageHeading(alliance ? `Breach diagnosis: ${alliance.partner.name}` : 'Breach diagnosis'),
    h('p', { class: 'muted' }, session.purpose ? `${label('purpose', session.purpose)} alliance · ` : '',
      alliance ? link(`/alliances/${encodeURIComponent(alliance.id)}`, 'case file') : 'not kept in a case file'),
    session.account ? h('blockquote', { class: 'panel account' }, h('p', {}, session.account)) : null,
    body);
  renderSession(body, session, false);
}

function partLabel(session, part) {
  if (session.parts.length < 2) return null;
  const p = session.parts.find((x) => x.index === part);
  return p ? `Part ${p.index}: ${p.label || label('accused', p.accused)}` : `Part ${part}`;
}

/** previous: the answer just taken back with Back, shown chosen again so that it can be kept or changed. */
function renderSession(body, session, moveFocus, previous) {
  const answered = session.progress.answered;
  const total = answered + session.progress.open;
  const done = session.status === 'DETERMINED';
  fill(body, 
    done ? summaryPanel(session.summary) : null,
    h('section', { class: 'panel', 'aria-labelledby': 'progress-heading' },
      h('h2', { id: 'progress-heading', class: 'panel-title' }, done ? 'Diagnosis complete' : `Question ${answered + 1}`),
      h('label', { for: 'diagnosis-progress' }, done ? `All ${answered} questions answered`
        : `${answered} answered; at least ${session.progress.open} more, depending on your answers`),
      h('progress', { id: 'diagnosis-progress', max: String(Math.max(total, 1)), value: String(answered) })),
    done ? null : questionForm(body, session, previous),
    answersList(body, session),
    done ? outcome(session) : partialFindings(session));
  if (moveFocus) {
    const target = body.querySelector(done ? '#outcome-heading' : '#question-heading');
    if (target) target.focus();
    announce(done ? 'The diagnosis is complete; the repair plan follows.' : `Question ${answered + 1}: ${session.question.text}`);
  }
}

/** The last answer, to be shown again once Back has taken it back. */
function lastAnswer(session) {
  return session.answers.length ? session.answers[session.answers.length - 1] : null;
}

async function takeBack(body, session) {
  const previous = lastAnswer(session);
  renderSession(body, await api(`/api/v1/diagnoses/${encodeURIComponent(session.id)}/back`, { method: 'POST' }), true, previous);
}

function questionForm(body, session, previous) {
  const q = session.question;
  const summary = errorSummary();
  const multi = q.type === 'MULTI';
  const name = `answer-${q.id}`;
  const before = previous && previous.question === q.id && previous.part === q.part ? previous.values : [];
  const choices = q.options.map((o) => {
    const id = `${name}-${o.value}`;
    return h('div', { class: 'choice' },
      h('input', { type: multi ? 'checkbox' : 'radio', id, name, value: o.value, 'data-type': 'skip', checked: before.includes(o.value) }),
      h('label', { for: id }, o.label));
  });
  const fieldset = h('fieldset', { class: 'field field-group', 'data-field': 'answer', 'aria-describedby': 'question-help question-why' },
    h('legend', { class: 'visually-hidden' }, q.text),
    h('div', { class: 'choices' }, choices),
    h('p', { class: 'field-error', hidden: true }));
  const back = h('button', { type: 'button', disabled: session.answers.length === 0, onclick: goBack }, 'Back');
  const next = h('button', { type: 'submit', class: 'primary' }, 'Next');
  const form = h('form', { novalidate: true, class: 'card question-card', 'aria-labelledby': 'question-heading' },
    summary,
    partLabel(session, q.part) ? h('p', { class: 'muted' }, partLabel(session, q.part)) : null,
    h('h2', { id: 'question-heading', tabindex: '-1' }, q.text),
    q.help ? h('p', { class: 'help', id: 'question-help' }, q.help) : null,
    h('div', { class: 'why-asked', id: 'question-why' }, h('h3', {}, 'Why this question'), h('p', {}, q.why)),
    fieldset,
    multi ? h('p', { class: 'help' }, 'Tick all that apply.') : null,
    h('div', { class: 'actions' }, back, next));

  async function goBack() {
    back.disabled = true;
    try {
      await takeBack(body, session);
    } catch (error) {
      showServerError(form, summary, error);
      back.disabled = false;
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const picked = [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((c) => c.value);
    if (!picked.length) { showErrors(form, summary, [{ field: 'answer', message: multi ? 'Tick at least one option.' : 'Choose an answer.' }]); return; }
    const answer = multi ? { part: q.part, question: q.id, values: picked } : { part: q.part, question: q.id, value: picked[0] };
    next.disabled = true;
    try {
      renderSession(body, await api(`/api/v1/diagnoses/${encodeURIComponent(session.id)}/answers`, { method: 'POST', body: answer }), true);
    } catch (error) {
      showServerError(form, summary, error);
      next.disabled = false;
    }
  });
  return form;
}

function answersList(body, session) {
  if (!session.answers.length) return null;
  return h('section', { class: 'section', 'aria-labelledby': 'answers-heading' },
    h('h2', { id: 'answers-heading' }, 'Your answers so far'),
    h('ol', { class: 'answers' }, session.answers.map((a) => h('li', {},
      partLabel(session, a.part) ? h('span', { class: 'muted' }, `${partLabel(session, a.part)} · `) : null,
      h('strong', {}, a.text), ' ', a.labels.join('; ')))),
    session.status === 'DETERMINED' ? h('div', { class: 'actions no-print' },
      h('button', { type: 'button', onclick: () => takeBack(body, session) },
        'Back: change the last answer')) : null);
}

function findingList(part) {
  return part.findings.length ? h('ul', { class: 'findings' }, part.findings.map((f) => h('li', {},
    h('strong', {}, `${label('finding', f.attribute)}: `), f.attribute === 'recoverability' && f.value !== 'NOT_KNOWN' ? label('level', f.value) : label('findingValue', f.value), explanation(f.explanation)))) : null;
}

function partialFindings(session) {
  const found = session.diagnosis.filter((p) => p.findings.length);
  if (!found.length) return null;
  return h('section', { class: 'section', 'aria-labelledby': 'partial-heading' },
    h('h2', { id: 'partial-heading' }, 'What is already clear'),
    found.map((p) => h('div', { class: 'panel' }, partLabel(session, p.part) ? h('h3', {}, partLabel(session, p.part)) : null, findingList(p))));
}

function outcome(session) {
  const steps = session.plan || [];
  return h('section', { class: 'section', 'aria-labelledby': 'outcome-heading' },
    h('h2', { id: 'outcome-heading', tabindex: '-1' }, 'Diagnosis'),
    session.diagnosis.map((p) => h('div', { class: 'panel' },
      h('h3', {}, partLabel(session, p.part) || `Breach by ${label('accused', p.accused).toLowerCase()}`),
      h('dl', { class: 'summary' }, p.attributes.map((a) => [h('dt', {}, a.label), h('dd', {}, a.valueLabels.join('; '))])),
      findingList(p))),
    h('h2', { id: 'plan-heading' }, 'Repair plan'),
    h('p', { class: 'muted' }, 'In order: respond, establish what happened, reform, evaluate, rebuild (Gillespie & Dietz 2009).'),
    PHASES.map((phase) => {
      const inPhase = steps.filter((s) => s.phase === phase);
      if (!inPhase.length) return null;
      return h('div', { class: 'phase' }, h('h3', {}, label('phase', phase)),
        inPhase.map((s) => stepCard(session, s)));
    }),
    session.avoid && session.avoid.length ? [h('h2', {}, 'What to avoid'), session.avoid.map((s) => stepCard(session, s))] : null,
    h('p', { class: 'muted' }, `Rules and knowledge version ${session.version}.`));
}

function stepCard(session, step) {
  return h('article', { class: 'card plan-step', 'data-step': step.id },
    partLabel(session, step.part) ? h('p', { class: 'muted' }, partLabel(session, step.part)) : null,
    h('h4', {}, step.title),
    h('p', {}, step.text),
    explanation(step.explanation, 'Why this step'));
}
