// Time-zone arithmetic on top of Intl: the API speaks UTC instants, the page shows the
// visitor's (or a chosen) zone. No library: Intl.DateTimeFormat knows every IANA zone.

const DAY_MS = 24 * 60 * 60 * 1000;
const partsFormatters = new Map();

function partsFormatter(zone) {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short',
    });
    partsFormatters.set(zone, f);
  }
  return f;
}

const WEEKDAYS = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall-clock fields of an instant (ms) in a zone; weekday 1 = Monday. */
export function zonedParts(ms, zone) {
  const out = {};
  for (const p of partsFormatter(zone).formatToParts(new Date(ms))) {
    if (p.type === 'weekday') out.weekday = WEEKDAYS[p.value];
    else if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return out;
}

function offsetAt(ms, zone) {
  const p = zonedParts(ms, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant (ms) of a wall-clock time in a zone; gaps resolve forward, overlaps to the first. */
export function zonedToMs(date, hour, minute, zone) {
  const guess = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const first = guess - offsetAt(guess, zone);
  const second = guess - offsetAt(first, zone);
  return first === second ? first : Math.max(first, second);
}

/** A plain calendar date {year, month, day} moved by whole days. */
export function addDays(date, days) {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dateKey(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The Monday of the week that holds instant ms, as seen in zone. */
export function mondayOf(ms, zone) {
  const p = zonedParts(ms, zone);
  return addDays({ year: p.year, month: p.month, day: p.day }, 1 - p.weekday);
}

export function compareDates(a, b) {
  return dateKey(a) < dateKey(b) ? -1 : dateKey(a) > dateKey(b) ? 1 : 0;
}

/** "14:30" in the zone: 24-hour, so the label reads the same in every locale. */
export function formatTime(ms, zone) {
  return new Intl.DateTimeFormat(undefined, {
    timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(new Date(ms));
}

/** A plain date shown as "Wednesday, 2 December" (order follows the visitor's locale). */
export function formatDay(date) {
  return new Intl.DateTimeFormat(undefined, {
    timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long',
  }).format(new Date(Date.UTC(date.year, date.month - 1, date.day, 12)));
}

export function formatShortDay(date) {
  return new Intl.DateTimeFormat(undefined, {
    timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric',
  }).format(new Date(Date.UTC(date.year, date.month - 1, date.day, 12)));
}

/** "Wednesday, 2 December 2026, 10:00–10:30" in zone. */
export function formatRange(startMs, endMs, zone) {
  const day = new Intl.DateTimeFormat(undefined, {
    timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
  }).format(new Date(startMs));
  return `${day}, ${formatTime(startMs, zone)}–${formatTime(endMs, zone)}`;
}

export function detectedZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const FALLBACK_ZONES = [
  'UTC', 'America/Los_Angeles', 'America/Denver', 'America/Chicago', 'America/New_York',
  'America/Sao_Paulo', 'Europe/London', 'Europe/Berlin', 'Europe/Paris', 'Europe/Helsinki',
  'Africa/Johannesburg', 'Asia/Dubai', 'Asia/Kolkata', 'Asia/Singapore', 'Asia/Tokyo',
  'Australia/Sydney', 'Pacific/Auckland',
];

/** Every zone the browser knows, plus the ones the page must offer whatever the browser says. */
export function zoneChoices(...mustHave) {
  let zones = FALLBACK_ZONES;
  if (typeof Intl.supportedValuesOf === 'function') {
    try {
      zones = Intl.supportedValuesOf('timeZone');
    } catch {
      zones = FALLBACK_ZONES;
    }
  }
  const all = new Set([...zones, 'UTC', ...mustHave.filter(Boolean)]);
  return [...all].sort();
}
