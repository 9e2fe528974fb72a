// The admin's bookings table: rows, sortable headers and the admin's words for sync states.

import { el } from './dom.js';

const INTEGRATIONS = [['calendar', 'Calendar'], ['crm', 'CRM'], ['email', 'E-mail']];

const STATE_WORDS = {
  SYNCED: 'in sync',
  PENDING: 'not synced yet',
  FAILED: 'failed, the sync worker retries',
  DISABLED: 'disabled',
};

export const SORT_NAMES = {
  start: ['start time', 'earliest first', 'latest first'],
  name: ['name', 'A to Z', 'Z to A'],
  email: ['e-mail', 'A to Z', 'Z to A'],
  company: ['company', 'A to Z', 'Z to A'],
  status: ['status', 'cancelled first', 'confirmed first'],
  sync: ['sync state', 'failed first', 'in sync first'],
};

function parts(ms, zone, options) {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, ...options }).formatToParts(new Date(ms));
}

/** The short name of the zone at that instant, e.g. "GMT+1" or "UTC". */
export function zoneLabel(ms, zone) {
  const part = parts(ms, zone, { timeZoneName: 'short' }).find((p) => p.type === 'timeZoneName');
  return part ? part.value : zone;
}

function day(ms, zone) {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
  }).format(new Date(ms));
}

function time(ms, zone) {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(new Date(ms));
}

function times(startMs, endMs, zone) {
  return `${time(startMs, zone)}–${time(endMs, zone)} ${zoneLabel(startMs, zone)}`;
}

/** "Wed, 2 Dec 2026, 10:00–10:30 GMT+1". */
export function formatWhen(startMs, endMs, zone) {
  return `${day(startMs, zone)}, ${times(startMs, endMs, zone)}`;
}

function shortDate(ms, zone) {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, day: 'numeric', month: 'short', year: 'numeric',
  }).format(new Date(ms));
}

/** "2 Dec 2026, 09:14 UTC". */
function formatMoment(ms, zone) {
  return `${shortDate(ms, zone)}, ${time(ms, zone)} ${zoneLabel(ms, zone)}`;
}

/** A time element on two lines: the day, then the time with its zone label. */
function twoLines(iso, first, second) {
  return el('time', { datetime: iso },
    el('span', { class: 'block', text: first }), el('span', { class: 'block', text: second }));
}

function syncState(booking, key) {
  return (booking.sync && booking.sync[key]) || 'PENDING';
}

/** True when a switched-on integration does not show the booking yet. */
export function needsSync(booking) {
  return INTEGRATIONS.some(([key]) => ['PENDING', 'FAILED'].includes(syncState(booking, key)));
}

