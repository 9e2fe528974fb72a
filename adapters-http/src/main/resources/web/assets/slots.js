// The slot picker shared by the booking and manage pages: duration, display zone, week by week.

import { api, generalProblem, warningText } from './api.js';
import { el, say } from './dom.js';
import {
  addDays, compareDates, dateKey, detectedZone, formatDay, formatShortDay, formatTime, mondayOf,
  zoneChoices, zonedParts, zonedToMs,
} from './time.js';

const DURATIONS = [15, 30, 45, 60];
/** The API refuses starts further ahead than this (MAX_ADVANCE_DAYS). */
const MAX_ADVANCE_DAYS = 90;
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export class SlotPicker {
  constructor(container, { duration = 30, onChange = () => {} } = {}) {
    this.container = container;
    this.duration = DURATIONS.includes(duration) ? duration : 30;
    this.onChange = onChange;
    this.zone = detectedZone();
    this.selected = null;
    this.request = 0;
    this.autoAdvanced = false;
    this.render();
    this.week = mondayOf(Date.now(), this.zone);
  }

  render() {
    const durations = el('div', { class: 'choice-row' });
    for (const minutes of DURATIONS) {
      const id = `duration-${minutes}`;
      durations.append(el('span', { class: 'choice' },
        el('input', { type: 'radio', name: 'duration', id, value: String(minutes),
          checked: minutes === this.duration }),
        el('label', { for: id, text: `${minutes} min` })));
    }
    this.zoneSelect = el('select', { id: 'zone', 'aria-describedby': 'business-hours' });
    this.fillZones();
    this.weekLabel = el('h3', { id: 'week-label', class: 'week-label' });
    this.prev = el('button', { type: 'button', id: 'prev-week', class: 'secondary',
      text: '← Previous week' });
    this.next = el('button', { type: 'button', id: 'next-week', class: 'secondary',
      text: 'Next week →' });
    this.status = el('p', { id: 'slots-status', class: 'status', role: 'status',
      'aria-live': 'polite' });
    this.warning = el('p', { id: 'slots-warning', class: 'notice', hidden: true });
    this.error = el('p', { id: 'slot-error', class: 'field-error slot-error', role: 'alert',
      tabindex: '-1', hidden: true });
    this.grid = el('fieldset', { id: 'slot', class: 'slot-grid', tabindex: '-1' },
      el('legend', { class: 'visually-hidden', text: 'Free times' }));
    this.businessHours = el('p', { id: 'business-hours', class: 'hint' });
    this.container.replaceChildren(
      el('div', { class: 'picker-controls' },
        el('fieldset', { class: 'durations' }, el('legend', { text: 'Meeting length' }), durations),
        el('div', { class: 'field zone-field' },
          el('label', { for: 'zone', text: 'Show times in' }), this.zoneSelect,
          this.businessHours)),
      el('div', { class: 'week-nav' }, this.prev, this.weekLabel, this.next),
      this.status, this.warning, this.error, this.grid);
    this.container.addEventListener('change', (event) => this.changed(event));
    this.prev.addEventListener('click', () => this.moveWeek(-7));
    this.next.addEventListener('click', () => this.moveWeek(7));
  }

  fillZones(businessZone) {
    const chosen = this.zone;
    this.zoneSelect.replaceChildren(
      ...zoneChoices(chosen, businessZone).map((zone) => el('option', {
        value: zone, text: zone.replace(/_/g, ' '), selected: zone === chosen })));
  }

  changed(event) {
    const { target } = event;
    if (target.name === 'duration') {
      this.duration = Number(target.value);
      this.select(null);
      this.load();
    } else if (target === this.zoneSelect) {
      const middle = zonedToMs(addDays(this.week, 3), 12, 0, this.zone);
      this.zone = target.value;
      this.week = mondayOf(middle, this.zone);
      this.load();
      this.onChange(this.selected);
    } else if (target.name === 'slot') {
      this.clearError();
      this.select(this.slots.find((s) => s.startTime === target.value) || null);
    }
  }

  select(slot) {
    this.selected = slot
      ? { ...slot, startMs: Date.parse(slot.startTime), endMs: Date.parse(slot.endTime) }
      : null;
    this.onChange(this.selected);
  }

  bounds() {
    const now = Date.now();
    return {
      first: mondayOf(now, this.zone),
      last: mondayOf(now + MAX_ADVANCE_DAYS * 24 * 3600 * 1000, this.zone),
    };
  }

  moveWeek(days) {
    this.autoAdvanced = true;
    this.week = addDays(this.week, days);
    this.load();
  }

  /** Loads the shown week's free slots; an older answer arriving late is ignored. */
  async load() {
    const { first, last } = this.bounds();
    if (compareDates(this.week, first) < 0) this.week = first;
    if (compareDates(this.week, last) > 0) this.week = last;
    this.prev.disabled = compareDates(this.week, first) <= 0;
    this.next.disabled = compareDates(this.week, last) >= 0;
    const sunday = addDays(this.week, 6);
    this.weekLabel.textContent = `${formatShortDay(this.week)} – ${formatShortDay(sunday)}`;
    const from = zonedToMs(this.week, 0, 0, this.zone);
    const to = zonedToMs(addDays(this.week, 7), 0, 0, this.zone);
    const request = ++this.request;
    this.showLoading();
    say(this.status, 'Loading free times…');
    const query = new URLSearchParams({
      startDate: new Date(from).toISOString(), endDate: new Date(to).toISOString(),
      duration: String(this.duration),
    });
    try {
      const data = await api(`/api/bookings/available-slots?${query}`);
      if (request !== this.request) return;
      this.show(data, from, to);
    } catch (error) {
      if (request !== this.request) return;
      this.slots = [];
      this.grid.removeAttribute('aria-busy');
      this.grid.replaceChildren(el('legend', { class: 'visually-hidden', text: 'Free times' }));
      say(this.status, `Free times could not be loaded. ${generalProblem(error)}`, 'error');
    }
  }

  /**
   * The week being loaded replaces the one shown at once: its days with placeholders, nothing to
   * click, so no time of the old week can be picked under the new week's heading.
   */
  showLoading() {
    this.slots = [];
    this.grid.setAttribute('aria-busy', 'true');
    const days = [];
    for (let i = 0; i < 7; i += 1) {
      const date = addDays(this.week, i);
      days.push(el('fieldset', { class: 'day loading', 'data-date': dateKey(date), disabled: true },
        el('legend', { text: formatDay(date) }),
        el('div', { class: 'day-slots', 'aria-hidden': 'true' },
          el('span', { class: 'skeleton' }), el('span', { class: 'skeleton' }),
          el('span', { class: 'skeleton' }))));
    }
    this.grid.replaceChildren(
      el('legend', { class: 'visually-hidden', text: 'Free times' }), ...days);
  }

  show(data, from, to) {
    this.slots = data.slots.filter((s) => {
      const start = Date.parse(s.startTime);
      return start >= from && start < to;
    });
    this.describeHours(data.businessHours);
    const warnings = data.warnings || [];
    say(this.warning, warnings.map(warningText).join(' '));
    if (this.selected && !this.slots.some((s) => s.startTime === this.selected.startTime)) {
      this.select(null);
    }
    this.renderDays();
    this.grid.removeAttribute('aria-busy');
    const count = this.slots.length;
    if (count === 0 && !this.autoAdvanced && !this.next.disabled) {
      this.autoAdvanced = true;
      this.week = addDays(this.week, 7);
      this.load();
      return;
    }
    this.autoAdvanced = true;
    say(this.status, count === 0
      ? 'No free times this week. Please try the next week.'
      : `${count} free time${count === 1 ? '' : 's'} this week, shown in ${this.zone.replace(/_/g, ' ')}.`);
  }

  describeHours(hours) {
    if (!hours) return;
    if (![...this.zoneSelect.options].some((o) => o.value === hours.timeZone)) {
      this.fillZones(hours.timeZone);
    }
    const days = hours.daysOfWeek.map((d) => DAY_NAMES[d].slice(0, 3)).join(', ');
    const pad = (h) => `${String(h).padStart(2, '0')}:00`;
    this.businessHours.textContent = `Our hours: ${days}, ${pad(hours.startHour)}–`
      + `${pad(hours.endHour)} ${hours.timeZone.replace(/_/g, ' ')} time.`;
  }

  renderDays() {
    const byDay = new Map();
    for (const slot of this.slots) {
      const p = zonedParts(Date.parse(slot.startTime), this.zone);
      const key = dateKey(p);
      if (!byDay.has(key)) byDay.set(key, []);
      byDay.get(key).push(slot);
    }
    const days = [];
    for (let i = 0; i < 7; i += 1) {
      const date = addDays(this.week, i);
      const key = dateKey(date);
      const slots = byDay.get(key) || [];
      const list = el('div', { class: 'day-slots' });
      for (const slot of slots) list.append(this.slotInput(slot));
      if (slots.length === 0) list.append(el('p', { class: 'none', text: 'No free times' }));
      days.push(el('fieldset', { class: slots.length ? 'day' : 'day empty', 'data-date': key },
        el('legend', { text: formatDay(date) }), list));
    }
    this.grid.replaceChildren(
      el('legend', { class: 'visually-hidden', text: 'Free times' }), ...days);
  }

  slotInput(slot) {
    const start = Date.parse(slot.startTime);
    const id = `slot-${start}`;
    return el('span', { class: 'slot' },
      el('input', { type: 'radio', name: 'slot', id, value: slot.startTime,
        'data-start': slot.startTime,
        checked: this.selected && this.selected.startTime === slot.startTime }),
      el('label', { for: id, text: formatTime(start, this.zone) }));
  }

  showError(message) {
    say(this.error, message);
    this.error.focus();
  }

  clearError() {
    say(this.error, '');
  }
}
