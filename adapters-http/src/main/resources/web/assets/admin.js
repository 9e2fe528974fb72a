// The admin page: bookings and limit overrides, with the key of admin-key.js.
// The list is sorted, searched and paged by the API; this page keeps the state of what is shown.

import { generalProblem } from './api.js';
import { admin, keyRejected, wireKeyForm } from './admin-key.js';
import { $, clearFieldErrors, say, sentence } from './dom.js';
import { detectedZone } from './time.js';
import {
  SORT_NAMES, bookingRow, formatWhen, prepareHeaders, showSort, syncSummary,
} from './admin-table.js';
import { cancelDialog, rescheduleDialog } from './admin-dialogs.js';
import { wireLimitForm } from './admin-limits.js';
import { showConflicts } from './admin-conflicts.js';

const zone = detectedZone();
const FILTER_FIELDS = [['q', 'filter-q'], ['needsSync', 'filter-needs-sync'],
  ['status', 'filter-status'], ['from', 'filter-from'], ['to', 'filter-to'],
  ['email', 'filter-email']];
const FILTER_LABELS = { q: 'Search', from: 'Start date', to: 'End date', email: 'E-mail' };

const view = {
  filters: {}, limit: 20, sort: 'start', direction: 'asc',
  cursor: null, next: null, prev: null, index: 0, total: 0, bookings: new Map(), busy: false,
};

const ADMIN_OFF = 'The admin API is turned off on this server (it has no admin key configured).';

function problem(error) {
  if (error.code === 'UNAUTHORIZED') {
    keyRejected();
    return;
  }
  const box = $('admin-error');
  box.textContent = error.code === 'NOT_FOUND' ? ADMIN_OFF : generalProblem(error);
  box.hidden = false;
  box.focus();
}

/** Errors about one booking, in an admin's words. */
function bookingProblem(error) {
  if (error.code === 'NOT_FOUND') return 'This booking no longer exists.';
  if (error.code === 'BOOKING_NOT_ACTIVE') return 'This booking is cancelled; it cannot be changed.';
  return generalProblem(error);
}

function fieldError(field, text) {
  const input = $(`filter-${field}`);
  const slot = $(`${input.id}-error`);
  say(slot, text);
  input.setAttribute('aria-invalid', 'true');
  return input;
}

function readFilters() {
  const out = {};
  for (const [name, id] of FILTER_FIELDS) {
    const value = $(id).value.trim();
    if (value) out[name] = value;
  }
  return out;
}

function describeList(count) {
  if (count === 0) return view.index === 0 ? 'No bookings match.' : 'No more bookings on this page.';
  const first = view.index * view.limit + 1;
  const pages = Math.max(1, Math.ceil(view.total / view.limit));
  const [name, asc, desc] = SORT_NAMES[view.sort];
  return `Bookings ${first}–${first + count - 1} of ${view.total}, by ${name}, `
    + `${view.direction === 'desc' ? desc : asc}. Page ${view.index + 1} of ${pages}.`;
}

function render(bookings) {
  view.bookings = new Map(bookings.map((b) => [b.id, b]));
  $('bookings').replaceChildren(...bookings.map((b) => bookingRow(b, zone)));
  showSort($('bookings-table'), view.sort, view.direction);
  $('prev-page').disabled = !view.prev;
  $('next-page').disabled = !view.next;
  const pages = Math.max(1, Math.ceil(view.total / view.limit));
  $('page-info').textContent = `Page ${view.index + 1} of ${pages}`;
  say($('list-status'), describeList(bookings.length));
}

function listProblem(error) {
  say($('list-status'), '');
  if (error.code === 'VALIDATION_ERROR') {
    const known = Object.entries(error.fields).filter(([field]) => FILTER_LABELS[field]);
    for (const [field, text] of known) fieldError(field, sentence(FILTER_LABELS[field], text));
    if (known.length) {
      $(`filter-${known[0][0]}`).focus();
      return;
    }
  }
  if (error.code === 'INVALID_DATE_RANGE') {
    fieldError('to', 'The end date must not be before the start date.').focus();
    return;
  }
  problem(error);
}

/** Loads one page; `index` is its number from 0, for the "page n of m" text. */
async function load(cursor = null, index = 0) {
  if (view.busy) return false;
  view.busy = true;
  $('admin-error').hidden = true;
  clearFieldErrors($('filters'));
  const query = new URLSearchParams({
    ...view.filters, limit: String(view.limit), sort: view.sort, direction: view.direction,
  });
  if (cursor) query.set('cursor', cursor);
  say($('list-status'), 'Loading bookings…');
  $('bookings-table').setAttribute('aria-busy', 'true');
  try {
    const data = await admin(`/api/admin/bookings?${query}`);
    Object.assign(view, {
      cursor, next: data.nextCursor, prev: data.prevCursor, total: data.total,
      index: data.prevCursor ? index : 0,
    });
    render(data.bookings);
    return true;
  } catch (error) {
    listProblem(error);
    return false;
  } finally {
    view.busy = false;
    $('bookings-table').removeAttribute('aria-busy');
  }
}

