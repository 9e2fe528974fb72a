// Dates and times as the visitor reads them: their language, their zone, 12 or 24 hours.

import { locale } from './i18n.js';

const formatters = new Map();

function formatter(options) {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** Whether the visitor's locale writes times with am/pm. */
export function localeUses12Hours() {
  const { hourCycle, hour12 } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  return hourCycle ? hourCycle === 'h11' || hourCycle === 'h12' : Boolean(hour12);
}

export class Clock {
  constructor(hour12 = localeUses12Hours()) {
    this.hour12 = hour12;
  }

  /** "14:30" or "2:30 PM" in zone. */
  time(ms, zone) {
    return formatter(this.hour12
      ? { timeZone: zone, hour: 'numeric', minute: '2-digit', hour12: true }
      : { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(new Date(ms));
  }

  /** A plain date {year, month, day} as "Wednesday, 2 December". */
  day(date) {
    return formatter({ timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' })
      .format(utcNoon(date));
  }

  /** "December 2026". */
  month(year, month) {
    return formatter({ timeZone: 'UTC', month: 'long', year: 'numeric' })
      .format(utcNoon({ year, month, day: 1 }));
  }

  /** Short weekday names, Monday first. */
  weekdays() {
    const f = formatter({ timeZone: 'UTC', weekday: 'short' });
    return [0, 1, 2, 3, 4, 5, 6].map((i) => f.format(new Date(Date.UTC(2024, 0, 1 + i, 12))));
  }

  /** "Wednesday, 2 December 2026, 10:00–10:30" in zone. */
  range(startMs, endMs, zone) {
    const day = formatter({
      timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
    }).format(new Date(startMs));
    return `${day}, ${this.time(startMs, zone)}–${this.time(endMs, zone)}`;
  }
}

function utcNoon(date) {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
}
