// The event type form: every field of the admin API's event type, each input marked with the
// API's path of its field. Minutes are typed as text and sent as numbers when they are whole
// numbers, else as typed, so that the API names what is wrong; blank optional fields are left out.

import { $, el } from './dom.js';
import { namedButton, textField } from './catalog-ranges.js';
import { fillReminders, readReminders, reminderGroups } from './catalog-reminders.js';

const MINUTES = [
  ['t-default', 'defaultDuration', 'Default duration (minutes)', 'Blank: the shortest duration.'],
  ['t-increment', 'slotIncrement', 'Slot increment (minutes)',
    'Blank: slots step by the meeting\'s own length.'],
  ['t-before', 'bufferBefore', 'Buffer before (minutes)', '0 to 720. Blank: 0.'],
  ['t-after', 'bufferAfter', 'Buffer after (minutes)', '0 to 720. Blank: 0.'],
  ['t-notice', 'minNoticeMinutes', 'Minimum notice (minutes)', 'Blank: 0.'],
  ['t-advance', 'maxAdvanceDays', 'Furthest ahead (days)', 'Blank: 90 days.'],
];
const LIMITS = [
  ['t-per-day', 'limits.perDay', 'Per day'],
  ['t-per-week', 'limits.perWeek', 'Per week'],
  ['t-per-month', 'limits.perMonth', 'Per month'],
];
const HOST_LIMITS = [
  ['t-host-per-day', 'hostLimits.perDay', 'Per host per day'],
  ['t-host-per-week', 'hostLimits.perWeek', 'Per host per week'],
  ['t-host-per-month', 'hostLimits.perMonth', 'Per host per month'],
];
const ASSIGNMENTS = [
  ['SINGLE', 'One host (SINGLE)'],
  ['ROUND_ROBIN', 'Round robin: one free host, in turn'],
  ['COLLECTIVE', 'Collective: every host together'],
];
const FAIRNESS = [
  ['DAY', 'Per day'], ['WEEK', 'Per week'], ['MONTH', 'Per month'], ['QUARTER', 'Per quarter'],
];
const FREQUENCY = [
  ['t-freq-max', 'frequencyLimit.max', 'Bookings per e-mail address'],
  ['t-freq-window', 'frequencyLimit.windowDays', 'Within days'],
];

/** A text input for the API's field `path`, with its hint under it when there is one. */
function inputField(id, path, label, hint = '', attrs = {}) {
  const field = textField(id, label, {
    'data-path': path, 'data-label': label, 'aria-describedby': hint ? `${id}-hint` : null, ...attrs,
  });
  if (hint) field.querySelector('input').after(el('p', { id: `${id}-hint`, class: 'hint', text: hint }));
  return field;
}

function numberField([id, path, label, hint]) {
  return inputField(id, path, label, hint, { inputmode: 'numeric', maxlength: 9 });
}

function group(id, path, legend, hint, ...children) {
  return el('fieldset', { class: 'group', id, 'data-path': path, 'data-label': legend },
    el('legend', { text: legend }),
    hint ? el('p', { class: 'hint', text: hint }) : null,
    ...children,
    el('p', { id: `${id}-error`, class: 'field-error', hidden: true }));
}

function selectField(id, path, label) {
  return el('div', { class: 'field' },
    el('label', { for: id, text: label }),
    el('select', { id, 'data-path': path, 'data-label': label, 'aria-describedby': `${id}-error` }),
    el('p', { id: `${id}-error`, class: 'field-error', hidden: true }));
}

function description() {
  return el('div', { class: 'field' },
    el('label', { for: 't-description', text: 'Description' }),
    el('textarea', {
      id: 't-description', rows: 3, 'data-path': 'description', 'data-label': 'Description',
      'aria-describedby': 't-description-error',
    }),
    el('p', { id: 't-description-error', class: 'field-error', hidden: true }));
}

/** Builds the form's fields once; `fillType` puts a type into them. */
export function buildTypeForm() {
  const slugHint = 'Lowercase letters, digits and hyphens; visitors book under it. Fixed once saved.';
  $('type-fields').replaceChildren(
    el('div', { class: 'field-row' },
      inputField('t-slug', 'slug', 'Slug', slugHint, { maxlength: 64 }),
      inputField('t-title', 'title', 'Title'),
      inputField('t-location', 'location', 'Location')),
    description(),
    group('t-durations', 'durations', 'Durations (minutes)', 'The lengths a visitor chooses from.',
      el('div', { id: 't-duration-list', class: 'duration-list' }),
      el('button', { type: 'button', id: 't-add-duration', class: 'secondary small' },
        'Add a duration')),
    el('div', { class: 'field-row' }, ...MINUTES.map(numberField)),
    group('t-limits', 'limits', 'Bookings of this type', 'Blank: no limit.',
      el('div', { class: 'field-row' }, ...LIMITS.map(numberField))),
    group('t-host-limits', 'hostLimits', 'Bookings of this type per host',
      'Each host of the pool counted on their own. Blank: no limit.',
      el('div', { class: 'field-row' }, ...HOST_LIMITS.map(numberField))),
    group('t-frequency', 'frequencyLimit', 'Limit per e-mail address',
      'Both blank: the service\'s default limit.',
      el('div', { class: 'field-row' }, ...FREQUENCY.map(numberField))),
    el('div', { class: 'field-row' },
      selectField('t-assignment', 'assignment', 'Assignment'),
      selectField('t-fairness', 'fairnessPeriod', 'Round robin counts bookings'),
      selectField('t-schedule', 'scheduleId', 'Schedule')),
    group('t-hosts', 'hosts', 'Hosts',
      'Exactly one host for a single-host type; the pool of a round-robin or collective one.',
      el('div', { id: 't-host-list', class: 'choice-list' })),
    ...reminderGroups(),
    el('div', { class: 'check' },
      el('input', { id: 't-active', type: 'checkbox', 'data-path': 'active', 'data-label': 'Active' }),
      el('label', { for: 't-active', text: 'Active: visitors can book this type' })));
  $('t-add-duration').addEventListener('click', () => {
    const durations = [...readDurations(), ''];
    drawDurations(durations);
    $(`t-duration-${durations.length - 1}`).focus();
  });
  $('t-duration-list').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-index]');
    if (!button) return;
    const durations = readDurations();
    durations.splice(Number(button.dataset.index), 1);
    drawDurations(durations);
    $('t-add-duration').focus();
  });
}

