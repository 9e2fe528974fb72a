// A searchable time-zone field: type a city, region or offset and pick from the browser's own
// suggestion list (a datalist), labelled "Pacific Time - Los Angeles (UTC-08:00)".

import { el, say } from './dom.js';
import { t } from './i18n.js';
import { zoneDirectory, zoneLabel } from './zones.js';

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
