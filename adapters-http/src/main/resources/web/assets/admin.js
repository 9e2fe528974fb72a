// The admin page: the key lives only in this tab's sessionStorage and goes out as a bearer token.

import { api, generalProblem, warningText } from './api.js';
import { $, el, say } from './dom.js';
import { detectedZone, formatRange } from './time.js';

const KEY = 'booking.adminKey';
const zone = detectedZone();
let page = { cursor: null, next: null, filters: {} };

const adminKey = () => sessionStorage.getItem(KEY);

function showArea(on) {
  $('admin').hidden = !on;
  $('forget-key').hidden = !on;
  $('key-in-use').hidden = !on;
  $('key-field').hidden = on;
  $('use-key').hidden = on;
}

const ADMIN_OFF = 'The admin API is turned off on this server (it has no admin key configured).';

function problem(error) {
  if (error.code === 'UNAUTHORIZED') {
    sessionStorage.removeItem(KEY);
    showArea(false);
    say($('admin-key-error'), 'This admin key was not accepted. Please check it and try again.');
    $('admin-key').setAttribute('aria-invalid', 'true');
    $('admin-key').focus();
    return;
  }
  const box = $('admin-error');
  box.textContent = error.code === 'NOT_FOUND' ? ADMIN_OFF : generalProblem(error);
  box.hidden = false;
  box.focus();
}

function admin(path, options = {}) {
  return api(path, { ...options, token: adminKey() });
}

function syncState(synced, manual) {
  if (synced) return ['synced', 'Synced'];
  return manual ? ['needs-sync', 'Needs sync'] : ['pending', 'Pending'];
}

function card(booking) {
  const [calendar, calendarText] =
    syncState(booking.calendarSynced, booking.requiresManualCalendarSync);
  const [crm, crmText] = syncState(booking.crmSynced, booking.requiresManualCrmSync);
  const when = formatRange(Date.parse(booking.startTime), Date.parse(booking.endTime), zone);
  const titleId = `booking-${booking.id}`;
  const row = (term, value, attrs = {}) => [el('dt', { text: term }), el('dd', { ...attrs, text: value })];
  return el('li', { class: 'booking-card', 'data-id': booking.id, 'data-calendar': calendar,
    'data-crm': crm, 'aria-labelledby': titleId },
  el('h3', { id: titleId, text: `${booking.name}: ${when}` }),
  el('dl', { class: 'details compact' },
    ...row('E-mail', booking.email),
    ...row('Company', booking.company || '—'),
    ...row('Phone', booking.phone || '—'),
    ...row('Status', booking.status === 'CONFIRMED' ? 'Confirmed' : 'Cancelled'),
    ...row('Calendar', calendarText, { class: `sync ${calendar}`, 'data-sync': 'calendar' }),
    ...row('CRM', crmText, { class: `sync ${crm}`, 'data-sync': 'crm' })),
  el('div', { class: 'actions' },
    el('button', { type: 'button', class: 'secondary sync-one', 'data-id': booking.id,
      'aria-describedby': titleId, text: 'Sync now' }),
    el('p', { class: 'status sync-result', role: 'status', 'aria-live': 'polite' })));
}

function filters() {
  const out = {};
  for (const [name, id] of [['needsSync', 'filter-needs-sync'], ['status', 'filter-status'],
    ['from', 'filter-from'], ['to', 'filter-to'], ['email', 'filter-email']]) {
    const value = $(id).value.trim();
    if (value) out[name] = value;
  }
  return out;
}

async function load(cursor) {
  $('admin-error').hidden = true;
  for (const id of ['filter-from', 'filter-to', 'filter-email']) say($(`${id}-error`), '');
  const query = new URLSearchParams({ ...page.filters, limit: '20' });
  if (cursor) query.set('cursor', cursor);
  say($('list-status'), 'Loading bookings…');
  try {
    const data = await admin(`/api/admin/bookings?${query}`);
    page = { ...page, cursor, next: data.nextCursor };
    $('bookings').replaceChildren(...data.bookings.map(card));
    const n = data.bookings.length;
    say($('list-status'), n === 0 ? 'No bookings match.'
      : `Showing ${n} booking${n === 1 ? '' : 's'}${data.nextCursor ? '; more on the next page' : ''}.`);
    $('next-page').hidden = !data.nextCursor;
    $('first-page').hidden = !cursor;
    return true;
  } catch (error) {
    say($('list-status'), '');
    if (error.code === 'VALIDATION_ERROR') {
      for (const [field, text] of Object.entries(error.fields)) {
        const slot = $(`filter-${field}-error`);
        if (slot) say(slot, `${text}.`);
      }
    }
    problem(error);
    return false;
  }
}