function durationRow(minutes, i) {
  const label = `Duration ${i + 1}`;
  return el('div', { class: 'duration' },
    textField(`t-duration-${i}`, label, {
      value: String(minutes), inputmode: 'numeric', maxlength: 9,
      'data-path': `durations[${i}]`, 'data-label': label,
    }),
    namedButton('Remove', label.toLowerCase(), { 'data-index': i }));
}

function drawDurations(durations) {
  $('t-duration-list').replaceChildren(...durations.map(durationRow));
}

function readDurations() {
  return [...$('t-duration-list').querySelectorAll('input')].map((input) => input.value.trim());
}

/** A whole number as a number; anything else as typed, for the API to name. */
function number(text) {
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

function optional(id) {
  const text = $(id).value.trim();
  return text === '' ? undefined : number(text);
}

function options(select, choices, value) {
  select.replaceChildren(...choices.map(([v, text]) => el('option', { value: v, text })));
  select.value = value;
}

/** Draws `type` (an empty object for a new one) with the hosts and schedules to choose from. */
export function fillType(type, hosts, schedules) {
  const fresh = !type.slug;
  $('t-slug').value = type.slug || '';
  $('t-slug').readOnly = !fresh;
  $('t-title').value = type.title || '';
  $('t-location').value = type.location || '';
  $('t-description').value = type.description || '';
  drawDurations(type.durations || [30]);
  const values = {
    defaultDuration: type.defaultDuration, slotIncrement: type.slotIncrement,
    bufferBefore: type.bufferBefore, bufferAfter: type.bufferAfter,
    minNoticeMinutes: type.minNoticeMinutes, maxAdvanceDays: type.maxAdvanceDays,
    'limits.perDay': type.limits && type.limits.perDay,
    'limits.perWeek': type.limits && type.limits.perWeek,
    'limits.perMonth': type.limits && type.limits.perMonth,
    'hostLimits.perDay': type.hostLimits && type.hostLimits.perDay,
    'hostLimits.perWeek': type.hostLimits && type.hostLimits.perWeek,
    'hostLimits.perMonth': type.hostLimits && type.hostLimits.perMonth,
    'frequencyLimit.max': type.frequencyLimit && type.frequencyLimit.max,
    'frequencyLimit.windowDays': type.frequencyLimit && type.frequencyLimit.windowDays,
  };
  for (const [id, path] of [...MINUTES, ...LIMITS, ...HOST_LIMITS, ...FREQUENCY]) {
    $(id).value = values[path] === undefined || values[path] === null ? '' : String(values[path]);
  }
  const assignment = type.assignment || 'SINGLE';
  options($('t-assignment'), ASSIGNMENTS, assignment);
  options($('t-fairness'), FAIRNESS, type.fairnessPeriod || 'MONTH');
  options($('t-schedule'), [['', 'Each host\'s own schedule'],
    ...schedules.map((s) => [s.id, `${s.name} (${s.id})`])], type.scheduleId || '');
  const chosen = new Set(type.hosts || (hosts.length === 1 ? [hosts[0].id] : []));
  $('t-host-list').replaceChildren(...hosts.map((host, i) => el('div', { class: 'check' },
    el('input', {
      id: `t-host-${i}`, type: 'checkbox', value: host.id, checked: chosen.has(host.id),
      'aria-describedby': 't-hosts-error',
    }),
    el('label', { for: `t-host-${i}`, text: `${host.name} (${host.id})` }))));
  $('t-active').checked = type.active !== false;
  fillReminders(type);
}

/** The PUT body of what the form shows, with the version it was loaded at (none when new). */
export function readType(version) {
  const body = {
    title: $('t-title').value.trim(),
    description: $('t-description').value.trim(),
    location: $('t-location').value.trim(),
    durations: readDurations().map((text) => (text === '' ? null : number(text))),
    assignment: $('t-assignment').value,
    fairnessPeriod: $('t-fairness').value,
    hosts: [...$('t-host-list').querySelectorAll('input:checked')].map((input) => input.value),
    scheduleId: $('t-schedule').value || null,
    active: $('t-active').checked,
  };
  for (const [id, path] of MINUTES) body[path] = optional(id);
  const limits = {};
  for (const [id, path] of LIMITS) limits[path.split('.')[1]] = optional(id);
  body.limits = limits;
  const hostLimits = {};
  for (const [id, path] of HOST_LIMITS) hostLimits[path.split('.')[1]] = optional(id);
  body.hostLimits = hostLimits;
  const max = optional('t-freq-max');
  const windowDays = optional('t-freq-window');
  if (max !== undefined || windowDays !== undefined) {
    body.frequencyLimit = { max: max ?? null, windowDays: windowDays ?? null };
  }
  readReminders(body);
  if (version) body.version = version;
  return body;
}
