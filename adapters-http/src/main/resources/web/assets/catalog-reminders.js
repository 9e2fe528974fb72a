// The reminders of an event type: those sent to the attendee (by e-mail or SMS, so many minutes
// before the start) and those the host's calendar gives. Each list is drawn again from its values
// on every change, so ids and API paths (`reminders[1].offsetMinutes`) follow the order on screen.

import { $, el } from './dom.js';
import { namedButton, textField } from './catalog-ranges.js';

const LISTS = {
  reminders: {
    prefix: 't-reminder', name: 'Reminder', kind: 'channel', minutes: 'offsetMinutes',
    choices: [['EMAIL', 'E-mail'], ['SMS', 'SMS']], fresh: { channel: 'EMAIL', offsetMinutes: 60 },
  },
  calendarReminders: {
    prefix: 't-calendar-reminder', name: 'Calendar reminder', kind: 'method', minutes: 'minutes',
    choices: [['popup', 'Pop-up'], ['email', 'E-mail']], fresh: { method: 'popup', minutes: 10 },
  },
};

function row(path, item, i) {
  const list = LISTS[path];
  const id = `${list.prefix}-${i}`;
  const label = `${list.name} ${i + 1}`;
  const select = el('select', {
    id: `${id}-${list.kind}`, 'data-path': `${path}[${i}].${list.kind}`,
    'data-label': `${label}, how`, 'aria-describedby': `${id}-${list.kind}-error`,
  }, ...list.choices.map(([value, text]) => el('option', { value, text })));
  select.value = item[list.kind];
  return el('fieldset', { id, class: 'range', 'data-path': `${path}[${i}]`, 'data-label': label },
    el('legend', { class: 'visually-hidden', text: label }),
    el('div', { class: 'field' },
      el('label', { for: select.id, text: 'How' }), select,
      el('p', { id: `${select.id}-error`, class: 'field-error', hidden: true })),
    textField(`${id}-minutes`, 'Minutes before', {
      value: String(item[list.minutes]), inputmode: 'numeric', maxlength: 9,
      'data-path': `${path}[${i}].${list.minutes}`, 'data-label': `${label}, minutes before`,
    }, label),
    namedButton('Remove', label.toLowerCase(), { 'data-index': i }),
    el('p', { id: `${id}-error`, class: 'field-error range-error', hidden: true }));
}

function draw(path, items) {
  $(`${LISTS[path].prefix}-list`).replaceChildren(...items.map((item, i) => row(path, item, i)));
}

/** What the list shows, minutes as numbers when they are whole numbers, else as typed. */
function read(path) {
  const list = LISTS[path];
  return [...$(`${list.prefix}-list`).querySelectorAll('fieldset.range')].map((fieldset) => {
    const text = fieldset.querySelector('input').value.trim();
    return {
      [list.kind]: fieldset.querySelector('select').value,
      [list.minutes]: /^-?\d+$/.test(text) ? Number(text) : text,
    };
  });
}

function group(path, legend, hint, add) {
  const { prefix } = LISTS[path];
  const fieldset = el('fieldset', { class: 'group', id: prefix, 'data-path': path, 'data-label': legend },
    el('legend', { text: legend }),
    el('p', { class: 'hint', text: hint }),
    el('div', { id: `${prefix}-list`, class: 'range-list' }),
    el('button', { type: 'button', id: `${prefix}-add`, class: 'secondary small' }, add),
    el('p', { id: `${prefix}-error`, class: 'field-error', hidden: true }));
  fieldset.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    const items = read(path);
    if (button.dataset.index === undefined) {
      items.push({ ...LISTS[path].fresh });
      draw(path, items);
      $(`${prefix}-${items.length - 1}-minutes`).focus();
    } else {
      items.splice(Number(button.dataset.index), 1);
      draw(path, items);
      $(`${prefix}-add`).focus();
    }
  });
  return fieldset;
}

/** The two groups, for the event type form. */
export function reminderGroups() {
  return [
    group('reminders', 'Reminders to the attendee',
      'Sent once, so many minutes before the start; they follow a reschedule. SMS needs Twilio and '
      + 'the attendee\'s phone number. None: no reminders.', 'Add a reminder'),
    group('calendarReminders', 'Reminders in the host\'s calendar',
      'At most 5. None: the calendar\'s own defaults.', 'Add a calendar reminder'),
  ];
}

/** A new type starts with the service's default: one e-mail a day before. */
export function fillReminders(type) {
  draw('reminders', type.reminders || [{ channel: 'EMAIL', offsetMinutes: 1440 }]);
  draw('calendarReminders', type.calendarReminders || []);
}

export function readReminders(body) {
  body.reminders = read('reminders');
  body.calendarReminders = read('calendarReminders');
}
