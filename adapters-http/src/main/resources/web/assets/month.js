// One month as a grid of day buttons, the days with free times marked. Arrow keys move by day
// and week, Home and End to the week's ends, Page Up and Page Down by month; a move into another
// month is handed to the owner, which loads that month first.

import { el } from './dom.js';
import { t } from './i18n.js';
import { addDays, dateKey } from './time.js';

const KEY_STEPS = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

export function monthAdd({ year, month }, n) {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthIndex({ year, month }) {
  return year * 12 + month;
}

export function parseKey(key) {
  const [year, month, day] = key.split('-').map(Number);
  return { year, month, day };
}

/** Days from Monday (0) to Sunday (6). */
function fromMonday(date) {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

export class MonthGrid {
  /** `onPick(key)` when a free day is chosen; `onMove(date)` when the keyboard leaves the month. */
  constructor({ clock, onPick, onMove }) {
    this.clock = clock;
    this.onPick = onPick;
    this.onMove = onMove;
    this.table = el('table', { id: 'calendar', class: 'calendar', role: 'grid',
      'aria-labelledby': 'month-label' });
    this.table.addEventListener('click', (event) => this.click(event));
    this.table.addEventListener('keydown', (event) => this.key(event));
  }

  /** Draws `month`; `free` holds the days with free times, none while `loading`. */
  render(month, { free, day, focus, loading }) {
    this.month = month;
    const head = el('tr', {}, ...this.clock.weekdays().map((name) =>
      el('th', { scope: 'col', text: name })));
    const first = { ...month, day: 1 };
    const rows = [];
    let row = el('tr');
    for (let i = 0; i < fromMonday(first); i += 1) row.append(el('td', { class: 'outside' }));
    for (let date = first; date.month === month.month; date = addDays(date, 1)) {
      if (row.children.length === 7) {
        rows.push(row);
        row = el('tr');
      }
      const key = dateKey(date);
      row.append(el('td', { 'aria-selected': String(key === day) },
        this.button(date, !loading && free.has(key), key === day, key === focus)));
    }
    while (row.children.length < 7) row.append(el('td', { class: 'outside' }));
    rows.push(row);
    this.table.classList.toggle('loading', loading);
    this.table.replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
  }

  button(date, free, chosen, focus) {
    return el('button', {
      type: 'button', class: `cal-day${free ? ' free' : ''}`, 'data-date': dateKey(date),
      tabindex: focus ? '0' : '-1',
      'aria-label': `${this.clock.day(date)}, ${free ? t('picker.dayFree') : t('picker.dayNone')}`,
      'aria-disabled': free ? null : 'true', 'aria-pressed': String(chosen),
      text: String(date.day),
    });
  }

  buttons() {
    return [...this.table.querySelectorAll('button.cal-day')];
  }

  click(event) {
    const button = event.target.closest('button.cal-day');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    this.mark(button.dataset.date);
    this.onPick(button.dataset.date);
  }

  /** Shows `key` as the chosen day. */
  mark(key) {
    for (const button of this.buttons()) {
      const chosen = button.dataset.date === key;
      button.setAttribute('aria-pressed', String(chosen));
      button.parentElement.setAttribute('aria-selected', String(chosen));
    }
  }

  key(event) {
    const button = event.target.closest('button.cal-day');
    if (!button) return;
    const date = parseKey(button.dataset.date);
    let target = null;
    if (event.key in KEY_STEPS) target = addDays(date, KEY_STEPS[event.key]);
    else if (event.key === 'Home') target = addDays(date, -fromMonday(date));
    else if (event.key === 'End') target = addDays(date, 6 - fromMonday(date));
    else if (event.key === 'PageUp' || event.key === 'PageDown') {
      const month = monthAdd(date, event.key === 'PageUp' ? -1 : 1);
      const days = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
      target = { ...month, day: Math.min(date.day, days) };
    }
    if (!target) return;
    event.preventDefault();
    if (target.year === this.month.year && target.month === this.month.month) {
      this.focus(dateKey(target));
    } else {
      this.onMove(target);
    }
  }

  /** The one day in the tab order, focused. */
  focus(key) {
    for (const button of this.buttons()) {
      button.tabIndex = button.dataset.date === key ? 0 : -1;
      if (button.dataset.date === key) button.focus();
    }
  }
}
