// The visitor's picker: a month with its free days marked (one request for the month), then the
// chosen day's times as a short list. Arrow keys move by day and week in the month, Page Up and
// Page Down by month; the first month with free time opens by itself.

import { api, generalProblem } from './api.js';
import { clockField, durationField, ZonePicker } from './choices.js';
import { el, say } from './dom.js';
import { Clock, problemText, t, tn } from './i18n.js';
import { MonthGrid, monthAdd, monthIndex, parseKey } from './month.js';
import { dateKey, zonedParts, zonedToMs } from './time.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The API answers at most 30 days per request (MAX_RANGE_DAYS); a long month takes two. */
const MAX_RANGE_MS = 30 * DAY_MS;
const MONTHS_AHEAD = 12;
const AUTO_ADVANCE = 3;

/** [from, to) cut into pieces the API accepts. */
function pieces(from, to) {
  const out = [];
  for (let start = from; start < to; start += MAX_RANGE_MS) {
    out.push([start, Math.min(to, start + MAX_RANGE_MS)]);
  }
  return out;
}

export class MonthPicker {
  constructor(container, {
    eventType, durations = [30], duration, zone, date, clock, onChange, onLoad, vipToken,
  }) {
    this.container = container;
    this.eventType = eventType;
    this.vipToken = vipToken;
    this.durations = durations;
    this.duration = durations.includes(duration) ? duration : durations[0];
    this.zone = zone;
    this.clock = clock || new Clock();
    this.onChange = onChange || (() => {});
    this.onLoad = onLoad || (() => {});
    this.selected = null;
    this.byDay = new Map();
    this.request = 0;
    this.hostZone = null;
    const today = this.today();
    const wanted = date && /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= dateKey(today) ? date : null;
    this.wantedDay = wanted;
    this.month = wanted ? parseKey(wanted) : { year: today.year, month: today.month };
    this.day = null;
    this.focusKey = null;
    this.render();
  }

  today() {
    const p = zonedParts(Date.now(), this.zone);
    return { year: p.year, month: p.month, day: p.day };
  }

  render() {
    this.monthLabel = el('h3', { id: 'month-label', class: 'month-label', 'aria-live': 'polite' });
    this.prev = el('button', { type: 'button', id: 'prev-month', class: 'secondary',
      'aria-label': t('picker.prevMonth'), text: '‹' });
    this.next = el('button', { type: 'button', id: 'next-month', class: 'secondary',
      'aria-label': t('picker.nextMonth'), text: '›' });
    this.status = el('p', { id: 'slots-status', class: 'status', role: 'status',
      'aria-live': 'polite' });
    this.error = el('p', { id: 'slot-error', class: 'field-error slot-error', role: 'alert',
      tabindex: '-1', hidden: true });
    this.grid = new MonthGrid({
      clock: this.clock, onPick: (key) => this.chooseDay(key), onMove: (date) => this.moveTo(date),
    });
    this.timesLegend = el('legend', { id: 'times-label', text: t('picker.pickDay') });
    this.times = el('fieldset', { id: 'slot', class: 'times', tabindex: '-1' }, this.timesLegend,
      el('div', { class: 'time-list' }));
    this.zones = new ZonePicker({ zone: this.zone, onChange: (zone) => this.changeZone(zone) });
    this.container.replaceChildren(
      el('div', { class: 'picker-controls' },
        durationField(this.durations, this.duration, (minutes) => this.changeDuration(minutes)),
        clockField(this.clock.hour12, (hour12) => this.changeClock(hour12)),
        this.zones.node),
      el('div', { class: 'month-and-times' },
        el('div', { class: 'month' },
          el('div', { class: 'month-nav' }, this.prev, this.monthLabel, this.next),
          this.grid.table),
        el('div', { class: 'day-times' }, this.times)),
      this.status, this.error);
    this.prev.addEventListener('click', () => this.moveMonth(-1));
    this.next.addEventListener('click', () => this.moveMonth(1));
    this.times.addEventListener('change', (event) => this.chooseTime(event));
  }

  changeDuration(minutes) {
    this.duration = minutes;
    this.select(null);
    this.load();
  }

  changeClock(hour12) {
    this.clock.hour12 = hour12;
    this.renderTimes();
    this.onChange(this.selected);
  }

  changeZone(zone) {
    this.zone = zone;
    this.load();
    this.onChange(this.selected);
  }

  moveMonth(n) {
    this.month = monthAdd(this.month, n);
    this.day = null;
    this.load();
  }

  /** Loads the shown month; with `advance`, moves on while a month has no free time. */
  async load({ advance = false } = {}) {
    const request = ++this.request;
    const today = this.today();
    const current = { year: today.year, month: today.month };
    if (monthIndex(this.month) < monthIndex(current)) this.month = current;
    const last = monthAdd(current, MONTHS_AHEAD);
    if (monthIndex(this.month) > monthIndex(last)) this.month = last;
    this.prev.disabled = monthIndex(this.month) <= monthIndex(current);
    this.next.disabled = monthIndex(this.month) >= monthIndex(last);
    this.monthLabel.textContent = this.clock.month(this.month.year, this.month.month);
    this.showLoading();
    try {
      const slots = await this.fetchMonth();
      if (request !== this.request) return;
      this.group(slots);
      const free = this.byDay.size;
      if (free === 0 && advance && this.advanced < AUTO_ADVANCE && !this.next.disabled) {
        this.advanced += 1;
        this.month = monthAdd(this.month, 1);
        this.load({ advance: true });
        return;
      }
      this.showMonth();
    } catch (error) {
      if (request !== this.request) return;
      this.byDay = new Map();
      this.showMonth();
      say(this.status, t('picker.loadFailed', { problem: problemText(error, generalProblem(error)) }),
        'error');
    }
  }

