// Lists of local time ranges (a weekday's, a date override's), each range a From and a To input
// with a Remove button, and an Add button under the list. A list is drawn again from its values
// on every change, so ids and API paths always follow the order on screen.

import { el } from './dom.js';

/** A labelled text input with its error slot; `attrs` go onto the input. */
export function textField(id, label, attrs = {}, hiddenLabel = '') {
  return el('div', { class: 'field' },
    el('label', { for: id }, label,
      hiddenLabel ? el('span', { class: 'visually-hidden', text: ` (${hiddenLabel})` }) : null),
    el('input', {
      id, type: 'text', autocomplete: 'off', spellcheck: 'false', ...attrs,
      'aria-describedby': [attrs['aria-describedby'], `${id}-error`].filter(Boolean).join(' '),
    }),
    el('p', { id: `${id}-error`, class: 'field-error', hidden: true }));
}

/** A button whose visible word is completed by hidden words for screen readers. */
export function namedButton(word, hidden, attrs) {
  return el('button', { type: 'button', class: 'secondary small', ...attrs },
    word, el('span', { class: 'visually-hidden', text: ` ${hidden}` }));
}

function rangeRow(list, range, index) {
  const { prefix, path, name } = list.dataset;
  const id = `${prefix}-${index}`;
  const label = `${name}, range ${index + 1}`;
  const time = (part, word) => textField(`${id}-${part}`, word, {
    value: range[part], maxlength: 5, inputmode: 'numeric', class: 'time',
    'data-path': `${path}[${index}].${part}`, 'data-label': `${label}, ${part}`, 'data-short': word,
    'data-part': part, 'aria-describedby': `${id}-error`,
  }, label);
  return el('fieldset', {
    id, class: 'range', 'data-path': `${path}[${index}]`, 'data-label': label,
    'data-short': 'This range',
  },
  el('legend', { class: 'visually-hidden', text: label }),
  time('from', 'From'),
  time('to', 'To'),
  namedButton('Remove', label, { 'data-action': 'remove-range', 'data-index': index }),
  el('p', { id: `${id}-error`, class: 'field-error range-error', hidden: true }));
}

/** Draws the list's ranges; a list with none says closed. */
export function drawRanges(list, ranges) {
  const rows = ranges.map((range, i) => rangeRow(list, range, i));
  const closed = el('p', { class: 'hint closed', text: list.dataset.closed });
  list.replaceChildren(...(rows.length ? rows : [closed]));
}

/** The ranges as typed, in screen order. */
export function readRanges(list) {
  return [...list.querySelectorAll('fieldset.range')].map((row) => ({
    from: row.querySelector('[data-part="from"]').value.trim(),
    to: row.querySelector('[data-part="to"]').value.trim(),
  }));
}

/**
 * A list with its Add button. `prefix` starts the ids, `path` is the API's path of the list,
 * `name` says whose ranges they are ("Monday"), `closed` what no range means.
 */
export function rangeList({ prefix, path, name, closed }, ranges) {
  const list = el('div', {
    class: 'range-list', 'data-prefix': prefix, 'data-path': path, 'data-name': name,
    'data-label': name, 'data-closed': closed, id: prefix,
  });
  drawRanges(list, ranges);
  const add = namedButton('Add a range', `on ${name}`, { 'data-action': 'add-range' });
  return el('div', { class: 'ranges' }, list,
    el('p', { id: `${prefix}-error`, class: 'field-error', hidden: true }), add);
}

/**
 * Handles a click on the Add or Remove button of a range list; true when it was one. Focus goes to
 * the new range, or after a removal to the list's Add button.
 */
export function onRangeClick(event) {
  const button = event.target.closest('button[data-action$="-range"]');
  if (!button) return false;
  const block = button.closest('.ranges');
  const list = block.querySelector('.range-list');
  const ranges = readRanges(list);
  if (button.dataset.action === 'add-range') {
    const last = ranges[ranges.length - 1];
    ranges.push(last ? { from: last.to, to: '' } : { from: '09:00', to: '17:00' });
    drawRanges(list, ranges);
    list.querySelector(`#${CSS.escape(`${list.dataset.prefix}-${ranges.length - 1}-from`)}`).focus();
  } else {
    ranges.splice(Number(button.dataset.index), 1);
    drawRanges(list, ranges);
    block.querySelector('button[data-action="add-range"]').focus();
  }
  return true;
}