async function useKey(event) {
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
  if (await load(null)) $('list-title').focus();
}

function forgetKey() {
  sessionStorage.removeItem(KEY);
  $('bookings').replaceChildren();
  showArea(false);
  $('admin-key').focus();
}

async function syncOne(button) {
  const { id } = button.dataset;
  const result = button.parentElement.querySelector('.sync-result');
  button.disabled = true;
  say(result, 'Syncing…');
  try {
    const data = await admin(`/api/admin/bookings/${encodeURIComponent(id)}/sync`, {
      method: 'POST' });
    const fresh = card(data.booking);
    say(fresh.querySelector('.sync-result'), data.complete
      ? 'Sync complete.'
      : `Still pending: ${data.warnings.map(warningText).join(' ')}`);
    button.closest('li').replaceWith(fresh);
    fresh.querySelector('.sync-one').focus();
  } catch (error) {
    button.disabled = false;
    say(result, generalProblem(error), 'error');
  }
}

async function syncAll() {
  const button = $('sync-all');
  button.disabled = true;
  say($('admin-status'), 'Syncing all flagged bookings…');
  try {
    const report = await admin('/api/admin/sync', { method: 'POST' });
    await load(page.cursor);
    say($('admin-status'), `Sync run finished: ${report.attempted} attempted, `
      + `${report.completed} completed, ${report.stillPending} still pending.`);
  } catch (error) {
    say($('admin-status'), '');
    problem(error);
  } finally {
    button.disabled = false;
  }
}

function limitEmail() {
  const email = $('limit-email').value.trim();
  say($('limit-email-error'), email ? '' : 'Please enter an e-mail address.');
  if (!email) $('limit-email').focus();
  return email;
}

function describeLimit(data) {
  return data.maxBookings === null || data.maxBookings === undefined
    ? `${data.email}: no override; the default limit of ${data.defaultMaxBookings} applies.`
    : `${data.email}: may book ${data.maxBookings} (default ${data.defaultMaxBookings}).`;
}

async function limitAction(method) {
  const email = limitEmail();
  if (!email) return;
  say($('limit-max-error'), '');
  let body;
  if (method === 'PUT') {
    const max = Number($('limit-max').value);
    if (!Number.isInteger(max) || max < 1) {
      say($('limit-max-error'), 'Please enter a whole number of at least 1.');
      $('limit-max').focus();
      return;
    }
    body = { maxBookings: max };
  }
  try {
    const data = await admin(`/api/admin/limits/${encodeURIComponent(email)}`, { method, body });
    say($('limit-result'), describeLimit(data));
  } catch (error) {
    if (error.code === 'VALIDATION_ERROR') {
      say($('limit-result'), Object.values(error.fields).join('; '), 'error');
    } else {
      say($('limit-result'), '');
      problem(error);
    }
  }
}

$('key-form').addEventListener('submit', useKey);
$('forget-key').addEventListener('click', forgetKey);
$('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  page = { cursor: null, next: null, filters: filters() };
  load(null);
});
$('sync-all').addEventListener('click', syncAll);
$('next-page').addEventListener('click', () => load(page.next));
$('first-page').addEventListener('click', () => load(null));
$('bookings').addEventListener('click', (event) => {
  const button = event.target.closest('.sync-one');
  if (button) syncOne(button);
});
$('limit-show').addEventListener('click', () => limitAction('GET'));
$('limit-clear').addEventListener('click', () => limitAction('DELETE'));
$('limit-form').addEventListener('submit', (event) => {
  event.preventDefault();
  limitAction('PUT');
});
$('list-title').setAttribute('tabindex', '-1');
if (adminKey()) {
  showArea(true);
  load(null);
}
