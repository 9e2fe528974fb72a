// Time zones by friendly names with their current offsets, e.g.
// "Pacific Time - Los Angeles (UTC-08:00)": what a visitor searches for, not "America/Los_Angeles".

import { locale } from './i18n.js';
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
