// The host form: every field of the admin API's host, each input marked with the API's path of
// its field. Weight and priority are typed as text and sent as numbers when they are whole
// numbers, else as typed, so that the API names what is wrong.

import { $, el } from './dom.js';
import { textField } from './catalog-ranges.js';

const TEXT = [
  ['h-id', 'id', 'Id', 'Lowercase letters, digits and hyphens. Fixed once saved.'],
  ['h-name', 'name', 'Name', ''],
  ['h-email', 'email', 'E-mail', ''],
  ['h-zone', 'timeZone', 'Time zone', 'For example Europe/Berlin.'],
  ['h-calendar', 'calendarId', 'Google calendar id', 'Blank: the service\'s own calendar.'],
  ['h-owner', 'hubspotOwnerId', 'HubSpot owner id',
    'Blank: the contacts of this host\'s bookings keep their owner.'],
  ['h-weight', 'weight', 'Round-robin weight', '1 to 100: the host\'s share of a pool\'s bookings.'],
  ['h-priority', 'priority', 'Round-robin priority',
    '0 to 4: a free host of a higher priority is chosen first.'],
];

function field([id, path, label, hint]) {
  const wrapper = textField(id, label, {
    'data-path': path, 'data-label': label, 'aria-describedby': hint ? `${id}-hint` : null,
  });
  if (hint) wrapper.querySelector('input').after(el('p', { id: `${id}-hint`, class: 'hint', text: hint }));
  return wrapper;
}

/** Builds the form's fields once; `fillHost` puts a host into them. */
export function buildHostForm() {
  $('host-fields').replaceChildren(
    el('div', { class: 'field-row' }, ...TEXT.slice(0, 4).map(field)),
    el('div', { class: 'field-row' },
      el('div', { class: 'field' },
        el('label', { for: 'h-schedule', text: 'Schedule' }),
        el('select', {
          id: 'h-schedule', 'data-path': 'scheduleId', 'data-label': 'Schedule',
          'aria-describedby': 'h-schedule-error',
        }),
        el('p', { id: 'h-schedule-error', class: 'field-error', hidden: true })),
      ...TEXT.slice(4, 6).map(field)),
    el('div', { class: 'field-row' }, ...TEXT.slice(6).map(field)),
    el('div', { class: 'check' },
      el('input', { id: 'h-active', type: 'checkbox', 'data-path': 'active', 'data-label': 'Active' }),
      el('label', { for: 'h-active', text: 'Active: takes meetings (an inactive host leaves every pool)' })));
}

/** Draws `host` (an empty object for a new one) with the schedules to choose from. */
export function fillHost(host, schedules) {
  $('h-id').value = host.id || '';
  $('h-id').readOnly = Boolean(host.id);
  $('h-name').value = host.name || '';
  $('h-email').value = host.email || '';
  $('h-zone').value = host.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  $('h-calendar').value = host.calendarId || '';
  $('h-owner').value = host.hubspotOwnerId || '';
  $('h-weight').value = String(host.weight || 1);
  $('h-priority').value = String(host.priority || 0);
  $('h-schedule').replaceChildren(...schedules.map((s) => el('option', {
    value: s.id, text: `${s.name} (${s.id})`,
  })));
  $('h-schedule').value = host.scheduleId || (schedules[0] ? schedules[0].id : '');
  $('h-active').checked = host.active !== false;
}

function number(text) {
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

/** The PUT body of what the form shows, with the version it was loaded at (none when new). */
export function readHost(version) {
  const body = {
    name: $('h-name').value.trim(),
    email: $('h-email').value.trim(),
    timeZone: $('h-zone').value.trim(),
    scheduleId: $('h-schedule').value,
    calendarId: $('h-calendar').value.trim() || null,
    hubspotOwnerId: $('h-owner').value.trim() || null,
    weight: number($('h-weight').value.trim()),
    priority: number($('h-priority').value.trim()),
    active: $('h-active').checked,
  };
  if (version) body.version = version;
  return body;
}

/** A row of the hosts list; `editButton` makes its edit button. */
export function hostRow(host, schedules, editButton) {
  const schedule = schedules.find((s) => s.id === host.scheduleId);
  return el('tr', { 'data-id': host.id },
    el('th', { scope: 'row', text: host.name }),
    el('td', { text: host.id }),
    el('td', { text: schedule ? schedule.name : host.scheduleId }),
    el('td', { text: `weight ${host.weight}, priority ${host.priority}` }),
    el('td', { text: host.active ? 'Active' : 'Inactive' }),
    el('td', {}, editButton('host', host.id, host.name)));
}