function joinNames(names) {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** One sentence on where each integration stands, grouped by state, for the admin. */
export function syncSummary(booking, complete) {
  const groups = new Map();
  for (const [key, label] of INTEGRATIONS) {
    const state = syncState(booking, key);
    if (!groups.has(state)) groups.set(state, []);
    groups.get(state).push(label);
  }
  const said = [...groups].map(([state, labels]) => `${joinNames(labels)}: ${STATE_WORDS[state]}`);
  return `${complete ? 'Sync complete' : 'Sync not complete'}. ${said.join('; ')}.`;
}

function syncCell(booking) {
  const list = el('ul', { class: 'sync-list' });
  for (const [key, label] of INTEGRATIONS) {
    const state = syncState(booking, key);
    list.append(el('li', {
      class: `sync ${state.toLowerCase()}`, 'data-sync': key, 'data-state': state.toLowerCase(),
      text: `${label}: ${STATE_WORDS[state]}`,
    }));
  }
  return el('td', { class: 'sync-cell', 'data-label': 'Sync' }, list);
}

function messageCell(booking) {
  if (!booking.message) return el('td', { class: 'muted', 'data-label': 'Message', text: '—' });
  return el('td', { 'data-label': 'Message' }, el('details', { class: 'message' },
    el('summary', { text: 'Show message' }),
    el('p', { class: 'message-text', text: booking.message })));
}

function actionsCell(booking, nameId) {
  const id = booking.id;
  const button = (action, text, kind) => el('button', {
    type: 'button', class: `${kind} small`, 'data-action': action, 'data-id': id,
    'aria-describedby': nameId, text,
  });
  const active = booking.status === 'CONFIRMED';
  return el('td', { class: 'actions-cell' },
    el('div', { class: 'row-actions' },
      button('sync', 'Sync now', 'secondary'),
      active ? button('reschedule', 'Reschedule', 'secondary') : null,
      active ? button('cancel', 'Cancel', 'danger') : null),
    el('p', { class: 'status row-result', role: 'status', 'aria-live': 'polite' }));
}

function created(booking, zone) {
  const ms = Date.parse(booking.createdAt);
  return twoLines(booking.createdAt, shortDate(ms, zone), `${time(ms, zone)} ${zoneLabel(ms, zone)}`);
}

/** One table row; the name cell describes the row's buttons to assistive technology. */
export function bookingRow(booking, zone) {
  const start = Date.parse(booking.startTime);
  const end = Date.parse(booking.endTime);
  const nameId = `name-${booking.id}`;
  const cancelled = booking.status !== 'CONFIRMED';
  return el('tr', {
    'data-id': booking.id, 'data-status': booking.status.toLowerCase(),
    'data-needs-sync': String(needsSync(booking)),
  },
  el('td', { class: 'when-cell', 'data-label': 'Start' },
    twoLines(booking.startTime, day(start, zone), times(start, end, zone))),
  el('th', { scope: 'row', id: nameId, class: 'name-cell', text: booking.name }),
  el('td', { class: 'email-cell', 'data-label': 'E-mail', text: booking.email }),
  el('td', {
    class: booking.company ? '' : 'muted', 'data-label': 'Company', text: booking.company || '—',
  }),
  el('td', {
    class: `status-cell ${cancelled ? 'cancelled' : 'confirmed'}`, 'data-label': 'Status',
  },
    cancelled ? 'Cancelled' : 'Confirmed',
    cancelled && booking.cancelledAt
      ? el('span', { class: 'hint block', text: formatMoment(Date.parse(booking.cancelledAt), zone) })
      : null,
    booking.vipTier ? el('span', { class: 'hint block', text: `VIP tier ${booking.vipTier}` }) : null,
    hostLine(booking),
    booking.assignmentReason
      ? el('span', { class: 'hint block assignment-reason', text: booking.assignmentReason })
      : null),
  syncCell(booking),
  el('td', { class: 'created-cell', 'data-label': 'Created' }, created(booking, zone)),
  messageCell(booking),
  actionsCell(booking, nameId));
}

/** Marks the sorted column (aria-sort) and says how it is sorted in each header button. */
export function showSort(table, sort, direction) {
  for (const th of table.querySelectorAll('th[data-sort]')) {
    const button = th.querySelector('button');
    const [name, asc, desc] = SORT_NAMES[th.dataset.sort];
    if (th.dataset.sort === sort) {
      th.setAttribute('aria-sort', direction === 'desc' ? 'descending' : 'ascending');
      button.dataset.direction = direction;
      button.setAttribute('aria-label', `${button.dataset.label}, sorted ${direction === 'desc' ? desc : asc}`);
    } else {
      th.removeAttribute('aria-sort');
      delete button.dataset.direction;
      button.setAttribute('aria-label', `${button.dataset.label}, sort by ${name}`);
    }
  }
}

/** Remembers each header's own text before labels with the sort state are added. */
export function prepareHeaders(table) {
  for (const button of table.querySelectorAll('th[data-sort] button')) {
    button.dataset.label = button.textContent.trim();
  }
}

/** Who takes the meeting: the host, and a collective meeting's further hosts. */
function hostLine(booking) {
  const names = [booking.host, ...(booking.coHosts || [])]
    .filter((host) => host && host.name).map((host) => host.name);
  return names.length ? el('span', { class: 'hint block', text: `With ${names.join(', ')}` }) : null;
}
