// The sign-in page asked for when the server refuses a call for want of an access token. It opens
// as a modal dialog over the current page, so nothing typed on the page underneath is lost.
import { ApiError } from './api.js';
import { h, uid } from './dom.js';

/** Asks for the access token; resolves with it, or rejects when the user closes the dialog. */
export function askForAccessToken(reason) {
  return new Promise((resolve, reject) => {
    const inputId = uid('token');
    const helpId = uid('token-help');
    const errorId = uid('token-error');
    const input = h('input', {
      id: inputId, name: 'token', type: 'password', autocomplete: 'off', required: true, spellcheck: 'false',
      'aria-describedby': reason ? `${helpId} ${errorId}` : helpId, 'aria-invalid': reason ? 'true' : null,
    });
    const error = h('p', { id: errorId, class: 'field-error', hidden: !reason }, reason || '');
    let settled = false;
    const dialog = h('dialog', { class: 'login', 'aria-labelledby': `${inputId}-title` },
      h('form', { method: 'dialog', novalidate: true, onsubmit: submit },
        h('h2', { id: `${inputId}-title` }, 'Sign in to the advisor'),
        h('p', {}, 'This advisor is protected by an access token. Enter the token your administrator gave you; '
          + 'it is kept only in this browser tab and forgotten when you close it.'),
        h('div', { class: 'field' },
          h('label', { for: inputId }, 'Access token'),
          h('p', { id: helpId, class: 'help' }, 'Paste the token exactly as you received it.'),
          input, error),
        h('div', { class: 'actions' },
          h('button', { type: 'submit', class: 'primary' }, 'Sign in'),
          h('button', { type: 'button', onclick: () => close() }, 'Cancel'))));

    function submit(event) {
      event.preventDefault();
      const value = input.value.trim();
      if (!value) {
        error.textContent = 'Enter the access token.';
        error.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', `${helpId} ${errorId}`);
        input.focus();
        return;
      }
      settled = true;
      dialog.close();
      dialog.remove();
      resolve(value);
    }

    function close() {
      if (dialog.open) dialog.close();
    }

    dialog.addEventListener('close', () => {
      dialog.remove();
      if (!settled) reject(new ApiError(401, 'An access token is needed to use the advisor. Reload the page to sign in.'));
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}