  /** The first load: the wanted (or current) month, or the first of the next ones with time. */
  start() {
    this.advanced = 0;
    return this.load({ advance: !this.wantedDay });
  }

  async fetchMonth() {
    const first = { ...this.month, day: 1 };
    const from = Math.max(zonedToMs(first, 0, 0, this.zone), Date.now());
    const to = zonedToMs({ ...monthAdd(this.month, 1), day: 1 }, 0, 0, this.zone);
    if (to <= from) return [];
    const answers = await Promise.all(pieces(from, to).map(([a, b]) => {
      const query = new URLSearchParams({
        startDate: new Date(a).toISOString(), endDate: new Date(b).toISOString(),
        duration: String(this.duration),
      });
      if (this.eventType) query.set('eventType', this.eventType);
      if (this.vipToken) query.set('vipToken', this.vipToken);
      return api(`/api/bookings/available-slots?${query}`);
    }));
    if (answers[0] && answers[0].businessHours) this.hostZone = answers[0].businessHours.timeZone;
    return answers.flatMap((a) => a.slots);
  }

  group(slots) {
    this.byDay = new Map();
    for (const slot of slots) {
      const key = dateKey(zonedParts(Date.parse(slot.startTime), this.zone));
      if (!this.byDay.has(key)) this.byDay.set(key, []);
      this.byDay.get(key).push(slot);
    }
    const chosen = this.selected;
    if (chosen && this.inShownMonth(chosen.startMs)
      && !slots.some((s) => s.startTime === chosen.startTime)) {
      this.select(null);
    }
  }

  inShownMonth(ms) {
    const p = zonedParts(ms, this.zone);
    return p.year === this.month.year && p.month === this.month.month;
  }

  /** While a month loads: its days shown, none to pick, placeholders for the times. */
  showLoading() {
    this.container.setAttribute('aria-busy', 'true');
    this.byDay = new Map();
    this.renderGrid(true);
    this.times.disabled = true;
    this.timesLegend.textContent = t('picker.loading');
    this.times.querySelector('.time-list').replaceChildren(
      ...[1, 2, 3, 4].map(() => el('span', { class: 'skeleton', 'aria-hidden': 'true' })));
    say(this.status, t('picker.loading'));
  }

  showMonth() {
    this.container.removeAttribute('aria-busy');
    const keys = [...this.byDay.keys()].sort();
    let day = this.day && this.byDay.has(this.day) ? this.day : null;
    if (!day && this.wantedDay && this.byDay.has(this.wantedDay)) day = this.wantedDay;
    if (!day && this.selected && this.inShownMonth(this.selected.startMs)) {
      day = dateKey(zonedParts(this.selected.startMs, this.zone));
    }
    this.day = day || keys[0] || null;
    this.focusKey = this.day || dateKey({ ...this.month, day: 1 });
    this.renderGrid(false);
    this.renderTimes();
    const monthName = this.clock.month(this.month.year, this.month.month);
    say(this.status, keys.length
      ? tn('picker.freeDays', keys.length, { month: monthName })
      : t('picker.noneInMonth', { month: monthName }));
    this.onLoad();
  }

  renderGrid(loading) {
    this.grid.render(this.month, {
      free: this.byDay, day: this.day, focus: this.focusKey, loading,
    });
  }

  chooseDay(key) {
    this.day = key;
    this.focusKey = key;
    this.renderTimes();
  }

  /** The keyboard left the month: its neighbour is loaded, then the day gets the focus. */
  async moveTo(date) {
    const before = monthIndex(date) < monthIndex(this.month);
    if ((before && this.prev.disabled) || (!before && this.next.disabled)) return;
    this.month = { year: date.year, month: date.month };
    this.day = null;
    await this.load();
    this.focusKey = dateKey(date);
    this.grid.focus(this.focusKey);
  }

  renderTimes() {
    const list = this.times.querySelector('.time-list');
    this.times.disabled = false;
    if (!this.day) {
      this.timesLegend.textContent = t('picker.pickDay');
      list.replaceChildren(el('p', { class: 'none', text: t('picker.noDayChosen') }));
      return;
    }
    this.timesLegend.textContent = t('picker.timesOn', { day: this.clock.day(parseKey(this.day)) });
    list.replaceChildren(...(this.byDay.get(this.day) || []).map((slot) => this.slotInput(slot)));
  }

  slotInput(slot) {
    const start = Date.parse(slot.startTime);
    const id = `slot-${start}`;
    return el('span', { class: 'slot' },
      el('input', { type: 'radio', name: 'slot', id, value: slot.startTime,
        checked: Boolean(this.selected && this.selected.startTime === slot.startTime) }),
      el('label', { for: id, text: this.clock.time(start, this.zone) }));
  }

  chooseTime(event) {
    if (event.target.name !== 'slot') return;
    const slot = (this.byDay.get(this.day) || []).find((s) => s.startTime === event.target.value);
    this.clearError();
    this.select(slot || null);
  }

  select(slot) {
    this.selected = slot
      ? { ...slot, startMs: Date.parse(slot.startTime), endMs: Date.parse(slot.endTime) }
      : null;
    if (!slot) {
      for (const input of this.times.querySelectorAll('input[name=slot]')) input.checked = false;
    }
    this.onChange(this.selected);
  }

  showError(message) {
    say(this.error, message);
    this.error.focus();
  }

  clearError() {
    say(this.error, '');
  }
}
