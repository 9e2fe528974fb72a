// The schedule form: name, time zone, the weekly ranges (several a day), date overrides with
// their own ranges, and blackouts. `fillSchedule` draws a schedule of the API, `readSchedule`
// gives back the body of its PUT, in screen order so that the API's paths name what is shown.

import { $, el } from './dom.js';
import { namedButton, onRangeClick, rangeList, readRanges, textField } from './catalog-ranges.js';

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const DAY_NAMES = {
  MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday',
  FRIDAY: 'Friday', SATURDAY: 'Saturday', SUNDAY: 'Sunday',
};

function dateField(id, word, value, path, label, hiddenLabel) {
  const field = textField(id, word, {
    type: 'date', value, 'data-path': path, 'data-label': label, 'data-short': word,
  }, hiddenLabel);
  field.querySelector('input').removeAttribute('spellcheck');
  return field;
}

function dayBlock(day, ranges) {
  const name = DAY_NAMES[day];
  return el('fieldset', { class: 'day-hours', id: `w-${day}-group` },
    el('legend', { text: name }),
    rangeList({ prefix: `w-${day}`, path: `weekly.${day}`, name, closed: 'Closed.' }, ranges));
}

function overrideBlock(override, i) {
  const id = `o-${i}`;
  const name = `Override ${i + 1}`;
  return el('fieldset', {
    class: 'override', id, 'data-path': `overrides[${i}]`, 'data-label': name,
  },
  el('legend', { text: `Date override ${i + 1}` }),
  dateField(`${id}-date`, 'Date', override.date, `overrides[${i}].date`, `${name}, date`, name),
  rangeList({
    prefix: `${id}-r`, path: `overrides[${i}].ranges`, name, closed: 'Closed all day.',
  }, override.ranges),
  namedButton('Remove override', i + 1, { 'data-action': 'remove-override', 'data-index': i }),
  el('p', { id: `${id}-error`, class: 'field-error', hidden: true }));
}

function blackoutBlock(blackout, i) {
  const id = `b-${i}`;
  const name = `Blackout ${i + 1}`;
  const reason = textField(`${id}-reason`, 'Reason', {
    value: blackout.reason, maxlength: 200,
    'data-path': `blackouts[${i}].reason`, 'data-label': `${name}, reason`, 'data-short': 'Reason',
  }, name);
  return el('fieldset', {
    class: 'blackout', id, 'data-path': `blackouts[${i}]`, 'data-label': name,
  },
  el('legend', { text: name }),
  el('div', { class: 'field-row' },
    dateField(`${id}-from`, 'First day', blackout.from, `blackouts[${i}].from`,
      `${name}, first day`, name),
    dateField(`${id}-to`, 'Last day', blackout.to, `blackouts[${i}].to`, `${name}, last day`, name),
    reason),
  namedButton('Remove blackout', i + 1, { 'data-action': 'remove-blackout', 'data-index': i }),
  el('p', { id: `${id}-error`, class: 'field-error', hidden: true }));
}

function drawOverrides(overrides) {
  $('s-overrides').replaceChildren(...overrides.map(overrideBlock));
}

function drawBlackouts(blackouts) {
  $('s-blackouts').replaceChildren(...blackouts.map(blackoutBlock));
}

const dateOrNull = (input) => input.value || null;

function readOverrides() {
  return [...$('s-overrides').querySelectorAll('fieldset.override')].map((block) => ({
    date: dateOrNull(block.querySelector('input[type="date"]')),
    ranges: readRanges(block.querySelector('.range-list')),
  }));
}

function readBlackouts() {
  return [...$('s-blackouts').querySelectorAll('fieldset.blackout')].map((block) => ({
    from: dateOrNull(block.querySelector('[data-path$=".from"]')),
    to: dateOrNull(block.querySelector('[data-path$=".to"]')),
    reason: block.querySelector('[data-path$=".reason"]').value.trim(),
  }));
}

/** Draws `schedule`; a new one (no id yet) gets its id typed, an existing one keeps it. */
export function fillSchedule(schedule) {
  const creating = !schedule.id;
  $('s-id').value = schedule.id || '';
  $('s-id').readOnly = !creating;
  $('s-name').value = schedule.name || '';
  $('s-zone').value = schedule.timeZone || '';
  const weekly = schedule.weekly || {};
  $('s-days').replaceChildren(...DAYS.map((day) => dayBlock(day, weekly[day] || [])));
  drawOverrides(schedule.overrides || []);
  drawBlackouts(schedule.blackouts || []);
}

/** The PUT body of what the form shows, with the version it was loaded at (none when new). */
export function readSchedule(version) {
  const weekly = {};
  for (const day of DAYS) weekly[day] = readRanges($(`w-${day}`));
  const body = {
    name: $('s-name').value.trim(),
    timeZone: $('s-zone').value.trim(),
    weekly,
    overrides: readOverrides(),
    blackouts: readBlackouts(),
  };
  if (version) body.version = version;
  return body;
}

function focusIn(container, index, fallback) {
  const block = container.children[index] || container.lastElementChild;
  (block ? block.querySelector('input') : fallback).focus();
}

/** Adds and removes ranges, overrides and blackouts; focus follows what was added or removed. */
export function wireScheduleLists() {
  const form = $('schedule-form');
  form.addEventListener('click', (event) => {
    if (onRangeClick(event)) return;
    const button = event.target.closest('button[data-action]');
    if (!button) return;
    const index = Number(button.dataset.index);
    if (button.dataset.action === 'remove-override') {
      const overrides = readOverrides();
      overrides.splice(index, 1);
      drawOverrides(overrides);
      focusIn($('s-overrides'), index, $('s-add-override'));
    } else if (button.dataset.action === 'remove-blackout') {
      const blackouts = readBlackouts();
      blackouts.splice(index, 1);
      drawBlackouts(blackouts);
      focusIn($('s-blackouts'), index, $('s-add-blackout'));
    }
  });
  $('s-add-override').addEventListener('click', () => {
    const overrides = [...readOverrides(), { date: '', ranges: [] }];
    drawOverrides(overrides);
    focusIn($('s-overrides'), overrides.length - 1);
  });
  $('s-add-blackout').addEventListener('click', () => {
    const blackouts = [...readBlackouts(), { from: '', to: '', reason: '' }];
    drawBlackouts(blackouts);
    focusIn($('s-blackouts'), blackouts.length - 1);
  });
}

/** The zones the browser knows, offered while typing the time zone. */
export function offerZones() {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  $('zones').replaceChildren(...['UTC', ...zones].map((zone) => el('option', { value: zone })));
}