/** Pages on; keyboard focus stays on the pager, on the other button once this one is spent. */
async function turnPage(forward) {
  const cursor = forward ? view.next : view.prev;
  if (!cursor) return;
  await load(cursor, forward ? view.index + 1 : Math.max(view.index - 1, 0));
  const used = $(forward ? 'next-page' : 'prev-page');
  const other = $(forward ? 'prev-page' : 'next-page');
  if (!used.disabled) used.focus();
  else if (!other.disabled) other.focus();
  else $('list-title').focus();
}

function applyFilters(event) {
  event.preventDefault();
  clearFieldErrors($('filters'));
  const filters = readFilters();
  if (filters.from && filters.to && filters.from > filters.to) {
    fieldError('to', 'The end date must not be before the start date.').focus();
    return;
  }
  view.filters = filters;
  view.limit = Number($('filter-limit').value) || 20;
  load();
}

function sortBy(field) {
  if (view.sort === field) {
    view.direction = view.direction === 'asc' ? 'desc' : 'asc';
  } else {
    view.sort = field;
    view.direction = 'asc';
  }
  load();
}

async function syncOne(button) {
  const { id } = button.dataset;
  const row = button.closest('tr');
  const result = row.querySelector('.row-result');
  button.disabled = true;
  say(result, 'Syncing…');
  try {
    const data = await admin(`/api/admin/bookings/${encodeURIComponent(id)}/sync`, { method: 'POST' });
    view.bookings.set(id, data.booking);
    const fresh = bookingRow(data.booking, zone);
    row.replaceWith(fresh);
    say(fresh.querySelector('.row-result'), syncSummary(data.booking, data.complete));
    fresh.querySelector('[data-action="sync"]').focus();
  } catch (error) {
    button.disabled = false;
    say(result, bookingProblem(error), 'error');
  }
}

/** Cancels or moves a booking through its dialog, then shows the list again around it. */
async function change(action, button) {
  const booking = view.bookings.get(button.dataset.id);
  const open = action === 'cancel' ? cancelDialog : rescheduleDialog;
  const changed = await open(booking, zone, admin);
  if (!changed) {
    button.focus();
    return;
  }
  await load(view.cursor, view.index);
  const when = formatWhen(Date.parse(changed.startTime), Date.parse(changed.endTime), zone);
  say($('admin-status'), action === 'cancel'
    ? `Cancelled the booking of ${changed.name} on ${when}.`
    : `Moved the booking of ${changed.name} to ${when}.`);
  const row = $('bookings').querySelector(`tr[data-id="${CSS.escape(changed.id)}"]`);
  const target = row && (row.querySelector(`[data-action="${action}"]`)
    || row.querySelector('[data-action="sync"]'));
  (target || $('admin-status')).focus();
}

async function syncAll() {
  const button = $('sync-all');
  button.disabled = true;
  say($('admin-status'), 'Syncing all flagged bookings…');
  try {
    const report = await admin('/api/admin/sync', { method: 'POST' });
    await load(view.cursor, view.index);
    say($('admin-status'), `Sync run finished: ${report.attempted} attempted, `
      + `${report.completed} completed, ${report.stillPending} still pending.`
      + (report.attempted === 0
        ? ' Nothing was due: a booking waits a minute after each change, then longer after each'
          + ' failed try. Use "Sync now" on a booking to try it at once.'
        : ''));
  } catch (error) {
    say($('admin-status'), '');
    problem(error);
  } finally {
    button.disabled = false;
  }
}

$('filters').addEventListener('submit', applyFilters);
$('sync-all').addEventListener('click', syncAll);
$('next-page').addEventListener('click', () => turnPage(true));
$('prev-page').addEventListener('click', () => turnPage(false));
$('bookings-table').querySelector('thead').addEventListener('click', (event) => {
  const th = event.target.closest('th[data-sort]');
  if (th && event.target.closest('button')) sortBy(th.dataset.sort);
});
$('bookings').addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  if (button.dataset.action === 'sync') syncOne(button);
  else change(button.dataset.action, button);
});
wireLimitForm(admin, problem);
$('list-title').setAttribute('tabindex', '-1');
$('zone-note').textContent = `Times are shown in ${zone.replace(/_/g, ' ')}, this browser's time zone.`;
prepareHeaders($('bookings-table'));
showSort($('bookings-table'), view.sort, view.direction);
wireKeyForm({
  start: async () => {
    const loaded = await load();
    if (loaded) showConflicts(admin, problem, zone);
    return loaded;
  },
  landing: () => $('list-title'),
  forget: () => $('bookings').replaceChildren(),
});
