// The trust survey as a respondent answers it, from the link the HR executive sent: no account and no
// access token. The link's token travels in the address's fragment (never sent to the server in the
// address) and is posted to the two respondent endpoints. Each statement may be answered or left as
// "prefer not to say"; the answers are added to anonymous totals on the server and nothing else is kept.

const root = document.getElementById('survey');
const token = decodeURIComponent(window.location.hash.replace(/^#/, ''));

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function post(path, body) {
  const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body), credentials: 'omit' });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(data.message || 'The survey could not be reached. Please try again in a moment.');
    error.status = response.status;
    throw error;
  }
  return data;
}

function show(...nodes) {
  root.replaceChildren(...nodes);
}

function message(text, kind = 'warning') {
  return el('p', { class: `notice notice-${kind}`, role: kind === 'warning' ? 'alert' : 'status' }, text);
}

function formatDay(iso) {
  const date = new Date(`${iso}T12:00:00`);
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

function statement(item, index, scale) {
  const name = `s-${item.id}`;
  const choice = (value, text, extra) => el('li', {}, el('label', { class: extra || null },
    el('input', { type: 'radio', name, value }), el('span', {}, text)));
  return el('fieldset', { class: 'statement', 'data-statement': item.id },
    el('legend', {}, `${index + 1}. ${item.text}`),
    el('ul', { class: 'choices' },
      scale.map((text, i) => choice(String(i + 1), text)),
      choice('', 'Prefer not to say', 'skip')));
}

async function start() {
  if (!token) {
    show(message('This page needs the full link you were sent. Please open the link from your message again.'));
    return;
  }
  let form;
  try {
    form = await post('/api/v1/respond/form', { token });
  } catch (error) {
    show(message(error.message));
    return;
  }
  const statements = form.statements.map((item, i) => statement(item, i, form.scale));
  const problem = el('div');
  const send = el('button', { type: 'submit', class: 'primary' }, 'Send my answers');
  const survey = el('form', { novalidate: true },
    el('div', { class: 'respond-intro' },
      el('p', {}, 'These statements are about the other organisation in your alliance: "our partner" means them, "we" and "us" your own organisation.'),
      el('p', {}, 'Choose how far you agree with each statement. You may choose "Prefer not to say" for any of them.'),
      el('p', {}, `Your answers are anonymous: they are added to totals for your side of the alliance and are not kept on their own. Your name, address and the time you answer are not recorded. The survey is open until ${formatDay(form.closesOn)}.`)),
    statements,
    problem,
    el('div', { class: 'respond-actions' }, send));
  survey.addEventListener('submit', async (event) => {
    event.preventDefault();
    const answers = {};
    for (const item of form.statements) {
      const picked = survey.querySelector(`input[name="s-${item.id}"]:checked`);
      if (picked && picked.value) answers[item.id] = Number(picked.value);
    }
    if (!Object.keys(answers).length) {
      problem.replaceChildren(message('Please answer at least one statement before sending.'));
      problem.querySelector('p').focus?.();
      return;
    }
    send.disabled = true;
    try {
      const received = await post('/api/v1/respond/answers', { token, answers });
      show(message(received.message, 'good'), el('p', {}, 'You can close this page now.'));
      document.getElementById('main').focus();
    } catch (error) {
      problem.replaceChildren(message(error.message));
      send.disabled = false;
    }
  });
  show(survey);
}

start();
