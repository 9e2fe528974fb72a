// The admin key of the admin pages: kept only in this tab's sessionStorage and sent as a bearer
// token, so one sign-in serves every admin page opened in the same tab.

import { api } from './api.js';
import { $, say } from './dom.js';

const KEY = 'booking.adminKey';

export const adminKey = () => sessionStorage.getItem(KEY);

/** A request to the API with the admin key. */
export const admin = (path, options = {}) => api(path, { ...options, token: adminKey() });

function showArea(on) {
  $('admin').hidden = !on;
  $('forget-key').hidden = !on;
  $('key-in-use').hidden = !on;
  $('key-field').hidden = on;
  $('use-key').hidden = on;
}

/** The server did not accept the key: it is forgotten and asked for again. */
export function keyRejected() {
  sessionStorage.removeItem(KEY);
  showArea(false);
  say($('admin-key-error'), 'This admin key was not accepted. Please check it and try again.');
  $('admin-key').setAttribute('aria-invalid', 'true');
  $('admin-key').focus();
}

/**
 * Wires the key form. `start` loads what the page shows and resolves true when it could, `landing`
 * is the element focused then; `forget` clears what the page showed.
 */
export function wireKeyForm({ start, landing, forget }) {
  $('key-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = $('admin-key').value.trim();
    say($('admin-key-error'), '');
    $('admin-key').removeAttribute('aria-invalid');
    if (!key) {
      say($('admin-key-error'), 'Please enter the admin key.');
      $('admin-key').focus();
      return;
    }
    sessionStorage.setItem(KEY, key);
    $('admin-key').value = '';
    showArea(true);
    if (await start()) landing().focus();
  });
  $('forget-key').addEventListener('click', () => {
    sessionStorage.removeItem(KEY);
    forget();
    showArea(false);
    $('admin-key').focus();
  });
  if (adminKey()) {
    showArea(true);
    start();
  }
}
