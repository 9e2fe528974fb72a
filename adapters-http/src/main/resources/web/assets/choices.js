// The picker's choices besides the day and time: the meeting's length, the clock (12 or 24
// hours) and the time zone. Zones go by friendly names with their current offsets, e.g.
// "Pacific Time - Los Angeles (UTC-08:00)", searchable in the browser's own suggestion list.

import { el, say } from './dom.js';
import { locale, t } from './i18n.js';
import { zoneChoices } from './time.js';

function part(zone, style, at) {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
      .formatToParts(at);
    return (parts.find((p) => p.type === 'timeZoneName') || {}).value || '';
  } catch {
    return '';
  }
}

/** "UTC+05:30" now in zone. */
export function offsetOf(zone, at = new Date()) {
  const gmt = part(zone, 'longOffset', at);
  const match = /([+-]\d{2}:\d{2})/.exec(gmt);
  return `UTC${match ? match[1] : '+00:00'}`;
}

export function cityOf(zone) {
  return zone.split('/').pop().replace(/_/g, ' ');
}

/** The zone's generic name, its city and its offset now. */
export function zoneLabel(zone, at = new Date()) {
  const generic = part(zone, 'longGeneric', at);
  const city = cityOf(zone);
  const offset = offsetOf(zone, at);
  if (zone === 'UTC') return `UTC (${offset})`;
  const named = generic && !/^(GMT|UTC)/.test(generic) && generic !== city;
  return named ? `${generic} - ${city} (${offset})` : `${city} (${offset})`;
}

/** Every zone the browser knows, labelled; label → zone and zone → label. */
export function zoneDirectory(...mustHave) {
  const at = new Date();
  const byLabel = new Map();
  const byZone = new Map();
  for (const zone of zoneChoices(...mustHave)) {
    const label = zoneLabel(zone, at);
    const unique = byLabel.has(label) ? `${label} [${zone}]` : label;
    byLabel.set(unique, zone);
    byZone.set(zone, unique);
  }
  return { byLabel, byZone };
}

/** The zone field: type a city, region or offset and pick a suggestion. */
export class ZonePicker {
  constructor({ zone, onChange }) {
    this.zone = zone;
    this.onChange = onChange;
    this.directory = null;
    this.input = el('input', { id: 'zone', list: 'zone-list', autocomplete: 'off',
      spellcheck: 'false', 'aria-describedby': 'zone-hint' });
    this.list = el('datalist', { id: 'zone-list' });
    this.hint = el('p', { id: 'zone-hint', class: 'hint', text: t('zone.hint') });
    this.node = el('div', { class: 'field zone-field' },
      el('label', { for: 'zone', text: t('zone.label') }), this.input, this.list, this.hint);
    this.input.value = zoneLabel(zone);
    // The full list costs a formatter per zone: built when the visitor first needs it.
    this.input.addEventListener('focus', () => this.fill());
    this.input.addEventListener('input', () => this.pick(false));
    this.input.addEventListener('change', () => this.pick(true));
  }

  fill() {
    if (this.directory) return;
    this.directory = zoneDirectory(this.zone);
    this.list.replaceChildren(...[...this.directory.byLabel.keys()].map((label) =>
      el('option', { value: label })));
  }

  /** An exact label is taken at once; on leaving the field a zone id or a unique match too. */
  pick(final) {
    this.fill();
    const value = this.input.value.trim();
    let zone = this.directory.byLabel.get(value);
    if (!zone && final) zone = this.directory.byZone.has(value) ? value : this.uniqueMatch(value);
    if (zone) {
      this.input.value = this.directory.byZone.get(zone);
      this.input.removeAttribute('aria-invalid');
      this.hint.dataset.kind = '';
      say(this.hint, t('zone.hint'));
      if (zone !== this.zone) {
        this.zone = zone;
        this.onChange(zone);
      }
    } else if (final) {
      this.input.setAttribute('aria-invalid', 'true');
      say(this.hint, value ? t('zone.noMatch', { text: value }) : t('zone.hint'), 'error');
    }
  }

  uniqueMatch(text) {
    const needle = text.toLowerCase();
    if (!needle) return null;
    const found = [...this.directory.byLabel.entries()]
      .filter(([label, zone]) => label.toLowerCase().includes(needle)
        || zone.toLowerCase().includes(needle.replace(/ /g, '_')));
    return found.length === 1 ? found[0][1] : null;
  }
}

/** The lengths to choose from, or the only one as plain text. */
export function durationField(durations, chosen, onChange) {
  if (durations.length < 2) {
    return el('p', { class: 'duration-only' },
      el('strong', { text: t('picker.length') }), ` ${t('picker.minutes', { n: chosen })}`);
  }
  const row = el('div', { class: 'choice-row' });
  for (const minutes of durations) {
    const id = `duration-${minutes}`;
    row.append(el('span', { class: 'choice' },
      el('input', { type: 'radio', name: 'duration', id, value: String(minutes),
        checked: minutes === chosen }),
      el('label', { for: id, text: t('picker.minutes', { n: minutes }) })));
  }
  row.addEventListener('change', (event) => onChange(Number(event.target.value)));
  return el('fieldset', { class: 'durations' }, el('legend', { text: t('picker.length') }), row);
}

/** 24 or 12 hours. */
export function clockField(hour12, onChange) {
  const row = el('div', { class: 'choice-row' });
  for (const [value, text] of [['24', t('picker.h24')], ['12', t('picker.h12')]]) {
    row.append(el('span', { class: 'choice' },
      el('input', { type: 'radio', name: 'clock', id: `clock-${value}`, value,
        checked: (value === '12') === hour12 }),
      el('label', { for: `clock-${value}`, text })));
  }
  row.addEventListener('change', (event) => onChange(event.target.value === '12'));
  return el('fieldset', { class: 'durations clock' }, el('legend', { text: t('picker.clock') }),
    row);
}
